"""`houqin list disposal`, `houqin print disposal` and the disposal part of `houqin check`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import close_database, open_database
from app.main import main

YEAR = dt.date.today().year


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def disposal_db(tmp_path: Path) -> Path:
    """A school with one approved, one rejected and one pending request (database closed)."""
    from app.services import assets
    from app.services.disposal import (
        DisposalInput,
        approve_disposal,
        file_disposal,
        reject_disposal,
    )
    from tests.factories import asset_input, make_school

    path = open_database(tmp_path / "school.sqlite3")
    try:
        ids = make_school()
        created = assets.register_assets(
            asset_input(room_id=ids["lab"], purchase_date=dt.date(2018, 3, 1)), quantity=4
        )

        def file(asset_ids: list[int]) -> str:
            data = DisposalInput(
                asset_ids=asset_ids,
                reason="主板损坏，无法修复",
                assessors=["王芳", "张敏", "赵磊"],
                requested_by="李强",
            )
            return file_disposal(data, actor="李强")

        approve_disposal(file(created[:2]), "赵校长", "出售", {created[0]: "150"})
        reject_disposal(file(created[2:3]), "赵校长", "还能修")
        file(created[3:])
    finally:
        close_database()
    return path


def test_list_prints_every_request_oldest_first(disposal_db, capsys) -> None:
    code, out, err = _run(capsys, "list", "disposal", "--db", str(disposal_db))
    assert (code, err) == (0, "")
    assert out.split() == [f"BF-{YEAR}-0001", f"BF-{YEAR}-0002", f"BF-{YEAR}-0003"]


def test_print_writes_the_form(disposal_db, tmp_path, capsys) -> None:
    target = tmp_path / "报废申请表.pdf"
    number = f"BF-{YEAR}-0001"
    code, out, err = _run(
        capsys, "print", "disposal", number, "-o", str(target), "--db", str(disposal_db)
    )
    assert (code, err) == (0, "")
    assert out.startswith(f"已输出报废申请表 {number}：")
    text = _pdf_text(target)
    for expected in [
        "北京市第一实验中学",
        "报废申请表",
        f"No.{number}",
        "处置方式：出售",
        "鉴定人：王芳、张敏、赵磊",
        "审批结果已批准审批人：赵校长",
        "残值合计：¥150.00",
        "原值合计（小写）：¥9,998.00",
    ]:
        assert expected in text


def test_unknown_number_is_one_chinese_line(disposal_db, tmp_path, capsys) -> None:
    target = tmp_path / "x.pdf"
    code, out, err = _run(
        capsys, "print", "disposal", "BF-1999-0001", "-o", str(target), "--db", str(disposal_db)
    )
    assert (code, out) == (1, "")
    assert err == "错误：找不到报废申请 BF-1999-0001。\n"
    assert not target.exists()


def test_empty_list_says_so(tmp_path, capsys) -> None:
    open_database(tmp_path / "empty.sqlite3")
    close_database()
    code, out, err = _run(capsys, "list", "disposal", "--db", str(tmp_path / "empty.sqlite3"))
    assert (code, out) == (0, "")
    assert "还没有报废申请表" in err


def test_check_passes_and_then_finds_tampering(disposal_db, capsys) -> None:
    code, out, _ = _run(capsys, "check", "--db", str(disposal_db))
    assert code == 0
    assert out.startswith("检查通过")
    conn = sqlite3.connect(disposal_db)
    with conn:
        # Scrapping an asset behind the register's back, without an approved request.
        conn.execute("UPDATE asset SET status = '已报废' WHERE number = '2018-XX-00003'")
    conn.close()
    code, out, _ = _run(capsys, "check", "--db", str(disposal_db))
    assert code == 1
    assert "资产 2018-XX-00003 状态为已报废，但没有经批准的报废申请" in out
