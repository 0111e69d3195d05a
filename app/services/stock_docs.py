"""What every stock document shares: numbers, dates, parties, and the lines people type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import Model

from app.models import Department, Item, Person, StockDoc, StockDocLine, Supplier, Unit
from app.models.base import now
from app.models.stock import (
    DOC_RECEIPT,
    DOC_REQUISITION,
    DOC_RETURN,
    DOC_STOCKTAKE,
    DOC_WRITE_OFF,
    STATE_POSTED,
)
from app.services import numbering
from app.services.errors import NotFoundError, ValidationError
from app.services.settings import load_settings
from app.services.stock_quantity import (
    MAX_LINE_FEN,
    line_amount_fen,
    parse_price,
    parse_quantity,
    to_qty_m,
)

# numbering series per document type: one gapless series per type and year.
SERIES = {
    DOC_RECEIPT: "stock:入库",
    DOC_REQUISITION: "stock:领用",
    DOC_RETURN: "stock:退库",
    DOC_WRITE_OFF: "stock:报损",
    DOC_STOCKTAKE: "stock:盘点",
}
DOC_LABELS = {
    DOC_RECEIPT: "入库单",
    DOC_REQUISITION: "领用单",
    DOC_RETURN: "退库单",
    DOC_WRITE_OFF: "报损单",
    DOC_STOCKTAKE: "盘点调整单",
}
MAX_LINES = 100
EARLIEST_DATE = dt.date(2000, 1, 1)


class LineError(ValidationError):
    """A refusal about one line of a document: ``row`` (0-based) and ``column`` say where."""

    def __init__(self, message: str, row: int, column: str = "quantity") -> None:
        super().__init__(message, "lines")
        self.row = row
        self.column = column


@dataclass
class LineInput:
    """One typed line: the picked item, its quantity and (receipts) its unit price as text."""

    item_id: int | None
    quantity: str | Decimal
    unit_price: str | Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class ParsedLine:
    """A checked line, ready to store."""

    item_id: int
    qty_m: int
    unit_price_fen: int | None
    amount_fen: int | None
    note: str


def prefix(doc_type: str) -> str:
    """The number prefix of a document type (RK, LY, TK, BS, PD unless the settings say otherwise)."""
    settings = load_settings()
    return {
        DOC_RECEIPT: settings.receipt_prefix,
        DOC_REQUISITION: settings.requisition_prefix,
        DOC_RETURN: settings.return_prefix,
        DOC_WRITE_OFF: settings.write_off_prefix,
        DOC_STOCKTAKE: settings.stocktake_prefix,
    }[doc_type]


def allocate_number(doc_type: str, year: int) -> str:
    """The next gapless number of a type for a year (inside the posting transaction)."""
    seq = numbering.allocate(SERIES[doc_type], year)
    return numbering.document_number(prefix(doc_type), year, seq)


def check_date(date: dt.date | None, label: str, today: dt.date | None = None) -> dt.date:
    """A document date: given, not in the future, not absurdly old."""
    if date is None:
        raise ValidationError(f"请填写{label}。", "date")
    today = today or dt.date.today()
    if date > today:
        raise ValidationError(f"{label}不能晚于今天。", "date")
    if date < EARLIEST_DATE:
        raise ValidationError(f"{label}不能早于 {EARLIEST_DATE.isoformat()}。", "date")
    return date


def text(value: str, label: str, field: str, max_length: int, required: bool = False) -> str:
    """A trimmed text field with its length checked."""
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{label}。", field)
    if len(value) > max_length:
        raise ValidationError(f"{label}太长（最多 {max_length} 个字）。", field)
    return value


def active_record(model: type[Model], record_id: int | None, label: str, field: str) -> Model:
    """A picked department, person or supplier that exists and is in use."""
    if record_id is None:
        raise ValidationError(f"请选择{label}。", field)
    found = model.get_or_none(model.id == record_id)
    if found is None or not found.active:
        raise ValidationError(f"所选{label}不存在或已停用。", field)
    return found


def department(record_id: int | None) -> Department:
    """The requesting department (required)."""
    return active_record(Department, record_id, "领用部门", "department")  # type: ignore[return-value]


def person(record_id: int | None, label: str = "领用人") -> Person:
    """A person who signs (required)."""
    return active_record(Person, record_id, label, "person")  # type: ignore[return-value]


def supplier(record_id: int | None) -> Supplier | None:
    """The supplier of a receipt (optional: gifts and transfers have none)."""
    if record_id is None:
        return None
    return active_record(Supplier, record_id, "供应商", "supplier")  # type: ignore[return-value]


def parse_lines(
    lines: Sequence[LineInput], *, priced: bool, allow_inactive: bool = False
) -> list[ParsedLine]:
    """Check the lines of a document: items in use, no item twice, quantities (and prices).

    ``allow_inactive`` admits deactivated items (goods coming back from a requisition).
    """
    if not lines:
        raise ValidationError("单据上至少要有一行物资。", "lines")
    if len(lines) > MAX_LINES:
        raise ValidationError(f"一张单据最多 {MAX_LINES} 行，请分单办理。", "lines")
    ids = [line.item_id for line in lines if line.item_id is not None]
    items = {
        item.id: item for item in Item.select(Item, Unit).join(Unit).where(Item.id.in_(ids or [0]))
    }
    seen: dict[int, int] = {}
    parsed = []
    for row, line in enumerate(lines):
        where = f"第 {row + 1} 行"
        item = items.get(line.item_id) if line.item_id is not None else None
        if item is None:
            raise LineError(f"{where}：请选择物资。", row, "item")
        where = f"{where}（{item.name}）"
        if not item.active and not allow_inactive:
            raise LineError(f"{where}：物资 {item.code} 已停用，不能再用于新单据。", row, "item")
        if item.id in seen:
            raise LineError(
                f"{where}：这个物资已在第 {seen[item.id] + 1} 行，请合并为一行。", row, "item"
            )
        seen[item.id] = row
        try:
            qty_m = to_qty_m(parse_quantity(line.quantity, item.unit))
        except ValidationError as exc:
            raise LineError(f"{where}：{exc.message}", row, "quantity") from exc
        price_fen = amount = None
        if priced:
            if line.unit_price is None or not str(line.unit_price).strip():
                raise LineError(f"{where}：请填写单价。", row, "unit_price")
            try:
                price_fen = parse_price(line.unit_price)
            except ValidationError as exc:
                raise LineError(f"{where}：{exc.message}", row, "unit_price") from exc
            amount = line_amount_fen(qty_m, price_fen)
            if amount > MAX_LINE_FEN:
                raise LineError(f"{where}：金额过大，请检查数量和单价。", row, "unit_price")
        note = (line.note or "").strip()
        if len(note) > 100:
            raise LineError(f"{where}：备注太长（最多 100 个字）。", row, "note")
        parsed.append(ParsedLine(item.id, qty_m, price_fen, amount, note))
    return parsed


def insert_lines(doc_id: int, lines: Sequence[ParsedLine]) -> None:
    """Store a document's lines in their order."""
    StockDocLine.insert_many(
        [
            {
                "doc": doc_id,
                "item": line.item_id,
                "qty_m": line.qty_m,
                "unit_price_fen": line.unit_price_fen,
                "amount_fen": line.amount_fen,
                "note": line.note,
            }
            for line in lines
        ]
    ).execute()


