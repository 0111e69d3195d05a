"""`houqin import items` and `houqin export items` end to end on temporary databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.main import main
from tests.fixtures.item_lists import write_item_csv, write_item_xlsx


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "school.sqlite3"
    assert main(["demo", "--db", str(path), "--assets", "5", "--seed", "3"]) == 0
    capsys.readouterr()
    return path


def test_dry_run_with_errors_exits_1_and_writes_nothing(tmp_path, db, capsys) -> None:
    items = _count(db, "SELECT count(*) FROM item")
    code, out, err = _run(
        capsys, "import", "items", str(write_item_xlsx(tmp_path / "期初.xlsx")), "--dry-run",
        "--db", str(db),
    )  # fmt: skip
    assert (code, err) == (1, "")
    assert "  第 14 行 · K 列（金额(元)）：金额 300.00 与单价 25.00 × 数量 10 不符" in out
    assert "检查未通过，未写入数据库（--dry-run）。" in out
    code, out, _err = _run(capsys, "import", "items", str(tmp_path / "期初.xlsx"), "--db", str(db))
    assert code == 1 and "物资清单有错误，没有导入任何一行" in out
    assert _count(db, "SELECT count(*) FROM item") == items


def test_clean_csv_imports_and_check_passes(tmp_path, db, capsys) -> None:
    path = write_item_csv(tmp_path / "期初.csv", with_errors=False)
    code, out, _err = _run(capsys, "import", "items", str(path), "--dry-run", "--db", str(db))
    assert code == 0 and "检查通过" in out and "GBK/GB18030 编码" in out
    code, out, _err = _run(
        capsys, "import", "items", str(path), "--date", "2026-09-01", "--db", str(db)
    )
    assert code == 0
    assert "已导入 6 行：新建物资 6 种" in out
    assert _count(db, "SELECT count(*) FROM stock_move WHERE kind = '期初'") == 5
    assert _count(db, "SELECT min(date) FROM stock_move WHERE kind = '期初'") == "2026-09-01"
    code, out, _err = _run(capsys, "check", "--db", str(db))
    assert code == 0, out
    # The same file again: the items are there and have moved, so the openings are refused.
    code, out, _err = _run(capsys, "import", "items", str(path), "--db", str(db))
    assert code == 1 and "已有出入库记录，不能再导入期初库存" in out


def test_skip_errors_takes_the_good_rows(tmp_path, db, capsys) -> None:
    path = write_item_xlsx(tmp_path / "期初.xlsx")
    code, out, _err = _run(capsys, "import", "items", str(path), "--skip-errors", "--db", str(db))
    assert code == 0 and "有错误的 7 行未导入" in out


def test_export_items_round_trips(tmp_path, db, capsys) -> None:
    out_file = tmp_path / "物资清单.xlsx"
    code, out, _err = _run(capsys, "export", "items", str(out_file), "--db", str(db))
    assert code == 0 and "种物资" in out
    fresh = tmp_path / "fresh.sqlite3"
    code, out, _err = _run(capsys, "import", "items", str(out_file), "--db", str(fresh))
    assert code == 0, out
    value = "SELECT sum(on_hand_value_fen) || '/' || sum(on_hand_m) || '/' || count(*) FROM item"
    assert _count(fresh, value) == _count(db, value)


def test_a_bad_date_is_refused(tmp_path, db, capsys) -> None:
    path = write_item_csv(tmp_path / "期初.csv", with_errors=False)
    code, _out, err = _run(
        capsys, "import", "items", str(path), "--date", "2026/9/1", "--db", str(db)
    )
    assert code != 0 and "日期“2026/9/1”应写成 YYYY-MM-DD" in err
    assert _count(db, "SELECT count(*) FROM stock_move WHERE kind = '期初'") == 0
