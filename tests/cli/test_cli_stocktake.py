"""`houqin list stocktake` and `houqin print stocktake NUMBER -o FILE`, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import close_database, open_database
from app.main import main
from app.services.stock_stocktake import CountInput, StocktakeInput, count_sheet, post_stocktake
from tests.unit.services.stock.helpers import TODAY, make_room, receive


@pytest.fixture
def counted_db(tmp_path: Path) -> tuple[Path, str]:
    """A stock room with one posted 盘点调整单, on disk and closed again."""
    path = tmp_path / "stock.sqlite3"
    open_database(path)
    try:
        room = make_room()
        receive([(room.paper, "20", "24.50"), (room.toner, "3", "300")])
        books = {row.item_id: row.book_m for row in count_sheet()}
        number = post_stocktake(
            StocktakeInput(
                date=TODAY,
                counts=[
                    CountInput(room.paper, "18", books[room.paper]),
                    CountInput(room.toner, "4", books[room.toner]),
                ],
                reason="学期末盘点",
                counted_by="李强",
                supervised_by="陈会计",
                keeper="李强",
                approved_by="赵校长",
            )
        )
    finally:
        close_database()
    return path, number


def test_list_and_print_a_stocktake(counted_db, tmp_path, capsys):
    db, number = counted_db
    assert main(["list", "stocktake", "--db", str(db)]) == 0
    assert capsys.readouterr().out.split() == [number]
    pdf = tmp_path / "盘点调整单.pdf"
    assert main(["print", "stocktake", number, "-o", str(pdf), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and number in out
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for expected in ("盘点调整单", number, "A4复印纸", "−49.00", "+1", "300.00", "监盘人"):
        assert expected in text


def test_printing_an_unknown_stocktake_says_so(counted_db, tmp_path, capsys):
    db, _ = counted_db
    code = main(
        ["print", "stocktake", "PD-1999-0001", "-o", str(tmp_path / "x.pdf"), "--db", str(db)]
    )
    assert code == 1
    assert "找不到盘点调整单 PD-1999-0001" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
