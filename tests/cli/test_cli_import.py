"""`houqin import assets` and `houqin export assets` end to end on temporary databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.main import main
from tests.fixtures.ledgers import write_messy_csv, write_messy_xlsx


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(db: Path, table: str = "asset") -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo school with a few assets, built once for the module (it takes seconds)."""
    path = tmp_path_factory.mktemp("demo") / "school.sqlite3"
    assert main(["demo", "--db", str(path), "--assets", "20", "--seed", "3"]) == 0
    return path


@pytest.fixture
def db(demo_school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """This test's own copy of the demo school."""
    capsys.readouterr()
    path = tmp_path / "school.sqlite3"
    shutil.copyfile(demo_school, path)
    return path


def test_dry_run_lists_every_problem_and_writes_nothing(tmp_path, db, capsys) -> None:
    ledger = write_messy_xlsx(tmp_path / "明细账.xlsx")
    before = _count(db)
    code, out, err = _run(capsys, "import", "assets", str(ledger), "--dry-run", "--db", str(db))
    assert (code, err) == (1, "")
    assert "台账：明细账.xlsx（Excel 工作簿，工作表“固定资产”）" in out
    assert "表头：第 3 行" in out
    assert "无误 5 行（47 件，原值合计 ¥41,180.50），有错误 4 行。" in out
    assert "  第 11 行 · H 列（单价（元））：无法识别的金额“面议”" in out
    assert "  第 13 行 · D 列（分类代码）：未知的资产分类“X99”" in out
    assert "检查未通过，未写入数据库（--dry-run）。" in out
    assert _count(db) == before


def test_dry_run_of_a_clean_file_exits_0(tmp_path, db, capsys) -> None:
    ledger = write_messy_csv(tmp_path / "明细账.csv", with_errors=False)
    code, out, _err = _run(capsys, "import", "assets", str(ledger), "--dry-run", "--db", str(db))
    assert code == 0
    assert "GBK/GB18030 编码" in out
    assert "检查通过" in out


def test_import_with_errors_imports_nothing(tmp_path, db, capsys) -> None:
    ledger = write_messy_xlsx(tmp_path / "明细账.xlsx")
    before = _count(db)
    code, out, _err = _run(capsys, "import", "assets", str(ledger), "--db", str(db))
    assert code == 1
    assert "台账有错误，没有导入任何一行" in out
    assert "--skip-errors" in out
    assert _count(db) == before


def test_import_skip_errors_takes_the_good_rows(tmp_path, db, capsys) -> None:
    ledger = write_messy_xlsx(tmp_path / "明细账.xlsx")
    before = _count(db)
    code, out, _err = _run(
        capsys, "import", "assets", str(ledger), "--skip-errors", "--db", str(db)
    )
    assert code == 0
    assert "已导入 5 行，登记资产 47 件，原值合计 ¥41,180.50" in out
    assert "有错误的 4 行未导入" in out
    assert _count(db) == before + 47
    code, out, _err = _run(capsys, "check", "--db", str(db))
    assert code == 0, out


def test_clean_import_into_a_new_database(tmp_path, capsys) -> None:
    """A school starting out: the import creates the database, rooms, people and departments."""
    ledger = write_messy_xlsx(tmp_path / "明细账.xlsx", with_errors=False)
    db = tmp_path / "new.sqlite3"
    code, out, err = _run(capsys, "import", "assets", str(ledger), "--db", str(db))
    assert (code, err) == (0, "")
    assert "已导入 6 行，登记资产 48 件" in out
    assert _count(db) == 48
    assert _count(db, "room") == 6


def test_dry_run_needs_an_existing_database(tmp_path, capsys) -> None:
    ledger = write_messy_xlsx(tmp_path / "明细账.xlsx")
    missing = tmp_path / "none.sqlite3"
    code, _out, err = _run(
        capsys, "import", "assets", str(ledger), "--dry-run", "--db", str(missing)
    )
    assert code == 1
    assert "数据库文件不存在" in err
    assert not missing.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "旧版 Excel（.xls/.et）"),
        (b"", "文件是空的"),
    ],
)
def test_unreadable_ledger(tmp_path, db, capsys, content, message) -> None:
    path = tmp_path / "台账.xls"
    path.write_bytes(content)
    code, out, err = _run(capsys, "import", "assets", str(path), "--db", str(db))
    assert (code, out) == (1, "")
    assert err.startswith("错误：") and message in err
    assert len(err.strip().splitlines()) == 1


