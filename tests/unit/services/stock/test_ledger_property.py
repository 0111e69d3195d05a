"""A long random mix of postings (fixed seed): after every one, the cache equals the ledger."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from app.db import database
from app.models import Item, StockDoc
from app.services import stock_receipts, stock_returns
from app.services import stock_requisitions as rq
from app.services.errors import ConflictError
from app.services.stock_check import stock_checks
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineInput, doc_id_of
from app.services.stock_quantity import format_qty
from tests.unit.services.stock.helpers import TODAY, approved, receive

STEPS = 250


def _ledger_sums() -> dict[int, tuple[int, int]]:
    rows = database.execute_sql(
        "SELECT item_id, SUM(qty_m), SUM(value_fen) FROM stock_move GROUP BY item_id"
    ).fetchall()
    return {item_id: (q, v) for item_id, q, v in rows}


def _assert_cache_is_ledger(expected_qty: dict[int, int]) -> None:
    sums = _ledger_sums()
    for item in Item.select():
        qty, value = sums.get(item.id, (0, 0))
        assert (item.on_hand_m, item.on_hand_value_fen) == (qty, value)
        assert item.on_hand_m == expected_qty[item.id]
        assert item.on_hand_value_fen >= 0
        assert item.on_hand_m > 0 or item.on_hand_value_fen == 0


def _quantity(rng: random.Random, fractional: bool, most: int = 20) -> str:
    if fractional:
        return format_qty(rng.randint(1, most * 1000))
    return str(rng.randint(1, most))


@pytest.mark.parametrize("seed", [20260901, 7])
def test_random_postings_keep_cache_equal_to_ledger(room, seed):
    rng = random.Random(seed)
    items = {room.paper: False, room.soap: True, room.toner: False}
    expected = dict.fromkeys(items, 0)
    issued_docs: list[int] = []
    receipts: list[str] = []
    for _ in range(STEPS):
        action = rng.choice(["receive", "receive", "issue", "issue", "return", "write_off", "undo"])
        if action == "receive":
            chosen = rng.sample(sorted(items), rng.randint(1, 3))
            lines = [
                (i, _quantity(rng, items[i]), f"{rng.randint(1, 5000) / 100:.2f}") for i in chosen
            ]
            receipts.append(receive(lines))
            for i, qty, _ in lines:
                expected[i] += int(Decimal(qty) * 1000)
        elif action == "issue":
            chosen = rng.sample(sorted(items), rng.randint(1, 3))
            doc_id = approved(room, [(i, _quantity(rng, items[i], 8)) for i in chosen])
            lines = doc_view(doc_id).lines
            if rng.random() < 0.3:
                # Ask for everything requested: refused as a whole when anything is short.
                try:
                    rq.issue_requisition(doc_id)
                except ConflictError as exc:
                    assert "库存不足" in exc.message
                    assert any(expected[line.item_id] < line.qty_m for line in lines)
                    continue
                amounts = {line.line_id: line.qty_m for line in lines}
            else:
                amounts = rq.default_issue(doc_id)
                if not any(amounts.values()):
                    rq.cancel_requisition(doc_id, "无货")
                    continue
                rq.issue_requisition(doc_id, {k: format_qty(v) for k, v in amounts.items()})
            for line in lines:
                expected[line.item_id] -= amounts[line.line_id]
            issued_docs.append(doc_id)
        elif action == "return" and issued_docs:
            doc_id = rng.choice(issued_docs)
            open_lines = [e for e in stock_returns.returnable(doc_id) if e.returnable_m]
            if not open_lines:
                continue
            entry = rng.choice(open_lines)
            qty_m = rng.randint(1, entry.returnable_m // (1 if entry.allows_fraction else 1000))
            qty_m *= 1 if entry.allows_fraction else 1000
            stock_returns.post_return(
                stock_returns.ReturnInput(
                    requisition_id=doc_id,
                    date=TODAY,
                    lines=[LineInput(entry.item_id, format_qty(qty_m))],
                )
            )
            expected[entry.item_id] += qty_m
        elif action == "write_off":
            item_id = rng.choice(sorted(items))
            if expected[item_id] == 0:
                continue
            step = 1 if items[item_id] else 1000
            qty_m = rng.randint(1, expected[item_id] // step) * step
            stock_returns.post_write_off(
                stock_returns.WriteOffInput(
                    date=TODAY, reason="损坏", lines=[LineInput(item_id, format_qty(qty_m))]
                )
            )
            expected[item_id] -= qty_m
        elif action == "undo" and receipts:
            number = rng.choice(receipts)
            doc_id = doc_id_of(number)
            lines = doc_view(doc_id).lines
            try:
                stock_receipts.reverse_receipt(doc_id, "录入有误")
            except ConflictError:
                done = stock_receipts.reversal_of(doc_id) is not None
                assert done or any(expected[line.item_id] < line.qty_m for line in lines)
                continue
            receipts.remove(number)
            for line in lines:
                expected[line.item_id] -= line.qty_m
        _assert_cache_is_ledger(expected)
    assert StockDoc.select().count() > STEPS // 2
    assert stock_checks() == []
