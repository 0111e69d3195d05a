"""`houqin list/print requisition|receipt`, `houqin report …` and the demo's stock room, end to end."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.db import close_database, open_database
from app.main import main
from tests.stock_factories import StockRoom, make_stock_room

REPO = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def stock_db(tmp_path: Path) -> tuple[Path, StockRoom]:
    """The stock room of tests/stock_factories.py on disk (the database is closed again)."""
    path = tmp_path / "stock.sqlite3"
    open_database(path)
    try:
        room = make_stock_room()
    finally:
        close_database()
    return path, room


def test_list_and_print_requisitions_and_receipts(stock_db, tmp_path, capsys):
    db, room = stock_db
    code, out, err = _run(capsys, "list", "requisition", "--db", str(db))
    assert (code, err) == (0, "")
    assert out.split() == [
        room.requisitions[key]
        for key in ("physics_autumn", "office_autumn", "physics_spring", "draft", "summer")
    ]
    code, out, _ = _run(capsys, "list", "receipt", "--db", str(db))
    assert (code, out.split()) == (0, [room.receipt])

    number = room.requisitions["office_autumn"]
    slip = tmp_path / "领用单.pdf"
    code, out, err = _run(capsys, "print", "requisition", number, "-o", str(slip), "--db", str(db))
    assert (code, err) == (0, "")
    assert f"已输出领用单 {number}" in out
    text = _pdf_text(slip)
    assert f"No.{number}" in text and "领用部门：后勤处" in text and "人民币" in text

    form = tmp_path / "入库单.pdf"
    code, _, err = _run(capsys, "print", "receipt", room.receipt, "-o", str(form), "--db", str(db))
    assert (code, err) == (0, "")
    assert "入库单" in _pdf_text(form) and "经手人：李强" in _pdf_text(form)


def test_printing_an_unknown_or_wrong_kind_of_number_is_a_clear_error(stock_db, tmp_path, capsys):
    db, room = stock_db
    target = tmp_path / "x.pdf"
    code, _, err = _run(
        capsys, "print", "receipt", room.requisitions["draft"], "-o", str(target), "--db", str(db)
    )
    assert code == 1
    assert f"找不到入库单 {room.requisitions['draft']}" in err
    assert not target.exists()


def test_consumption_report_for_a_term_with_excel_export(stock_db, tmp_path, capsys):
    db, _room = stock_db
    out_file = tmp_path / "消耗.xlsx"
    code, out, err = _run(
        capsys,
        "report",
        "consumption",
        "--term",
        "2024-2025-1",
        "-o",
        str(out_file),
        "--db",
        str(db),
    )
    assert (code, err) == (0, "")
    assert "物资消耗统计：2024-2025学年第一学期（2024-09-01 至 2025-01-31）" in out
    lines = out.splitlines()
    physics = next(line for line in lines if "物理组" in line and "BG0001" in line)
    assert physics.split()[-4:] == ["12", "2", "10", "235.00"]
    assert "合计：4 行，消耗金额 ¥1,049.50" in out
    assert f"已导出：{out_file.resolve()}" in out
    assert load_workbook(out_file).sheetnames == ["部门物资明细", "按部门汇总", "按物资汇总"]


def test_consumption_report_for_dates_and_one_department(stock_db, capsys):
    db, _room = stock_db
    code, out, err = _run(
        capsys,
        "report",
        "consumption",
        "--from",
        "2024-10-01",
        "--to",
        "2024/10/31",
        "--department",
        "后勤处",
        "--db",
        str(db),
    )
    assert (code, err) == (0, "")
    assert "（后勤处）" in out
    assert "物理组" not in out
    assert "合计：2 行，消耗金额 ¥790.00" in out


def test_supply_plan_exports_excel(stock_db, tmp_path, capsys):
    db, _room = stock_db
    out_file = tmp_path / "plan.xlsx"
    code, out, err = _run(
        capsys,
        "report",
        "supply-plan",
        "--term",
        "2024-2025-2",
        "-o",
        str(out_file),
        "--db",
        str(db),
    )
    assert (code, err) == (0, "")
    assert "依据：2024-2025学年第二学期" in out
    assert "物资 5 种，建议采购 2 种，预计金额 ¥560.00" in out
    sheet = load_workbook(out_file)["供需计划"]
    assert "物资供需计划" in sheet["A1"].value


def test_item_ledger_prints_a_pdf(stock_db, tmp_path, capsys):
    db, _room = stock_db
    out_file = tmp_path / "明细账.pdf"
    code, out, err = _run(
        capsys,
        "report",
        "item-ledger",
        "bg0001",
        "--from",
        "2024-09-01",
        "--to",
        "2025-08-31",
        "-o",
        str(out_file),
        "--db",
        str(db),
    )
    assert (code, err) == (0, "")
    assert "已输出物资明细账 BG0001 A4复印纸" in out
    text = _pdf_text(out_file)
    assert "物资明细账" in text and "本期合计共6笔" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["consumption", "--term", "2024-2025-1", "--from", "2024-09-01"], "只能选一种"),
        (["consumption", "--term", "明年"], "无法识别"),
        (["consumption", "--from", "2024-02-30"], "不存在"),
        (["consumption", "--from", "2025-03-01", "--to", "2025-02-01"], "早于开始日期"),
        (["consumption", "--department", "火星部"], "找不到部门“火星部”"),
        (["supply-plan", "-o", "plan.csv"], "应以 .xlsx 结尾"),
        (["item-ledger", "NOPE", "-o", "x.pdf"], "找不到物资 NOPE"),
    ],
)
def test_report_errors_are_one_clear_line(stock_db, tmp_path, capsys, monkeypatch, argv, message):
    db, _room = stock_db
    monkeypatch.chdir(tmp_path)
    code, _out, err = _run(capsys, "report", *argv, "--db", str(db))
    assert code == 1
    assert err.startswith("错误：") and message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "plan.csv").exists() and not (tmp_path / "x.pdf").exists()


def test_report_usage_errors_exit_2(tmp_path, capsys):
    code, _, err = _run(capsys, "report", "supply-plan", "--db", str(tmp_path / "x.sqlite3"))
    assert code == 2
    assert "缺少必需的参数：-o/--output" in err
    code, _, err = _run(capsys, "report", "frobnicate")
    assert code == 2


def test_reports_never_create_a_missing_database(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite3"
    code, _, err = _run(capsys, "report", "consumption", "--db", str(missing))
    assert code == 1
    assert "数据库文件不存在" in err
    assert not missing.exists()


def test_demo_builds_a_stock_room_that_passes_the_check(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    code, out, err = _run(
        capsys, "demo", "--db", str(db), "--assets", "30", "--moves", "1500", "--seed", "3"
    )
    assert (code, err) == (0, "")
    assert "库房物资 302 种" in out
    code, out, _ = _run(capsys, "check", "--db", str(db))
    assert code == 0, out
    code, out, _ = _run(capsys, "list", "requisition", "--db", str(db))
    assert code == 0 and len(out.split()) > 100
    code, out, _ = _run(capsys, "report", "consumption", "--from", "2000-01-01", "--db", str(db))
    assert code == 0 and "合计：" in out


def test_demo_without_a_stock_room(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    code, out, err = _run(capsys, "demo", "--db", str(db), "--assets", "20", "--moves", "0")
    assert (code, err) == (0, "")
    assert "库房物资" not in out
    code, out, _ = _run(capsys, "list", "requisition", "--db", str(db))
    assert (code, out) == (0, "")


def test_report_runs_as_a_real_process_without_qt(stock_db, tmp_path):
    db, _room = stock_db
    code = (
        "import sys; from app.main import main; "
        f"rc = main(['report', 'consumption', '--term', '2024-2025-2', '--db', {str(db)!r}]); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.stdout.split()[-2:] == ["0", "False"], result.stderr
    assert "物资消耗统计" in result.stdout


def test_consumption_defaults_to_this_term_so_far(stock_db, capsys):
    from app.services.terms import last_completed_term, term_containing

    db, _room = stock_db
    code, out, err = _run(capsys, "report", "consumption", "--db", str(db))
    assert (code, err) == (0, "")
    today = dt.date.today()
    term = term_containing(today)
    expected = f"{term.name}（截至今天）" if term else last_completed_term(today).name
    assert out.startswith(f"物资消耗统计：{expected}")
    assert "这段时间没有领用或退库。" in out  # the stock room's business was in 2024-2025
