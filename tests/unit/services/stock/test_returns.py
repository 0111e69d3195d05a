"""Returns come back at the value they went out with; write-offs leave at average cost, with a reason."""

from __future__ import annotations

import pytest

from app.models import Item, StockDoc
from app.services import stock_items, stock_returns
from app.services.errors import ConflictError, ValidationError
from app.services.stock_check import stock_checks
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineError, LineInput, doc_id_of
from tests.unit.services.stock.helpers import TODAY, approved, issued, receive, snapshot

YEAR = TODAY.year


def _return(doc_id, lines, **kw):
    return stock_returns.post_return(
        stock_returns.ReturnInput(
            requisition_id=doc_id,
            date=TODAY,
            lines=[LineInput(item, qty) for item, qty in lines],
            **kw,
        ),
        actor="李强",
    )


def _write_off(lines, reason="受潮霉变", **kw):
    return stock_returns.post_write_off(
        stock_returns.WriteOffInput(
            date=TODAY, reason=reason, lines=[LineInput(item, qty) for item, qty in lines], **kw
        ),
        actor="李强",
    )


def test_return_comes_back_at_the_issue_cost_even_after_prices_changed(room):
    receive([(room.paper, "10", "20.00")])
    req = issued(room, [(room.paper, "4")])  # out at 20.00 each = 80.00
    receive([(room.paper, "10", "30.00")])  # the average moves to (120 + 300) / 16 = 26.25
    number = _return(req, [(room.paper, "1")], reason="多领")
    assert number == f"TK-{YEAR}-0001"
    view = doc_view(doc_id_of(number))
    assert [(line.qty_m, line.amount_fen) for line in view.lines] == [(1_000, 2_000)]
    assert (view.related_number, view.department, view.person) == (
        StockDoc.get_by_id(req).number,
        "物理组",
        "王芳",
    )
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (17_000, 44_000)
    assert stock_checks() == []


def test_the_last_of_a_line_comes_back_with_exactly_the_value_left(room):
    receive([(room.paper, "3", "10.00")])
    receive([(room.paper, "3", "10.01")])  # 6 packs, 60.03
    req = issued(room, [(room.paper, "3")])  # 60.03 × 3 / 6 = 30.015 → 30.02
    _return(req, [(room.paper, "1")])  # 30.02 / 3 = 10.0067 → 10.01
    _return(req, [(room.paper, "1")])  # 10.01 again
    last = _return(req, [(room.paper, "1")])  # the rest: 30.02 − 20.02 = 10.00
    assert doc_view(doc_id_of(last)).lines[0].amount_fen == 1_000
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (6_000, 6_003)


def test_returning_more_than_was_issued_is_refused(room):
    receive([(room.paper, "10", "20.00")])
    req = issued(room, [(room.paper, "4")])
    _return(req, [(room.paper, "3")])
    before = snapshot()
    with pytest.raises(LineError, match=r"最多可退 1 包（发放 4，已退 3）"):
        _return(req, [(room.paper, "2")])
    with pytest.raises(LineError, match="不在领用单"):
        _return(req, [(room.soap, "1")])
    assert snapshot() == before


def test_only_an_issued_requisition_can_take_returns(room):
    receive([(room.paper, "10", "20.00")])
    req = approved(room, [(room.paper, "4")])
    with pytest.raises(ConflictError, match="没有发出物资，不能退库"):
        _return(req, [(room.paper, "1")])
    with pytest.raises(ValidationError, match="请选择要退库的领用单"):
        _return(None, [(room.paper, "1")])
    assert StockDoc.select().where(StockDoc.doc_type == "退库").count() == 0


def test_goods_of_a_deactivated_item_can_still_come_back(room):
    receive([(room.toner, "1", "300.00")])
    req = issued(room, [(room.toner, "1")])
    stock_items.set_item_active(room.toner, False)
    _return(req, [(room.toner, "1")])
    assert Item.get_by_id(room.toner).on_hand_value_fen == 30_000


def test_returnable_lists_what_may_still_come_back(room):
    receive([(room.paper, "10", "20.00"), (room.soap, "5", "8.00")])
    req = issued(room, [(room.paper, "4"), (room.soap, "1.5")])
    _return(req, [(room.soap, "0.5")])
    entries = {entry.name: entry for entry in stock_returns.returnable(req)}
    assert entries["A4复印纸"].returnable_m == 4_000
    assert (entries["洗衣粉"].returned_m, entries["洗衣粉"].returnable_m) == (500, 1_000)


def test_write_off_leaves_at_average_cost_with_its_reason(room):
    receive([(room.soap, "10", "8.00")])
    receive([(room.soap, "10", "9.00")])
    number = _write_off([(room.soap, "2.5")], department_id=room.ids["dept_office"])
    assert number == f"BS-{YEAR}-0001"
    view = doc_view(doc_id_of(number))
    assert (view.purpose, view.department) == ("受潮霉变", "后勤处")
    assert [(line.qty_m, line.amount_fen) for line in view.lines] == [(2_500, 2_125)]
    soap = Item.get_by_id(room.soap)
    assert (soap.on_hand_m, soap.on_hand_value_fen) == (17_500, 14_875)
    assert stock_checks() == []


def test_write_off_needs_a_reason_and_the_stock(room):
    receive([(room.soap, "1", "8.00")])
    before = snapshot()
    with pytest.raises(ValidationError, match="请填写报损原因"):
        _write_off([(room.soap, "0.5")], reason=" ")
    with pytest.raises(ConflictError, match="还差 1 千克"):
        _write_off([(room.soap, "2")])
    with pytest.raises(LineError, match="必须大于零"):
        _write_off([(room.soap, "0")])
    assert snapshot() == before
