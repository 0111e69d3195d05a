"""The demo year's documents written in bulk: the rows the stock services would write, batched.

A million ledger moves posted one service call at a time take over half an hour; here the
ledger is mirrored in memory (on hand, value, the number counters, the next document id) and
the rows go out in executemany batches, one savepoint per chunk, inside the demo's own
transaction. The values follow the same rules as stock_ledger (moving average, half up, the
last unit out takes what is left) and the same texts as the services' audit entries, so
`houqin check` cannot tell the two apart. MixedPoster keeps a handful of each kind going
through the real services.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.db import database
from app.models.base import now
from app.models.stock import (
    DOC_RECEIPT,
    DOC_REQUISITION,
    DOC_RETURN,
    MOVE_ISSUE,
    MOVE_RECEIPT,
    MOVE_RETURN,
    STATE_APPROVED,
    STATE_CANCELLED,
    STATE_DRAFT,
    STATE_ISSUED,
    STATE_POSTED,
    STATE_REJECTED,
    STATE_SUBMITTED,
)
from app.money import to_fen
from app.services import stock_docs
from app.services.demo_records import ACTOR
from app.services.numbering import document_number
from app.services.stock_demo_post import (
    Poster,
    ReceiptPlan,
    RequisitionPlan,
    ReturnPlan,
    ServicePoster,
)
from app.services.stock_ledger import average_out_value
from app.services.stock_quantity import line_amount_fen, mul_div_round

CHUNK_MOVES = 50_000  # rows buffered before a flush: big batches, bounded memory
# How many documents of each kind the demo still posts through the services.
HANDFUL = {DOC_RECEIPT: 6, DOC_REQUISITION: 12, DOC_RETURN: 3}
_STATES_BEFORE = {
    STATE_DRAFT: (),
    STATE_CANCELLED: (),
    STATE_SUBMITTED: (STATE_SUBMITTED,),
    STATE_REJECTED: (STATE_SUBMITTED,),
    STATE_APPROVED: (STATE_SUBMITTED, STATE_APPROVED),
    STATE_ISSUED: (STATE_SUBMITTED, STATE_APPROVED),
}
_DOC_SQL = (
    "INSERT INTO stock_doc (id, doc_type, number, date, state, department_id, person_id,"
    " supplier_id, invoice_no, purpose, handled_by, checked_by, approved_by, approved_at,"
    " issued_by, issued_at, reject_reason, related_id, note, operator, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"
)
_LINE_SQL = (
    "INSERT INTO stock_doc_line (doc_id, item_id, qty_m, issued_m, unit_price_fen, amount_fen,"
    " note) VALUES (?, ?, ?, ?, ?, ?, '')"
)
_MOVE_SQL = (
    "INSERT INTO stock_move (item_id, date, kind, qty_m, value_fen, balance_m, balance_value_fen,"
    " doc_id, doc_number, at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_AUDIT_SQL = (
    "INSERT INTO audit_entry (at, actor, action, entity, entity_id, detail)"
    " VALUES (?, ?, ?, 'stock_doc', ?, ?)"
)


class BulkPoster:
    """Mirrors the ledger in memory and writes documents, lines, moves and audit rows in batches."""

    def __init__(self) -> None:
        self.prefixes = {kind: stock_docs.prefix(kind) for kind in stock_docs.SERIES}
        self.stamp = _text(now())
        self.docs: list[tuple] = []
        self.lines: list[tuple] = []
        self.moves: list[tuple] = []
        self.audits: list[tuple] = []
        self.sync()

    def sync(self) -> None:
        """Read the stock, the counters and the next document id (after a service posted)."""
        self.stock = {
            item_id: [qty, value]
            for item_id, qty, value in database.execute_sql(
                "SELECT id, on_hand_m, on_hand_value_fen FROM item"
            )
        }
        series = tuple(stock_docs.SERIES.values())
        marks = ", ".join("?" * len(series))
        self.last = {
            (name, year): last
            for name, year, last in database.execute_sql(
                f"SELECT series, year, last FROM number_series WHERE series IN ({marks})", series
            )
        }
        self.next_id = database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM stock_doc")
        self.next_id = self.next_id.fetchone()[0]
        self.touched_items: set[int] = set()
        self.touched_series: set[tuple[str, int]] = set()

    @property
    def pending(self) -> bool:
        """Whether rows wait to be written."""
        return bool(self.docs or self.touched_items or self.touched_series)

    # --- the documents ---------------------------------------------------------------------
    def receipt(self, plan: ReceiptPlan) -> None:
        """A posted receipt at the invoice prices."""
        doc_id, number = self._doc(
            DOC_RECEIPT,
            plan.day,
            STATE_POSTED,
            supplier=plan.supplier_id,
            invoice_no=plan.invoice_no,
            handled_by=plan.handled_by,
            checked_by=plan.checked_by,
            issued_by=plan.keeper,
            issued_at=self.stamp,
        )
        total = 0
        for item_id, qty_m, price in plan.lines:
            price_fen = to_fen(price)
            amount = line_amount_fen(qty_m, price_fen)
            total += amount
            self.lines.append((doc_id, item_id, qty_m, None, price_fen, amount))
            self._move(item_id, plan.day, MOVE_RECEIPT, qty_m, amount, doc_id, number)
        self._audit("入库过账", doc_id, f"{number} {len(plan.lines)} 行 {total} 分")
        self._maybe_flush()

    def requisition(self, plan: RequisitionPlan) -> tuple[int, list[int]]:
        """A requisition at its final state, with the audit trail of the states it went through."""
        outcome = plan.outcome
        approved = outcome in (STATE_APPROVED, STATE_ISSUED, STATE_REJECTED)
        doc_id, number = self._doc(
            DOC_REQUISITION,
            plan.day,
            outcome,
            department=plan.department_id,
            person=plan.person_id,
            purpose=plan.purpose,
            approved_by=plan.approver if approved else "",
            approved_at=self.stamp if approved else None,
            issued_by=plan.issued_by if outcome == STATE_ISSUED else "",
            issued_at=self.stamp if outcome == STATE_ISSUED else None,
            reject_reason=plan.reason if outcome in (STATE_REJECTED, STATE_CANCELLED) else "",
        )
        self._audit("新建领用单", doc_id, f"{number} {len(plan.lines)} 行")
        for state in _STATES_BEFORE[outcome]:
            if state == STATE_SUBMITTED:
                self._audit("提交领用单", doc_id, number)
            else:
                self._audit("批准领用单", doc_id, f"{number} 审批人 {plan.approver}")
        if outcome == STATE_REJECTED:
            self._audit("驳回领用单", doc_id, f"{number}：{plan.reason}")
        elif outcome == STATE_CANCELLED:
            self._audit("取消领用单", doc_id, f"{number}：{plan.reason}")
        values = []
        for item_id, qty_m in plan.lines:
            if outcome != STATE_ISSUED:
                self.lines.append((doc_id, item_id, qty_m, None, None, None))
                continue
            on_hand, value_on_hand = self.stock[item_id]
            value = average_out_value(on_hand, value_on_hand, qty_m)
            values.append(value)
            price = mul_div_round(value, 1000, qty_m)
            self.lines.append((doc_id, item_id, qty_m, qty_m, price, value))
            self._move(item_id, plan.day, MOVE_ISSUE, -qty_m, -value, doc_id, number)
        if outcome == STATE_ISSUED:
            self._audit("发放领用单", doc_id, f"{number} {len(plan.lines)} 行")
        self._maybe_flush()
        return doc_id, values

    def return_(self, plan: ReturnPlan) -> None:
        """A return at the value the goods went out with (the same rule as post_return)."""
        row = database.execute_sql(
            "SELECT number, department_id FROM stock_doc WHERE id = ?", (plan.requisition_id,)
        ).fetchone()
        if row is None:  # the requisition is still in the buffer
            row = next((d[2], d[5]) for d in self.docs if d[0] == plan.requisition_id)
        requisition_number, department_id = row
        if plan.qty_m == plan.issued_m:
            value = plan.issued_fen
        else:
            value = min(plan.issued_fen, mul_div_round(plan.issued_fen, plan.qty_m, plan.issued_m))
        doc_id, number = self._doc(
            DOC_RETURN,
            plan.day,
            STATE_POSTED,
            department=department_id,
            person=plan.person_id,
            purpose=plan.reason,
            issued_by=plan.keeper,
            issued_at=self.stamp,
            related=plan.requisition_id,
        )
        self.lines.append((doc_id, plan.item_id, plan.qty_m, None, None, value))
        self._move(plan.item_id, plan.day, MOVE_RETURN, plan.qty_m, value, doc_id, number)
        self._audit("退库过账", doc_id, f"{number} 退回 {requisition_number}")
        self._maybe_flush()

    def finish(self) -> None:
        """Write what is buffered."""
        self.flush()

    # --- rows --------------------------------------------------------------------------------
    def _doc(
        self,
        doc_type: str,
        day: dt.date,
        state: str,
        *,
        department: int | None = None,
        person: int | None = None,
        supplier: int | None = None,
        invoice_no: str = "",
        purpose: str = "",
        handled_by: str = "",
        checked_by: str = "",
        approved_by: str = "",
        approved_at: str | None = None,
        issued_by: str = "",
        issued_at: str | None = None,
        reject_reason: str = "",
        related: int | None = None,
    ) -> tuple[int, str]:
        key = (stock_docs.SERIES[doc_type], day.year)
        seq = self.last.get(key, 0) + 1
        self.last[key] = seq
        self.touched_series.add(key)
        number = document_number(self.prefixes[doc_type], day.year, seq)
        doc_id = self.next_id
        self.next_id += 1
        self.docs.append(
            (
                doc_id,
                doc_type,
                number,
                day.isoformat(),
                state,
                department,
                person,
                supplier,
                invoice_no,
                purpose,
                handled_by,
                checked_by,
                approved_by,
                approved_at,
                issued_by,
                issued_at,
                reject_reason,
                related,
                ACTOR,
                self.stamp,
            )
        )
        return doc_id, number

    def _move(
        self, item_id: int, day: dt.date, kind: str, qty: int, value: int, doc_id: int, number: str
    ) -> None:
        balance = self.stock[item_id]
        balance[0] += qty
        balance[1] += value
        if balance[0] < 0 or balance[1] < 0:
            raise RuntimeError(f"demo ledger would go negative for item {item_id}")
        self.touched_items.add(item_id)
        self.moves.append(
            (
                item_id,
                day.isoformat(),
                kind,
                qty,
                value,
                *balance,
                doc_id,
                number,
                self.stamp,
                ACTOR,
            )
        )

    def _audit(self, action: str, doc_id: int, detail: str) -> None:
        self.audits.append((self.stamp, ACTOR, action, doc_id, detail))

    def _maybe_flush(self) -> None:
        if len(self.moves) >= CHUNK_MOVES:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows, the items' cached stock and the counters in one savepoint."""
        if not self.pending:
            return
        with database.atomic():
            cursor = database.cursor()
            cursor.executemany(_DOC_SQL, self.docs)
            cursor.executemany(_LINE_SQL, self.lines)
            cursor.executemany(_MOVE_SQL, self.moves)
            cursor.executemany(_AUDIT_SQL, self.audits)
            cursor.executemany(
                "UPDATE item SET on_hand_m = ?, on_hand_value_fen = ? WHERE id = ?",
                [(*self.stock[item_id], item_id) for item_id in sorted(self.touched_items)],
            )
            cursor.executemany(
                "INSERT INTO number_series (series, year, last) VALUES (?, ?, ?)"
                " ON CONFLICT (series, year) DO UPDATE SET last = excluded.last",
                [(*key, self.last[key]) for key in sorted(self.touched_series)],
            )
        self.docs, self.lines, self.moves, self.audits = [], [], [], []
        self.touched_items, self.touched_series = set(), set()
        self.stamp = _text(now())


