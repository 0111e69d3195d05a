"""Builders for the stock-room tests: a school, three items, and documents posted through services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import Unit
from app.services import stock_items, stock_receipts, stock_requisitions
from app.services.stock_docs import LineInput, doc_id_of
from tests.factories import make_school

TODAY = dt.date.today()


@dataclass
class Room:
    """Ids of the school and of the items the tests use."""

    ids: dict[str, int]
    paper: int  # A4复印纸, 包 (whole units)
    soap: int  # 洗衣粉, 千克 (fractions allowed)
    toner: int  # 硒鼓, 个


def make_room() -> Room:
    """A school (tests/factories.py) and three items with nothing in stock."""
    ids = make_school()
    bag = Unit.get(Unit.name == "包").id
    kilo = Unit.get(Unit.name == "千克").id
    piece = Unit.get(Unit.name == "个").id
    return Room(
        ids=ids,
        paper=stock_items.create_item(
            stock_items.ItemInput(
                name="A4复印纸", unit_id=bag, spec="70g 500张/包", reorder_level="10"
            )
        ),
        soap=stock_items.create_item(stock_items.ItemInput(name="洗衣粉", unit_id=kilo)),
        toner=stock_items.create_item(
            stock_items.ItemInput(name="硒鼓", unit_id=piece, spec="HP 88A", reorder_level="2")
        ),
    )


def receive(lines: list[tuple[int, str, str]], date: dt.date = TODAY, **kw) -> str:
    """Post a receipt of (item id, quantity, unit price) lines."""
    return stock_receipts.post_receipt(
        stock_receipts.ReceiptInput(
            date=date, lines=[LineInput(item, qty, price) for item, qty, price in lines], **kw
        ),
        actor="李强",
    )


def requisition(room: Room, lines: list[tuple[int, str]], actor: str = "王芳") -> int:
    """A draft requisition of 物理组/王芳 with (item id, quantity) lines; its id."""
    number = stock_requisitions.create_requisition(
        stock_requisitions.RequisitionInput(
            date=TODAY,
            department_id=room.ids["dept_physics"],
            person_id=room.ids["alice"],
            purpose="物理实验",
            lines=[LineInput(item, qty) for item, qty in lines],
        ),
        actor=actor,
    )
    return doc_id_of(number)


def approved(room: Room, lines: list[tuple[int, str]]) -> int:
    """A requisition submitted and approved by the principal; its id."""
    doc_id = requisition(room, lines)
    stock_requisitions.submit_requisition(doc_id)
    stock_requisitions.approve_requisition(doc_id, "赵校长")
    return doc_id


def issued(room: Room, lines: list[tuple[int, str]]) -> int:
    """A requisition issued in full; its id."""
    doc_id = approved(room, lines)
    stock_requisitions.issue_requisition(doc_id, issued_by="李强")
    return doc_id


def snapshot() -> tuple:
    """Everything a refused action must leave as it was: documents, lines, moves, caches, series."""
    from app.models import Item, NumberSeries, StockDoc, StockDocLine, StockMove

    return (
        list(StockDoc.select().order_by(StockDoc.id).tuples()),
        list(StockDocLine.select().order_by(StockDocLine.id).tuples()),
        StockMove.select().count(),
        list(Item.select(Item.id, Item.on_hand_m, Item.on_hand_value_fen).tuples()),
        list(NumberSeries.select().tuples()),
    )
