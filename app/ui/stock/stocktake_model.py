"""The stocktake table: each item's book quantity, the typed count, and the difference it makes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.errors import HouqinError
from app.money import format_fen
from app.services.stock_quantity import format_qty, parse_quantity, to_qty_m
from app.services.stock_stocktake import CountInput, CountRow, Difference, difference_of

COUNTED = 5
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_GAIN = QBrush(QColor("#1b5e20"))
_LOSS = QBrush(QColor("#c62828"))
_BAD = QBrush(QColor("#ffcdd2"))
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Unit:
    """What quantity parsing needs to know about the row's unit."""

    name: str
    allows_fraction: bool


class StocktakeModel(QAbstractTableModel):
    """One row per item on the sheet; only 实盘数量 is editable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CountRow] = []
        self.counted: list[str] = []
        self.diffs: list[Difference | None] = []
        self.errors: list[str] = []
        self.headers = [
            self.tr("物资编码"),
            self.tr("物资名称"),
            self.tr("规格型号"),
            self.tr("单位"),
            self.tr("账面数量"),
            self.tr("实盘数量"),
            self.tr("差异"),
            self.tr("金额（元）"),
        ]

    def load(self, rows: list[CountRow]) -> None:
        """Show a freshly loaded sheet with nothing counted yet."""
        self.beginResetModel()
        self.rows = rows
        self.counted = [""] * len(rows)
        self.diffs = [None] * len(rows)
        self.errors = [""] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Items on the sheet."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of the sheet."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles; rows are numbered."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only the count is typed."""
        base = super().flags(index)
        if index.column() == COUNTED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, alignment, colour and the error as a tooltip."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item, diff = self.rows[row], self.diffs[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, item, diff)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return _ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column >= 6 and diff is not None:
            return _GAIN if diff.qty_m > 0 else _LOSS
        if role == Qt.ItemDataRole.BackgroundRole and column == COUNTED and self.errors[row]:
            return _BAD
        if role == Qt.ItemDataRole.ToolTipRole and self.errors[row]:
            return self.errors[row]
        return None

    def _text(self, row: int, column: int, item: CountRow, diff: Difference | None) -> str:
        if column == 6:
            if diff is None:
                return "0" if self.counted[row] and not self.errors[row] else ""
            return ("+" if diff.qty_m > 0 else "") + format_qty(diff.qty_m)
        if column == 7:
            return format_fen(diff.value_fen) if diff is not None else ""
        values = (item.code, item.name, item.spec, item.unit, format_qty(item.book_m))
        return values[column] if column < len(values) else self.counted[row]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Take a typed count; a bad one is kept, marked, and explained in the tooltip."""
        if role != Qt.ItemDataRole.EditRole or index.column() != COUNTED:
            return False
        row = index.row()
        self.counted[row] = str(value).strip()
        self.diffs[row], self.errors[row] = self._difference(row)
        self.dataChanged.emit(self.index(row, COUNTED), self.index(row, len(self.headers) - 1))
        return True

    def _difference(self, row: int) -> tuple[Difference | None, str]:
        text, item = self.counted[row], self.rows[row]
        if not text:
            return None, ""
        try:
            qty = parse_quantity(
                text, _Unit(item.unit, item.allows_fraction), allow_zero=True, label="实盘数量"
            )
        except HouqinError as exc:
            return None, exc.message
        return difference_of(item.item_id, item.book_m, item.book_fen, to_qty_m(qty)), ""

    def count_inputs(self) -> list[CountInput]:
        """Every row as service input (blank counts are skipped by the service)."""
        return [
            CountInput(item.item_id, counted, item.book_m)
            for item, counted in zip(self.rows, self.counted, strict=True)
        ]

    def summary(self) -> tuple[int, int, int, int, int]:
        """(counted, gains, gain fen, losses, loss fen) over the rows typed so far."""
        counted = sum(1 for text in self.counted if text)
        gains = [d.value_fen for d in self.diffs if d is not None and d.qty_m > 0]
        losses = [d.value_fen for d in self.diffs if d is not None and d.qty_m < 0]
        return counted, len(gains), sum(gains), len(losses), -sum(losses)
