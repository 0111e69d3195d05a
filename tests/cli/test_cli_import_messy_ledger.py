"""A new user's 200-row WPS ledger (GBK CSV and .xlsx) through `houqin import assets`."""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from app.main import main
from app.money import format_yuan
from tests.fixtures.ledger_messy import (
    ROWS,
    MessyLedger,
    write_messy_gbk_csv,
    write_messy_workbook,
)

_PROBLEM = re.compile(r"^  第 (\d+) 行 · [A-Z]+ 列（[^）]*）?）：(.+)$", re.MULTILINE)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _register(db: Path) -> tuple[int, Decimal]:
    """Assets in the database and their original value, straight from SQLite."""
    conn = sqlite3.connect(db)
    try:
        count, fen = conn.execute(
            "SELECT count(*), coalesce(sum(original_value_fen), 0) FROM asset"
        ).fetchone()
    finally:
        conn.close()
    return count, Decimal(int(fen)) / 100


@pytest.fixture(params=["csv", "xlsx"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> MessyLedger:
    """The ledger as the office saved it: GBK CSV from WPS, or the .xlsx with a merged title."""
    path = tmp_path / f"XX中学固定资产登记表.{request.param}"
    if request.param == "csv":
        return write_messy_gbk_csv(path)
    return write_messy_workbook(path)


def test_dry_run_names_exactly_the_bad_rows_by_their_spreadsheet_row(
    ledger: MessyLedger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "school.sqlite3"
    assert main(["demo", "--db", str(db), "--assets", "5", "--moves", "0"]) == 0
    capsys.readouterr()
    before = _register(db)
    code, out, err = _run(
        capsys, "import", "assets", str(ledger.path), "--dry-run", "--db", str(db)
    )
    assert (code, err) == (1, "")
    assert "表头：第 3 行" in out
    if ledger.path.suffix == ".csv":
        assert "GBK/GB18030 编码" in out
    problems = {int(line): reason for line, reason in _PROBLEM.findall(out)}
    assert set(problems) == set(ledger.bad_lines)
    for line, word in ledger.bad_lines.items():
        assert word in problems[line], (line, problems[line])
    summary = (
        f"共 {ROWS} 行数据：无误 {ledger.good_rows} 行（{ledger.good_items} 件，"
        f"原值合计 ¥{format_yuan(ledger.good_total)}），有错误 {len(ledger.bad_lines)} 行。"
    )
    assert summary in out
    assert _register(db) == before


def test_skip_errors_imports_every_good_row_and_the_totals_match_the_hand_sum(
    ledger: MessyLedger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite3"
    code, out, err = _run(
        capsys, "import", "assets", str(ledger.path), "--skip-errors", "--db", str(db)
    )
    assert (code, err) == (0, ""), out
    assert (
        f"已导入 {ledger.good_rows} 行，登记资产 {ledger.good_items} 件，"
        f"原值合计 ¥{format_yuan(ledger.good_total)}"
    ) in out
    # By hand: 200 rows less the 5 bad ones; five rows stand for 5+3+40+2+6 items.
    assert (ledger.good_rows, ledger.good_items) == (195, 246)
    assert ledger.good_total == Decimal("1032329.00")
    assert _register(db) == (ledger.good_items, ledger.good_total)
    code, out, _err = _run(capsys, "check", "--db", str(db))
    assert code == 0, out
