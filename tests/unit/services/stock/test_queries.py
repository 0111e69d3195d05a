"""The stock list, an item's ledger and the documents list: filtered, sorted and paged in SQL."""

from __future__ import annotations

import datetime as dt

from app.models import ItemCategory, Unit
from app.models.stock import STATE_DRAFT, STATE_ISSUED
from app.services import stock_items
from app.services import stock_requisitions as rq
from app.services.stock_doc_queries import DocFilter, count_docs, doc_numbers, fetch_docs
from app.services.stock_queries import (
    StockFilter,
    count_and_value,
    fetch_items,
    find_items,
    items_by_ids,
    last_receipt_price,
    ledger_page,
)
from tests.unit.services.stock.helpers import TODAY, issued, receive, requisition


def _codes(rows):
    return [row.code for row in rows]


def test_search_by_code_name_or_spec_and_totals(room):
    receive([(room.paper, "30", "25.50"), (room.toner, "3", "300.00")])
    assert _codes(fetch_items(StockFilter(text="复印"))) == ["W00001"]
    assert _codes(fetch_items(StockFilter(text="88A"))) == ["W00003"]
    assert _codes(fetch_items(StockFilter(text="w0000"))) == ["W00001", "W00002", "W00003"]
    assert count_and_value(StockFilter()) == (3, 76_500 + 90_000)


def test_below_reorder_filter_and_low_flag(room):
    receive([(room.paper, "30", "25.50"), (room.toner, "1", "300.00")])
    rows = fetch_items(StockFilter(below_reorder=True))
    assert _codes(rows) == ["W00003"]  # 1 硒鼓 under its level 2; soap has no level
    assert rows[0].low
    paper = items_by_ids([room.paper])[0]
    assert not paper.low
    issued(room, [(room.paper, "21")])  # 9 left, under the level of 10
    assert _codes(fetch_items(StockFilter(below_reorder=True))) == ["W00001", "W00003"]


def test_category_filter_inactive_items_and_sorting(room):
    office = ItemCategory.get(ItemCategory.name == "办公用品").id
    data = stock_items.item_input(room.paper)
    data.category_id = office
    stock_items.update_item(room.paper, data)
    stock_items.set_item_active(room.soap, False)
    assert _codes(fetch_items(StockFilter(category_id=office))) == ["W00001"]
    assert _codes(fetch_items(StockFilter())) == ["W00001", "W00003"]
    assert "W00002" in _codes(fetch_items(StockFilter(include_inactive=True)))
    receive([(room.paper, "5", "25.00"), (room.toner, "2", "300.00")])
    by_value = fetch_items(StockFilter(), sort="value", descending=True)
    assert _codes(by_value) == ["W00003", "W00001"]
    assert fetch_items(StockFilter(), sort="name")[0].category == "办公用品"


def test_paging_never_overlaps(room):
    unit = Unit.get(Unit.name == "个").id
    for n in range(12):
        stock_items.create_item(stock_items.ItemInput(name=f"灯泡{n}", unit_id=unit))
    pages = [fetch_items(StockFilter(), sort="unit", offset=o, limit=5) for o in (0, 5, 10)]
    ids = [row.id for page in pages for row in page]
    assert len(ids) == len(set(ids)) == 15


def test_item_picker_prefers_exact_code_then_code_prefix_then_name(room):
    unit = Unit.get(Unit.name == "张").id
    stock_items.create_item(stock_items.ItemInput(name="W00001号标签纸", unit_id=unit, code="X1"))
    rows = find_items("w00001")
    assert _codes(rows)[:2] == ["W00001", "X1"]
    assert _codes(find_items("洗衣")) == ["W00002"]
    assert find_items("no such thing") == []


def test_last_receipt_price_is_the_default_for_the_next_receipt(room):
    assert last_receipt_price(room.paper) is None
    receive([(room.paper, "5", "25.00")])
    receive([(room.paper, "5", "26.50")])
    assert last_receipt_price(room.paper) == 2650


def test_ledger_is_newest_first_and_pages_by_id(room):
    receive([(room.paper, "30", "25.50")])
    for _ in range(4):
        issued(room, [(room.paper, "2")])
    first = ledger_page(room.paper, limit=3)
    rest = ledger_page(room.paper, before_id=first[-1].id, limit=3)
    assert [row.balance_m for row in first + rest] == [22_000, 24_000, 26_000, 28_000, 30_000]
    top = first[0]
    assert (top.kind, top.out_m, top.in_m, top.summary) == ("领用", 2_000, 0, "物理组 王芳")
    assert rest[-1].in_m == 30_000
    assert ledger_page(room.soap) == []


def test_documents_list_filters_and_amounts(room):
    receive([(room.paper, "30", "25.50")], date=TODAY - dt.timedelta(days=3))
    done = issued(room, [(room.paper, "2")])
    draft = requisition(room, [(room.paper, "1")])
    everything = fetch_docs(DocFilter())
    assert [row.doc_type for row in everything] == ["领用", "领用", "入库"]
    rows = {row.id: row for row in everything}
    assert rows[done].amount_fen == 5_100 and rows[done].state == STATE_ISSUED
    assert rows[draft].amount_fen is None and rows[draft].state == STATE_DRAFT
    assert count_docs(DocFilter(doc_type="入库")) == 1
    assert count_docs(DocFilter(state=STATE_DRAFT)) == 1
    assert count_docs(DocFilter(department_id=room.ids["dept_physics"])) == 2
    assert count_docs(DocFilter(department_id=room.ids["dept_office"])) == 0
    assert count_docs(DocFilter(date_to=TODAY - dt.timedelta(days=1))) == 1
    assert count_docs(DocFilter(date_from=TODAY)) == 2
    assert count_docs(DocFilter(text="王芳")) == 2
    rq.cancel_requisition(draft, "不要了")
    assert [row.line_count for row in fetch_docs(DocFilter(doc_type="领用"))] == [1, 1]
    assert doc_numbers("领用") == [f"LY-{TODAY.year}-0001", f"LY-{TODAY.year}-0002"]
