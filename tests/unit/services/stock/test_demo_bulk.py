"""The demo's bulk path writes what the stock services would write, and passes houqin check."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

from app.db import close_database, database, open_database
from app.models import AuditEntry, NumberSeries, StockDoc
from app.services import demo, stock_demo
from app.services.check import run_checks
from app.services.stock_check import stock_checks
from app.services.stock_demo_bulk import HANDFUL, MixedPoster
from app.services.stock_demo_post import ServicePoster

TODAY = dt.date(2026, 3, 31)
_NUMBER = re.compile(r"^(?P<prefix>[A-Z]+)-(?P<year>\d{4})-(?P<seq>\d{4,})$")


def test_five_thousand_moves_pass_the_checks_with_gapless_numbers(db_path):
    summary = demo.build_demo(10, seed=4, moves=5000, today=TODAY)
    assert summary.stock is not None
    assert 5000 <= summary.stock.moves <= 5100  # at least what was asked, hardly more
    assert stock_checks() == []
    assert run_checks() == []
    seqs: dict[tuple[str, int], list[int]] = defaultdict(list)
    for doc_type, number in StockDoc.select(StockDoc.doc_type, StockDoc.number).tuples():
        match = _NUMBER.match(number)
        assert match is not None, number
        seqs[(doc_type, int(match["year"]))].append(int(match["seq"]))
    assert {doc_type for doc_type, _ in seqs} == {"入库", "领用", "退库", "盘点"}
    series = {(s.series, s.year): s.last for s in NumberSeries.select()}
    for (doc_type, year), numbers in seqs.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
        assert series[(f"stock:{doc_type}", year)] == len(numbers)
    # Far more documents than the handful the services post: most came in bulk.
    assert StockDoc.select().count() > 3 * sum(HANDFUL.values())


def _snapshot(path: Path, poster: type) -> dict[str, list[tuple]]:
    """A small demo built with ``poster``; its stock rows without wall-clock timestamps."""
    open_database(path)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(stock_demo, "MixedPoster", poster)
            demo.build_demo(10, seed=3, moves=1500, today=TODAY)
        query = database.execute_sql
        return {
            "docs": query(
                "SELECT id, doc_type, number, date, state, department_id, person_id, supplier_id,"
                " invoice_no, purpose, handled_by, checked_by, approved_by,"
                " approved_at IS NULL, issued_by, issued_at IS NULL, reject_reason, related_id,"
                " note, operator FROM stock_doc ORDER BY id"
            ).fetchall(),
            "lines": query(
                "SELECT doc_id, item_id, qty_m, issued_m, unit_price_fen, amount_fen, note"
                " FROM stock_doc_line ORDER BY doc_id, id"
            ).fetchall(),
            "moves": query(
                "SELECT item_id, date, kind, qty_m, value_fen, balance_m, balance_value_fen,"
                " doc_id, doc_number, operator FROM stock_move ORDER BY id"
            ).fetchall(),
            "items": query("SELECT id, on_hand_m, on_hand_value_fen FROM item").fetchall(),
            "series": query("SELECT * FROM number_series ORDER BY series, year").fetchall(),
            "audit": [
                (a.actor, a.action, a.entity, a.entity_id, a.detail)
                for a in AuditEntry.select()
                .where(AuditEntry.entity == "stock_doc")
                # Per document, in the order the services wrote them.
                .order_by(AuditEntry.entity_id, AuditEntry.id)
            ],
        }
    finally:
        close_database()


def test_the_bulk_rows_equal_what_the_services_write(tmp_path):
    by_services = _snapshot(tmp_path / "services.sqlite3", ServicePoster)
    mixed = _snapshot(tmp_path / "mixed.sqlite3", MixedPoster)
    assert len(by_services["moves"]) > 1000
    for table, rows in by_services.items():
        assert mixed[table] == rows, table


def test_a_bulk_only_year_passes_the_checks(db_path):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stock_demo, "MixedPoster", lambda: MixedPoster(handful={}))
        demo.build_demo(10, seed=4, moves=2000, today=TODAY)
    assert AuditEntry.select().where(AuditEntry.action == "入库过账").exists()
    assert run_checks() == []