def test_missing_ledger(tmp_path, db, capsys) -> None:
    code, _out, err = _run(capsys, "import", "assets", str(tmp_path / "无.xlsx"), "--db", str(db))
    assert code == 1
    assert "找不到文件" in err


def test_export_then_import_gives_the_same_register(tmp_path, db, capsys) -> None:
    out_file = tmp_path / "台账.xlsx"
    code, out, err = _run(capsys, "export", "assets", str(out_file), "--db", str(db))
    assert (code, err) == (0, "")
    assert "已导出 20 件资产" in out
    sheet = load_workbook(out_file).active
    assert sheet.max_row == 21
    fresh = tmp_path / "fresh.sqlite3"
    code, out, err = _run(capsys, "import", "assets", str(out_file), "--db", str(fresh))
    assert (code, err) == (0, ""), out
    query = (
        "SELECT a.number, a.old_number, a.name, a.original_value_fen, a.purchase_date, a.status,"
        " b.code, r.number, r.name, p.name, d.name FROM asset a"
        " LEFT JOIN room r ON r.id = a.room_id LEFT JOIN building b ON b.id = r.building_id"
        " LEFT JOIN person p ON p.id = a.custodian_id"
        " LEFT JOIN department d ON d.id = a.department_id ORDER BY a.number"
    )

    def rows(path: Path) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute(query).fetchall()
        finally:
            conn.close()

    assert rows(fresh) == rows(db)


def test_export_filters(tmp_path, db, capsys) -> None:
    out_file = tmp_path / "台账.xlsx"
    code, _out, _err = _run(
        capsys, "export", "assets", str(out_file), "--status", "在用", "--db", str(db)
    )
    assert code == 0
    sheet = load_workbook(out_file).active
    status_column = [c.value for c in sheet[1]].index("状态")
    statuses = {row[status_column].value for row in sheet.iter_rows(min_row=2)}
    assert statuses <= {"在用"}


def test_export_depreciation_as_of(tmp_path, db, capsys) -> None:
    """--as-of dates the 累计折旧 and 净值 columns; 净值 is 原值 less 累计折旧 on every row."""
    out_file = tmp_path / "台账.xlsx"
    code, _out, err = _run(
        capsys, "export", "assets", str(out_file), "--as-of", "2026-11-26", "--db", str(db)
    )
    assert (code, err) == (0, "")
    sheet = load_workbook(out_file).active
    header = [c.value for c in sheet[1]]
    value = header.index("原值（元）")
    accumulated = header.index("累计折旧（元，截至 2026-11-26）")
    net = header.index("净值（元，截至 2026-11-26）")
    for row in sheet.iter_rows(min_row=2, values_only=True):
        assert round(row[value] - (row[accumulated] or 0), 2) == round(row[net] or 0, 2)


def test_export_rejects_a_bad_as_of(tmp_path, db, capsys) -> None:
    out_file = tmp_path / "台账.xlsx"
    code, _out, err = _run(
        capsys, "export", "assets", str(out_file), "--as-of", "26/11/2026", "--db", str(db)
    )
    assert code != 0
    assert "“26/11/2026”不是日期，请写成 2026-03-05" in err
    assert not out_file.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [("台账.csv", "请用 .xlsx 作为导出文件的扩展名"), ("无此目录/台账.xlsx", "输出文件夹不存在")],
)
def test_export_refuses_bad_output(tmp_path, db, capsys, name, message) -> None:
    code, _out, err = _run(capsys, "export", "assets", str(tmp_path / name), "--db", str(db))
    assert code == 1
    assert message in err


def test_help_in_chinese(capsys) -> None:
    code, out, _err = _run(capsys, "import", "assets", "--help")
    assert code == 0
    assert "--dry-run" in out and "只检查并列出问题，不写入数据库" in out
