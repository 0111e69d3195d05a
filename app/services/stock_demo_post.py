"""How the demo year's documents get written: the plans it makes, and posting them via services.

The year (stock_demo_year) decides what happens; a poster writes it. ServicePoster goes through
the real stock services; stock_demo_bulk writes the same rows in batches; MixedPoster sends a
handful of each kind through the services (so the demo still exercises them) and the rest in bulk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from app.models import StockDocLine
from app.models.stock import (
    QTY_SCALE,
    STATE_APPROVED,
    STATE_CANCELLED,
    STATE_DRAFT,
    STATE_ISSUED,
    STATE_REJECTED,
)
from app.services.demo_records import ACTOR
from app.services.stock_docs import LineInput, doc_id_of
from app.services.stock_receipts import ReceiptInput, post_receipt
from app.services.stock_requisitions import (
    RequisitionInput,
    approve_requisition,
    cancel_requisition,
    create_requisition,
    issue_requisition,
    reject_requisition,
    submit_requisition,
)
from app.services.stock_returns import ReturnInput, post_return


@dataclass(slots=True)
class ReceiptPlan:
    """A delivery: lines are (item id, quantity in thousandths, unit price in yuan)."""

    day: dt.date
    supplier_id: int
    invoice_no: str
    handled_by: str
    checked_by: str
    keeper: str
    lines: list[tuple[int, int, Decimal]]


@dataclass(slots=True)
class RequisitionPlan:
    """A requisition and how far it gets: ``outcome`` is its final state."""

    day: dt.date
    department_id: int
    person_id: int
    purpose: str
    lines: list[tuple[int, int]]  # (item id, quantity in thousandths)
    outcome: str
    approver: str = ""
    reason: str = ""  # why it was rejected or cancelled
    issued_by: str = ""


@dataclass(slots=True)
class ReturnPlan:
    """Goods coming back against one issued requisition line."""

    day: dt.date
    requisition_id: int
    item_id: int
    qty_m: int
    issued_m: int  # what the requisition line issued, and its value, for the return's value
    issued_fen: int
    person_id: int
    reason: str
    keeper: str


class Poster(Protocol):
    """Writes the documents the demo year plans."""

    def receipt(self, plan: ReceiptPlan) -> None:
        """Post a receipt."""

    def requisition(self, plan: RequisitionPlan) -> tuple[int, list[int]]:
        """Create a requisition and take it to its outcome; its id and issued value per line."""

    def return_(self, plan: ReturnPlan) -> None:
        """Post a return."""

    def finish(self) -> None:
        """Write whatever is still buffered."""


def quantity(qty_m: int) -> Decimal:
    """A quantity in thousandths as the Decimal a person would type."""
    return Decimal(qty_m) / QTY_SCALE


class ServicePoster:
    """Posts every document through the stock services, one user action at a time."""

    def receipt(self, plan: ReceiptPlan) -> None:
        """Post a receipt via post_receipt."""
        post_receipt(
            ReceiptInput(
                date=plan.day,
                lines=[
                    LineInput(item, quantity(qty), str(price)) for item, qty, price in plan.lines
                ],
                supplier_id=plan.supplier_id,
                invoice_no=plan.invoice_no,
                handled_by=plan.handled_by,
                checked_by=plan.checked_by,
                keeper=plan.keeper,
            ),
            actor=ACTOR,
        )

    def requisition(self, plan: RequisitionPlan) -> tuple[int, list[int]]:
        """Create, submit, approve or reject or cancel, and issue, as people would."""
        number = create_requisition(
            RequisitionInput(
                date=plan.day,
                department_id=plan.department_id,
                person_id=plan.person_id,
                lines=[LineInput(item, quantity(qty)) for item, qty in plan.lines],
                purpose=plan.purpose,
            ),
            actor=ACTOR,
        )
        doc_id = doc_id_of(number)
        if plan.outcome == STATE_DRAFT:
            return doc_id, []
        if plan.outcome == STATE_CANCELLED:
            cancel_requisition(doc_id, plan.reason, actor=ACTOR)
            return doc_id, []
        submit_requisition(doc_id, actor=ACTOR)
        if plan.outcome == STATE_REJECTED:
            reject_requisition(doc_id, plan.reason, plan.approver, actor=ACTOR)
            return doc_id, []
        if plan.outcome in (STATE_APPROVED, STATE_ISSUED):
            approve_requisition(doc_id, plan.approver, actor=ACTOR)
        if plan.outcome != STATE_ISSUED:
            return doc_id, []
        issue_requisition(doc_id, issued_by=plan.issued_by, actor=ACTOR, date=plan.day)
        values = (
            StockDocLine.select(StockDocLine.amount_fen)
            .where(StockDocLine.doc == doc_id)
            .order_by(StockDocLine.id)
            .tuples()
        )
        return doc_id, [value for (value,) in values]

    def return_(self, plan: ReturnPlan) -> None:
        """Post a return via post_return."""
        post_return(
            ReturnInput(
                requisition_id=plan.requisition_id,
                date=plan.day,
                lines=[LineInput(plan.item_id, quantity(plan.qty_m))],
                person_id=plan.person_id,
                reason=plan.reason,
                keeper=plan.keeper,
            ),
            actor=ACTOR,
        )

    def finish(self) -> None:
        """Nothing is buffered."""
