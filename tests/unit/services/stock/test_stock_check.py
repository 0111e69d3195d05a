"""`houqin check` finds every kind of damage to the stock ledger, its cache and its numbers."""

from __future__ import annotations

import pytest

from app.db import database
from app.services.check import run_checks
from app.services.stock_check import stock_checks
from tests.unit.services.stock.helpers import issued, receive, requisition


@pytest.fixture
def posted(room):
    receive([(room.paper, "30", "25.50"), (room.soap, "12.5", "8.00")])
    issued(room, [(room.paper, "5"), (room.soap, "2.25")])
    requisition(room, [(room.paper, "1")])
    return room


def _sql(statement: str, *params) -> None:
    database.execute_sql(statement, params)


def test_a_sound_stock_room_passes(posted):
    assert stock_checks() == []
    assert run_checks() == []


def test_a_cache_that_differs_from_the_ledger_is_found(posted):
    _sql("UPDATE item SET on_hand_m = on_hand_m + 1000 WHERE id = ?", posted.paper)
    assert any("库存缓存" in p and "W00001" in p for p in stock_checks())


def test_an_edited_move_breaks_the_chain_and_the_cache(posted):
    _sql("UPDATE stock_move SET qty_m = -4000 WHERE kind = '领用' AND item_id = ?", posted.paper)
    problems = stock_checks()
    assert any("不等于之前各条累计" in p for p in problems)
    assert any("库存缓存" in p for p in problems)
    assert any("明细" in p and "与台账" in p for p in problems)


def test_a_deleted_move_is_found(posted):
    _sql("DELETE FROM stock_move WHERE kind = '领用' AND item_id = ?", posted.soap)
    problems = stock_checks()
    assert any("LY-" in p and "与台账" in p for p in problems)


def test_a_negative_balance_is_found(posted):
    _sql("UPDATE stock_move SET balance_m = -1 WHERE id = (SELECT MAX(id) FROM stock_move)")
    assert any("结存为负" in p for p in stock_checks())


def test_value_left_at_zero_stock_is_found(posted):
    _sql(
        "UPDATE stock_move SET balance_m = 0, balance_value_fen = 5"
        " WHERE id = (SELECT MAX(id) FROM stock_move)"
    )
    assert any("数量为零但金额" in p for p in stock_checks())


def test_a_gap_in_numbers_is_found(posted):
    _sql("UPDATE stock_doc SET number = replace(number, '-0001', '-0003') WHERE doc_type = '入库'")
    problems = stock_checks()
    assert any("入库单编号不连续" in p for p in problems)
    assert any("明细" not in p and "RK-" in p for p in problems)  # the moves name the old number


def test_a_wrong_counter_and_a_bad_state_are_found(posted):
    _sql("UPDATE number_series SET last = 9 WHERE series = 'stock:领用'")
    _sql("UPDATE stock_doc SET state = '已发放' WHERE doc_type = '入库'")
    problems = stock_checks()
    assert any("领用单计数器为 9" in p for p in problems)
    assert any("状态“已发放”无效" in p for p in problems)


def test_issued_quantity_on_an_unissued_requisition_is_found(posted):
    _sql("UPDATE stock_doc_line SET issued_m = 1000 WHERE issued_m IS NULL")
    assert any("发放数量与状态" in p for p in stock_checks())