@dataclass(frozen=True)
class PostedDoc:
    """A document as posted or issued: what its ledger moves are stamped with."""

    id: int | None  # None: moves no document stands behind (期初导入 names them by number only)
    number: str
    date: dt.date  # the moves' date: the document's, or the day a requisition is issued
    actor: str
    at: dt.datetime


def insert_posted(doc_type: str, date: dt.date, actor: str, **fields: object) -> PostedDoc:
    """Number a document and store it as posted (inside the posting transaction).

    ``fields`` are the document's other columns (parties, texts, the related document).
    """
    number = allocate_number(doc_type, date.year)
    stamp = now()
    doc_id = StockDoc.insert(
        doc_type=doc_type,
        number=number,
        date=date,
        state=STATE_POSTED,
        operator=actor,
        created_at=stamp,
        issued_at=stamp,
        **fields,
    ).execute()
    return PostedDoc(doc_id, number, date, actor, stamp)


def get_doc(doc_id: int, doc_type: str) -> StockDoc:
    """One stock document of a given type, or NotFoundError."""
    doc = StockDoc.get_or_none((StockDoc.id == doc_id) & (StockDoc.doc_type == doc_type))
    if doc is None:
        raise NotFoundError(f"{DOC_LABELS[doc_type]}不存在（内部编号 {doc_id}）。")
    return doc


def doc_id_of(number: str) -> int:
    """The id of a document by its number."""
    doc = StockDoc.get_or_none(StockDoc.number == number.strip())
    if doc is None:
        raise NotFoundError(f"找不到单据 {number.strip()}。")
    return doc.id
