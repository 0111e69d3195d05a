"""Stocktake (盘点): differences become one 盘点调整单; bad counts change nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models import Item, StockDoc, StockDocLine, StockMove
from app.models.stock import DOC_STOCKTAKE, MOVE_ADJUST
from app.services.check import run_checks
from app.services.documents import document_kind
from app.services.errors import ConflictError, ValidationError
from app.services.stock_check import stock_checks
from app.services.stock_stocktake import (
    CountInput,
    StocktakeInput,
    count_sheet,
    post_stocktake,
)
from app.services.stock_stocktake_print import adjustment_form, count_sheet_pdf
from tests.unit.services.stock.helpers import TODAY, Room, issued, receive, snapshot


def _stocked(room: Room) -> None:
    # 10 包 at 23.50 and 10 at 25.50: 490.00 for 20, average 24.50.
    receive([(room.paper, "10", "23.50"), (room.soap, "12.5", "8.00"), (room.toner, "3", "300")])
    receive([(room.paper, "10", "25.50")])


def _take(room: Room, counts: dict[int, str], **kw) -> str:
    sheet = {row.item_id: row for row in count_sheet()}
    data = StocktakeInput(
        date=TODAY,
        counts=[CountInput(item, counted, sheet[item].book_m) for item, counted in counts.items()],
        reason=kw.pop("reason", "学期末盘点"),
        counted_by=kw.pop("counted_by", "李强"),
        supervised_by=kw.pop("supervised_by", "陈会计"),
        keeper="李强",
        approved_by="赵校长",
        **kw,
    )
    return post_stocktake(data, actor="李强")


def _item(item_id: int) -> Item:
    return Item.get_by_id(item_id)


def test_a_gain_comes_in_at_the_average_unit_cost(room):
    _stocked(room)
    number = _take(room, {room.paper: "22", room.toner: "3"})
    assert number == f"PD-{TODAY.year}-0001"
    paper = _item(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (22000, 49000 + 4900)
    doc = StockDoc.get(StockDoc.number == number)
    assert doc.doc_type == DOC_STOCKTAKE
    assert (doc.handled_by, doc.checked_by, doc.purpose) == ("李强", "陈会计", "学期末盘点")
    # The toner matched the book: no line for it.
    lines = list(StockDocLine.select().where(StockDocLine.doc == doc.id))
    assert [(line.item_id, line.qty_m, line.amount_fen, line.note) for line in lines] == [
        (room.paper, 2000, 4900, "盘盈")
    ]
    move = StockMove.get(StockMove.doc == doc.id)
    assert (move.kind, move.balance_m) == (MOVE_ADJUST, 22000)
    assert run_checks() == []


def test_a_loss_goes_out_at_moving_average_and_a_count_of_zero_empties_the_item(room):
    _stocked(room)
    number = _take(room, {room.paper: "17", room.toner: "0"})
    paper, toner = _item(room.paper), _item(room.toner)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (17000, 49000 - 7350)
    assert (toner.on_hand_m, toner.on_hand_value_fen) == (0, 0)
    form = adjustment_form(number)
    assert [(line.book, line.counted, line.difference, line.amount) for line in form.lines] == [
        (Decimal("20.000"), Decimal("17.000"), Decimal("-3.000"), Decimal("-73.50")),
        (Decimal("3.000"), Decimal("0.000"), Decimal("-3.000"), Decimal("-900.00")),
    ]
    assert form.lines[0].unit_price == Decimal("24.50")
    assert stock_checks() == []


def test_fractions_follow_the_unit(room):
    _stocked(room)
    _take(room, {room.soap: "12.25"})
    assert _item(room.soap).on_hand_m == 12250
    before = snapshot()
    with pytest.raises(ValidationError, match="只能是整数") as caught:
        _take(room, {room.paper: "19.5"})
    assert "A4复印纸" in caught.value.message
    assert snapshot() == before


@pytest.mark.parametrize(
    ("counted", "message"),
    [("-1", "不能是负数"), ("abc", "不是有效数字"), ("1.0001", "三位小数")],
)
def test_bad_counts_are_refused_and_change_nothing(room, counted, message):
    _stocked(room)
    before = snapshot()
    with pytest.raises(ValidationError, match=message):
        _take(room, {room.paper: counted})
    assert snapshot() == before


def test_nothing_differs_so_nothing_is_posted(room):
    _stocked(room)
    before = snapshot()
    with pytest.raises(ValidationError, match="全部一致") as caught:
        _take(room, {room.paper: "20", room.soap: "12.5", room.toner: "3"})
    assert caught.value.field == "lines"
    assert snapshot() == before


def test_no_count_at_all_is_refused(room):
    _stocked(room)
    with pytest.raises(ValidationError, match="还没有填写"):
        _take(room, {room.paper: "  "})


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"counted_by": ""}, "counted_by"),
        ({"supervised_by": ""}, "supervised_by"),
        ({"supervised_by": "李强"}, "supervised_by"),
    ],
)
def test_who_counted_and_who_watched_are_required_and_different(room, kw, field):
    _stocked(room)
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        _take(room, {room.paper: "19"}, **kw)
    assert caught.value.field == field
    assert snapshot() == before


def test_stock_moved_after_the_sheet_was_loaded_is_refused(room):
    _stocked(room)
    sheet = {row.item_id: row for row in count_sheet()}
    issued(room, [(room.paper, "2")])  # someone issues paper while the count is under way
    before = snapshot()
    data = StocktakeInput(
        date=TODAY,
        counts=[
            CountInput(room.paper, "19", sheet[room.paper].book_m),
            CountInput(room.toner, "2", sheet[room.toner].book_m),
        ],
        reason="月末盘点",
        counted_by="李强",
        supervised_by="陈会计",
    )
    with pytest.raises(ConflictError, match="重新载入") as caught:
        post_stocktake(data)
    assert "A4复印纸" in caught.value.message and "现在 18" in caught.value.message
    assert "硒鼓" not in caught.value.message
    assert snapshot() == before


def test_a_gain_on_an_empty_item_takes_its_last_average_cost(room):
    _stocked(room)
    _take(room, {room.toner: "0"})
    _take(room, {room.toner: "1"})
    assert _item(room.toner).on_hand_value_fen == 30000
    assert run_checks() == []


def test_numbers_are_gapless_per_year_and_listed_for_printing(room):
    _stocked(room)
    first = _take(room, {room.paper: "19"})
    with pytest.raises(ValidationError):
        _take(room, {room.paper: "19"})  # nothing differs now: no number used
    second = _take(room, {room.paper: "18"})
    assert (first[-4:], second[-4:]) == ("0001", "0002")
    kind = document_kind("stocktake")
    assert kind.list_numbers() == [first, second]
    assert kind.render_pdf(second).startswith(b"%PDF")


def test_the_count_sheet_filters_by_category_and_shelf(room):
    _stocked(room)
    assert {row.item_id for row in count_sheet()} == {room.paper, room.soap, room.toner}
    paper = _item(room.paper)
    Item.update(shelf="A-01").where(Item.id == room.paper).execute()
    assert [row.code for row in count_sheet(shelf="A-")] == [paper.code]
    assert count_sheet_pdf(count_sheet(), "全部物资").startswith(b"%PDF")
    with pytest.raises(ValidationError, match="没有物资"):
        count_sheet_pdf([], "空")
