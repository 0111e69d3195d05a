"""Receipts (入库单): goods in from a supplier at the invoice price; a mistake is reversed, not edited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models import StockDoc, StockDocLine
from app.models.stock import DOC_RECEIPT, MOVE_RECEIPT
from app.services import stock_docs
from app.services.audit import record
from app.services.errors import ConflictError, ValidationError
from app.services.stock_docs import LineInput, ParsedLine
from app.services.stock_ledger import append_doc_moves, posting, require_available


@dataclass
class ReceiptInput:
    """What the receipt dialog collects."""

    date: dt.date
    lines: list[LineInput] = field(default_factory=list)
    supplier_id: int | None = None
    invoice_no: str = ""
    handled_by: str = ""  # 经手人 (the buyer)
    checked_by: str = ""  # 验收人
    keeper: str = ""  # 库管员 who takes the goods in (stored in StockDoc.issued_by)
    note: str = ""


def post_receipt(data: ReceiptInput, actor: str = "") -> str:
    """Post a receipt: number it, store its lines, add the stock at the invoice price."""
    date = stock_docs.check_date(data.date, "入库日期")
    texts = {
        "invoice_no": stock_docs.text(data.invoice_no, "发票号", "invoice_no", 60),
        "handled_by": stock_docs.text(data.handled_by, "经手人", "handled_by", 30),
        "checked_by": stock_docs.text(data.checked_by, "验收人", "checked_by", 30),
        "issued_by": stock_docs.text(data.keeper, "库管员", "keeper", 30),
        "note": stock_docs.text(data.note, "备注", "note", 200),
    }
    with posting():
        supplier = stock_docs.supplier(data.supplier_id)
        lines = stock_docs.parse_lines(data.lines, priced=True)
        doc = stock_docs.insert_posted(DOC_RECEIPT, date, actor, supplier=supplier, **texts)
        stock_docs.insert_lines(doc.id, lines)
        append_doc_moves(
            doc, MOVE_RECEIPT, ((line.item_id, line.qty_m, line.amount_fen) for line in lines)
        )
        total = sum(line.amount_fen or 0 for line in lines)
        record(actor, "入库过账", "stock_doc", doc.id, f"{doc.number} {len(lines)} 行 {total} 分")
    return doc.number


def reversal_of(doc_id: int) -> str | None:
    """The number of the red receipt that reversed a receipt, if any."""
    found = StockDoc.get_or_none((StockDoc.related == doc_id) & (StockDoc.doc_type == DOC_RECEIPT))
    return found.number if found is not None else None


def reverse_receipt(doc_id: int, reason: str, actor: str = "", date: dt.date | None = None) -> str:
    """Correct a wrong receipt by posting its reversal (红字入库) under a new RK number.

    Every line goes out again at its original amount (never more than the value on hand, and
    all of it when the item empties), so the average cost of the rest stays as it was. The
    goods must still be on hand; what was issued since comes back by 退库 first.
    """
    reason = stock_docs.text(reason, "冲销原因", "reason", 200, required=True)
    date = stock_docs.check_date(date or dt.date.today(), "冲销日期")
    with posting():
        original = stock_docs.get_doc(doc_id, DOC_RECEIPT)
        if original.related_id is not None:
            raise ConflictError(f"{original.number} 本身是冲销单，不能再冲销。")
        done = reversal_of(doc_id)
        if done is not None:
            raise ConflictError(f"入库单 {original.number} 已由 {done} 冲销过。")
        if date < original.date:
            raise ValidationError("冲销日期不能早于原入库日期。", "date")
        lines = list(
            StockDocLine.select().where(StockDocLine.doc == doc_id).order_by(StockDocLine.id)
        )
        try:
            require_available({line.item_id: line.qty_m for line in lines})
        except ConflictError as exc:
            raise ConflictError(
                f"入库单 {original.number} 的物资已有发出，不能整单冲销（{exc.message}）"
                "可先办理退库，或对多入的部分办理报损。"
            ) from exc
        red = stock_docs.insert_posted(
            DOC_RECEIPT,
            date,
            actor,
            supplier=original.supplier_id,
            invoice_no=original.invoice_no,
            purpose=reason,
            related=doc_id,
            note=f"冲销 {original.number}",
            issued_by=actor,
        )
        values = append_doc_moves(
            red,
            MOVE_RECEIPT,
            ((line.item_id, -line.qty_m, -(line.amount_fen or 0)) for line in lines),
        )
        stock_docs.insert_lines(
            red.id,
            [
                ParsedLine(line.item_id, -line.qty_m, line.unit_price_fen, value, "")
                for line, value in zip(lines, values, strict=True)
            ],
        )
        record(
            actor, "入库冲销", "stock_doc", red.id, f"{red.number} 冲销 {original.number}：{reason}"
        )
    return red.number
