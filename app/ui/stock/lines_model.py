"""The typed lines of the receipt, requisition and write-off dialogs, and quantity checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.money import format_fen
from app.services.errors import ValidationError
from app.services.stock_docs import LineInput
from app.services.stock_quantity import (
    format_qty,
    line_amount_fen,
    parse_price,
    parse_quantity,
    to_qty_m,
)
from app.services.stock_queries import ItemRow
from app.ui.row_model import Index, RowTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ERROR_COLOUR = "#c62828"
EDIT_BACKGROUND = "#fffde7"


class UnitInfo(NamedTuple):
    """What quantity parsing needs about a unit (name, whether fractions are allowed)."""

    name: str
    allows_fraction: bool


def check_quantity(text: str, unit: UnitInfo, *, allow_zero: bool = False) -> str:
    """The message for a bad quantity, or "" when it is good."""
    try:
        parse_quantity(text, unit, allow_zero=allow_zero)
    except ValidationError as exc:
        return exc.message
    return ""


def quantity_m(text: str, unit: UnitInfo, *, allow_zero: bool = False) -> int | None:
    """A typed quantity in thousandths, or None when it is not a good quantity."""
    try:
        return to_qty_m(parse_quantity(text, unit, allow_zero=allow_zero))
    except ValidationError:
        return None


def price_fen(text: str) -> int | None:
    """A typed unit price in fen, or None when it is not a good price."""
    try:
        return parse_price(text)
    except ValidationError:
        return None


@dataclass
class EditLine:
    """One typed line: the item picked and the texts typed for it."""

    item: ItemRow
    quantity: str
    price: str = ""

    @property
    def id(self) -> int:
        """The item's id (one line per item)."""
        return self.item.id

    @property
    def unit(self) -> UnitInfo:
        """The item's unit."""
        return UnitInfo(self.item.unit, self.item.allows_fraction)


LINE_COLUMNS = [
    ("code", QT_TRANSLATE_NOOP("EditLinesModel", "编码")),
    ("name", QT_TRANSLATE_NOOP("EditLinesModel", "物资名称")),
    ("spec", QT_TRANSLATE_NOOP("EditLinesModel", "规格型号")),
    ("unit", QT_TRANSLATE_NOOP("EditLinesModel", "单位")),
    ("on_hand", QT_TRANSLATE_NOOP("EditLinesModel", "库存")),
    ("quantity", QT_TRANSLATE_NOOP("EditLinesModel", "数量")),
    ("price", QT_TRANSLATE_NOOP("EditLinesModel", "单价")),
    ("amount", QT_TRANSLATE_NOOP("EditLinesModel", "金额")),
]


class EditLinesModel(RowTableModel):
    """The lines of a document being typed; quantity (and price) cells can be corrected in place."""

    lines_changed = Signal()

    def __init__(self, priced: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.priced = priced
        self._columns = LINE_COLUMNS if priced else LINE_COLUMNS[:6]
        self.keys = [key for key, _ in self._columns]

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("EditLinesModel", t) for _, t in self._columns]

    @property
    def lines(self) -> list[EditLine]:
        """The lines in order."""
        return list(self._rows)

    def append(self, line: EditLine) -> int:
        """Add a line at the end; return its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def set_lines(self, lines: list[EditLine]) -> None:
        """Replace every line."""
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()
        self.lines_changed.emit()

    def remove_rows(self, rows: list[int]) -> None:
        """Remove the given rows."""
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self.lines_changed.emit()

    def line_inputs(self) -> list[LineInput]:
        """The lines as service input."""
        return [
            LineInput(line.item.id, line.quantity, line.price if self.priced else None)
            for line in self._rows
        ]

    def amount_fen(self, line: EditLine) -> int | None:
        """Quantity × price of a line, when both are good."""
        qty = quantity_m(line.quantity, line.unit)
        price = price_fen(line.price)
        return None if qty is None or price is None else line_amount_fen(qty, price)

    def total_fen(self) -> int:
        """The sum of the good lines' amounts."""
        return sum(self.amount_fen(line) or 0 for line in self._rows)

    def column_of(self, key: str) -> int:
        """The column showing ``key`` (quantity, price …)."""
        return self.keys.index(key)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.keys[index.column()] in ("quantity", "price"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _problem(self, line: EditLine, key: str) -> str:
        if key == "quantity":
            return check_quantity(line.quantity, line.unit)
        if key == "price":
            try:
                parse_price(line.price)
            except ValidationError as exc:
                return exc.message
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line: EditLine | None = self.valid_row(index)
        if line is None:
            return None
        key = self.keys[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "on_hand":
                return format_qty(line.item.on_hand_m)
            if key == "price" and role == Qt.ItemDataRole.DisplayRole:
                # Shown as money (12.80) like the amount beside it; the editor keeps the typing.
                fen = price_fen(line.price)
                return line.price if fen is None else format_fen(fen)
            if key in ("quantity", "price"):
                return getattr(line, key)
            if key == "amount":
                amount = self.amount_fen(line)
                return "" if amount is None else format_fen(amount)
            return getattr(line.item, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("quantity", "price"):
            return self._problem(line, key) or None
        if role == Qt.ItemDataRole.ForegroundRole and key in ("quantity", "price"):
            return QBrush(QColor(ERROR_COLOUR)) if self._problem(line, key) else None
        if role == Qt.ItemDataRole.BackgroundRole and key in ("quantity", "price"):
            return QBrush(QColor(EDIT_BACKGROUND))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
            "on_hand",
            "quantity",
            "price",
            "amount",
        ):
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line: EditLine | None = self.valid_row(index)
        key = self.keys[index.column()] if index.isValid() else ""
        if line is None or role != Qt.ItemDataRole.EditRole or key not in ("quantity", "price"):
            return False
        setattr(line, key, str(value).strip())
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.lines_changed.emit()
        return True
