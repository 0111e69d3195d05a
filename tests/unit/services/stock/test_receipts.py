"""Receipts: posting adds stock at the invoice price, numbers are gapless, mistakes are reversed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Item, StockDoc, StockMove
from app.models.stock import STATE_POSTED
from app.services import reference, stock_items, stock_receipts
from app.services.errors import ConflictError, ValidationError
from app.services.stock_check import stock_checks
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineError, LineInput, doc_id_of
from tests.unit.services.stock.helpers import TODAY, issued, receive, snapshot

YEAR = TODAY.year


def test_receipt_adds_stock_and_value_with_a_number(room):
    supplier = reference.save_record("supplier", {"name": "晨光文具"})
    number = receive(
        [(room.paper, "30", "25.50"), (room.soap, "12.5", "8.00")],
        supplier_id=supplier,
        invoice_no="No.0012345",
        handled_by="张敏",
        checked_by="李强",
        keeper="李强",
    )
    assert number == f"RK-{YEAR}-0001"
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (30_000, 76_500)
    assert Item.get_by_id(room.soap).on_hand_value_fen == 10_000
    view = doc_view(doc_id_of(number))
    assert (view.state, view.supplier, view.invoice_no, view.issued_by) == (
        STATE_POSTED,
        "晨光文具",
        "No.0012345",
        "李强",
    )
    assert [(line.qty_m, line.unit_price_fen, line.amount_fen) for line in view.lines] == [
        (30_000, 2550, 76_500),
        (12_500, 800, 10_000),
    ]
    assert view.total_fen == 86_500
    moves = list(StockMove.select().order_by(StockMove.id))
    assert [(m.kind, m.doc_number, m.balance_m) for m in moves] == [
        ("入库", number, 30_000),
        ("入库", number, 12_500),
    ]


def test_numbers_are_gapless_per_year_and_a_refused_receipt_gives_its_number_back(room):
    first = receive([(room.paper, "1", "25.00")])
    with pytest.raises(ValidationError):
        receive([(room.paper, "0", "25.00")])
    second = receive([(room.paper, "1", "25.00")])
    last_year = receive([(room.paper, "1", "25.00")], date=dt.date(YEAR - 1, 12, 30))
    assert (first, second) == (f"RK-{YEAR}-0001", f"RK-{YEAR}-0002")
    assert last_year == f"RK-{YEAR - 1}-0001"
    assert stock_checks() == []


def test_moving_average_cost_after_two_prices(room):
    receive([(room.paper, "10", "20.00")])
    receive([(room.paper, "30", "24.00")])
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (40_000, 92_000)  # 23.00 each


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        ((None, "1", "1"), "item", "请选择物资"),
        (("paper", "0", "25.00"), "quantity", "数量必须大于零"),
        (("paper", "-5", "25.00"), "quantity", "不能是负数"),
        (("paper", "2.5", "25.00"), "quantity", "只能是整数"),
        (("soap", "1.0005", "8.00"), "quantity", "三位小数"),
        (("paper", "5", "0"), "unit_price", "单价必须大于零"),
        (("paper", "5", "-3"), "unit_price", "负数"),
        (("paper", "5", ""), "unit_price", "请填写单价"),
        (("paper", "5", "abc"), "unit_price", "不是有效数字"),
    ],
)
def test_bad_lines_are_refused_with_the_line_named_and_nothing_changes(room, line, column, message):
    receive([(room.toner, "2", "300.00")])
    before = snapshot()
    item, qty, price = line
    item_id = getattr(room, item) if item else None
    with pytest.raises(LineError, match=message) as caught:
        stock_receipts.post_receipt(
            stock_receipts.ReceiptInput(
                date=TODAY,
                lines=[LineInput(room.toner, "1", "300.00"), LineInput(item_id, qty, price)],
            )
        )
    assert (caught.value.row, caught.value.column) == (1, column)
    assert "第 2 行" in caught.value.message
    assert snapshot() == before


def test_same_item_twice_inactive_item_and_empty_receipt_are_refused(room):
    with pytest.raises(LineError, match="已在第 1 行"):
        receive([(room.paper, "1", "25.00"), (room.paper, "2", "25.00")])
    stock_items.set_item_active(room.toner, False)
    with pytest.raises(LineError, match="已停用"):
        receive([(room.toner, "1", "300.00")])
    with pytest.raises(ValidationError, match="至少要有一行"):
        receive([])
    assert StockDoc.select().count() == 0


def test_future_date_is_refused(room):
    with pytest.raises(ValidationError, match="不能晚于今天"):
        receive([(room.paper, "1", "25.00")], date=TODAY + dt.timedelta(days=1))
    assert StockDoc.select().count() == 0


def test_reversal_takes_the_goods_out_at_the_original_amount(room):
    receive([(room.paper, "10", "20.00")])
    wrong = receive([(room.paper, "30", "24.00")])
    number = stock_receipts.reverse_receipt(doc_id_of(wrong), "数量录错", actor="李强")
    assert number == f"RK-{YEAR}-0003"
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (10_000, 20_000)
    view = doc_view(doc_id_of(number))
    assert (view.related_number, view.purpose) == (wrong, "数量录错")
    assert [(line.qty_m, line.amount_fen) for line in view.lines] == [(-30_000, -72_000)]
    assert stock_receipts.reversal_of(doc_id_of(wrong)) == number
    assert stock_checks() == []


def test_reversal_twice_or_of_issued_goods_is_refused(room):
    wrong = receive([(room.paper, "10", "20.00")])
    stock_receipts.reverse_receipt(doc_id_of(wrong), "重复录入")
    with pytest.raises(ConflictError, match=r"已由 RK-.*冲销过"):
        stock_receipts.reverse_receipt(doc_id_of(wrong), "再次")
    other = receive([(room.paper, "10", "20.00")])
    issued(room, [(room.paper, "4")])
    before = snapshot()
    with pytest.raises(ConflictError, match=r"已有发出，不能整单冲销.*还差 4 包"):
        stock_receipts.reverse_receipt(doc_id_of(other), "录错")
    assert snapshot() == before
    with pytest.raises(ValidationError, match="请填写冲销原因"):
        stock_receipts.reverse_receipt(doc_id_of(other), " ")
