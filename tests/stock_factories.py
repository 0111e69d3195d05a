"""A small stock room with a known school year of business, posted through the real services.

Everything happens in the 2024-2025 school year, so the expected figures are fixed:

第一学期 (2024-09-01 … 2025-01-31)
  RK 2024-09-02  paper 100 包 @ 23.50, soap 20 千克 @ 9.80, toner 4 个 @ 85.00, chalk 60 盒 @ 8.00
  LY 物理组/王芳 2024-09-10: paper 12, soap 2.5 → issued the same day
  TK 2024-09-20: 2 paper back from that requisition
  LY 后勤处/李强 2024-10-08: paper 30, toner 1 → issued 2024-10-09
  BS 2024-11-05: soap 1 千克 written off (not consumption)
第二学期 (2025-02-01 … 2025-06-30)
  LY 物理组/张敏 2025-03-03: paper 20, chalk 40 → issued
  LY 后勤处/李强 2025-03-05: paper 5 — a draft, never issued
暑假
  LY 物理组/王芳 2025-07-10: paper 5 → issued
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models import Unit
from app.services import stock_items, stock_receipts, stock_requisitions, stock_returns
from app.services.stock_docs import LineInput, doc_id_of
from tests.factories import make_school

APPROVER = "赵校长"
KEEPER = "库管员老陈"


@dataclass
class StockRoom:
    """Ids and numbers of what was posted."""

    ids: dict[str, int]
    paper: int
    soap: int
    toner: int
    chalk: int
    unused: int
    receipt: str = ""
    requisitions: dict[str, str] = field(default_factory=dict)
    ret: str = ""


def _requisition(
    date: dt.date, department: int, person: int, lines: list[tuple[int, str]], purpose: str
) -> tuple[str, int]:
    number = stock_requisitions.create_requisition(
        stock_requisitions.RequisitionInput(
            date=date,
            department_id=department,
            person_id=person,
            purpose=purpose,
            lines=[LineInput(item, qty) for item, qty in lines],
        ),
        actor="王芳",
    )
    return number, doc_id_of(number)


def _issue(doc_id: int, date: dt.date) -> None:
    stock_requisitions.submit_requisition(doc_id)
    stock_requisitions.approve_requisition(doc_id, APPROVER)
    stock_requisitions.issue_requisition(doc_id, issued_by=KEEPER, date=date)


def make_stock_room() -> StockRoom:
    """The school of tests/factories.py with the year of business described above."""
    ids = make_school()
    unit = {u.name: u.id for u in Unit.select()}
    item = stock_items.create_item
    room = StockRoom(
        ids=ids,
        paper=item(
            stock_items.ItemInput(
                name="A4复印纸",
                unit_id=unit["包"],
                code="BG0001",
                spec="70g 500张/包",
                reorder_level="10",
            )
        ),
        soap=item(
            stock_items.ItemInput(
                name="洗衣粉", unit_id=unit["千克"], code="QJ0001", reorder_level="5"
            )
        ),
        toner=item(
            stock_items.ItemInput(
                name="硒鼓", unit_id=unit["个"], code="YS0001", spec="HP 88A", reorder_level="2"
            )
        ),
        chalk=item(
            stock_items.ItemInput(
                name="无尘粉笔", unit_id=unit["盒"], code="JX0001", reorder_level="50"
            )
        ),
        unused=item(
            stock_items.ItemInput(
                name="订书机", unit_id=unit["个"], code="BG0002", reorder_level="3"
            )
        ),
    )
    room.receipt = stock_receipts.post_receipt(
        stock_receipts.ReceiptInput(
            date=dt.date(2024, 9, 2),
            lines=[
                LineInput(room.paper, "100", "23.50"),
                LineInput(room.soap, "20", "9.80"),
                LineInput(room.toner, "4", "85.00"),
                LineInput(room.chalk, "60", "8.00"),
            ],
            invoice_no="24420000000012345678",
            handled_by="李强",
            checked_by="张敏",
            keeper=KEEPER,
        )
    )
    physics, office = ids["dept_physics"], ids["dept_office"]
    number, first = _requisition(
        dt.date(2024, 9, 10),
        physics,
        ids["alice"],
        [(room.paper, "12"), (room.soap, "2.5")],
        "实验室清洁",
    )
    _issue(first, dt.date(2024, 9, 10))
    room.requisitions["physics_autumn"] = number
    room.ret = stock_returns.post_return(
        stock_returns.ReturnInput(
            requisition_id=first,
            date=dt.date(2024, 9, 20),
            lines=[LineInput(room.paper, "2")],
            reason="多领未用",
            keeper=KEEPER,
        )
    )
    number, second = _requisition(
        dt.date(2024, 10, 8), office, ids["bob"], [(room.paper, "30"), (room.toner, "1")], "办公"
    )
    _issue(second, dt.date(2024, 10, 9))
    room.requisitions["office_autumn"] = number
    stock_returns.post_write_off(
        stock_returns.WriteOffInput(
            date=dt.date(2024, 11, 5), reason="受潮结块", lines=[LineInput(room.soap, "1")]
        )
    )
    number, third = _requisition(
        dt.date(2025, 3, 3),
        physics,
        ids["carol"],
        [(room.paper, "20"), (room.chalk, "40")],
        "课堂教学",
    )
    _issue(third, dt.date(2025, 3, 3))
    room.requisitions["physics_spring"] = number
    number, _draft = _requisition(
        dt.date(2025, 3, 5), office, ids["bob"], [(room.paper, "5")], "办公"
    )
    room.requisitions["draft"] = number
    number, summer = _requisition(
        dt.date(2025, 7, 10), physics, ids["alice"], [(room.paper, "5")], "暑期备课"
    )
    _issue(summer, dt.date(2025, 7, 10))
    room.requisitions["summer"] = number
    return room