class MixedPoster:
    """The first few documents of each kind through the services, the rest in bulk."""

    def __init__(self, handful: dict[str, int] | None = None) -> None:
        self.handful = HANDFUL if handful is None else handful
        self.services = ServicePoster()
        self.bulk: BulkPoster | None = None
        self.stale = False  # the services wrote since the bulk mirror was read
        self.posted: Counter[str] = Counter()

    def _route(self, doc_type: str) -> Poster:
        self.posted[doc_type] += 1
        if self.posted[doc_type] <= self.handful.get(doc_type, 0):
            if self.bulk is not None:
                self.bulk.flush()
            self.stale = True
            return self.services
        if self.bulk is None:
            self.bulk = BulkPoster()
        elif self.stale:
            self.bulk.sync()
        self.stale = False
        return self.bulk

    def receipt(self, plan: ReceiptPlan) -> None:
        """Post a receipt through whichever path its turn calls for."""
        self._route(DOC_RECEIPT).receipt(plan)

    def requisition(self, plan: RequisitionPlan) -> tuple[int, list[int]]:
        """Post a requisition through whichever path its turn calls for."""
        return self._route(DOC_REQUISITION).requisition(plan)

    def return_(self, plan: ReturnPlan) -> None:
        """Post a return through whichever path its turn calls for."""
        self._route(DOC_RETURN).return_(plan)

    def finish(self) -> None:
        """Write what the bulk path still holds."""
        if self.bulk is not None:
            self.bulk.flush()


def _text(stamp: dt.datetime) -> str:
    # As peewee stores a DateTimeField: ISO with a space, to the second.
    return stamp.isoformat(sep=" ")
