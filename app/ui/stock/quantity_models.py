"""Given lines with one quantity column to fill in: 实发数量 (issue) and 退回数量 (return)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.services.stock_doc_queries import DocLineView
from app.services.stock_docs import LineInput
from app.services.stock_quantity import format_qty
from app.services.stock_returns import Returnable
from app.ui.row_model import Index, RowTableModel
from app.ui.stock.lines_model import (
    EDIT_BACKGROUND,
    ERROR_COLOUR,
    UnitInfo,
    check_quantity,
    quantity_m,
)

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class QuantityColumnModel(RowTableModel):
    """Given lines with one quantity column to fill in (实发数量, 退回数量); zero is allowed.

    Subclasses name the columns and turn their rows into fixed cells, a unit and a limit.
    """

    quantities_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self._cells: list[tuple[str, ...]] = []
        self._units: list[UnitInfo] = []
        self._limits: list[int] = []

    def entry_column(self) -> int:
        """The editable column (the last one)."""
        return len(self.headers()) - 1

    def _fill(
        self,
        rows: list[Any],
        cells: list[tuple[str, ...]],
        units: list[UnitInfo],
        limits: list[int],
        texts: list[str],
    ) -> None:
        self.beginResetModel()
        self._rows, self._cells, self._units = list(rows), cells, units
        self._limits, self._texts = limits, texts
        self.endResetModel()
        self.quantities_changed.emit()

    def text(self, number: int) -> str:
        """What is typed in a row's quantity cell."""
        return self._texts[number]

    def limit_message(self, number: int) -> str:
        """The message for a quantity above the row's limit."""
        return QCoreApplication.translate("QuantityColumnModel", "最多可填 {n}").format(
            n=format_qty(self._limits[number])
        )

    def problem(self, number: int) -> str:
        """Why a row's quantity is not acceptable, or ""."""
        text = self._texts[number] or "0"
        message = check_quantity(text, self._units[number], allow_zero=True)
        if message:
            return message
        if self.quantity_m(number) > self._limits[number]:
            return self.limit_message(number)
        return ""

    def first_problem(self) -> tuple[int, str] | None:
        """The first row whose quantity is not acceptable, with the reason."""
        for number in range(len(self._rows)):
            message = self.problem(number)
            if message:
                return number, message
        return None

    def quantity_m(self, number: int) -> int:
        """A row's quantity in thousandths (0 when empty or not a number)."""
        value = quantity_m(self._texts[number] or "0", self._units[number], allow_zero=True)
        return value or 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.entry_column():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.valid_row(index) is None:
            return None
        number, column = index.row(), index.column()
        entry = column == self.entry_column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[number] if entry else self._cells[number][column]
        if entry and role == Qt.ItemDataRole.ToolTipRole:
            return self.problem(number) or None
        if entry and role == Qt.ItemDataRole.ForegroundRole and self.problem(number):
            return QBrush(QColor(ERROR_COLOUR))
        if entry and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(EDIT_BACKGROUND))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.entry_column():
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        self._texts[index.row()] = str(value).strip()
        self.dataChanged.emit(index, index)
        self.quantities_changed.emit()
        return True


ISSUE_COLUMNS = [
    QT_TRANSLATE_NOOP("IssueLinesModel", "编码"),
    QT_TRANSLATE_NOOP("IssueLinesModel", "物资名称"),
    QT_TRANSLATE_NOOP("IssueLinesModel", "规格型号"),
    QT_TRANSLATE_NOOP("IssueLinesModel", "单位"),
    QT_TRANSLATE_NOOP("IssueLinesModel", "申请数量"),
    QT_TRANSLATE_NOOP("IssueLinesModel", "现有库存"),
    QT_TRANSLATE_NOOP("IssueLinesModel", "实发数量"),
]


class IssueLinesModel(QuantityColumnModel):
    """A requisition's lines with what to issue; lines short of stock are marked red."""

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("IssueLinesModel", t) for t in ISSUE_COLUMNS]

    def show(self, lines: list[DocLineView], proposed: dict[int, int]) -> None:
        """The lines with the proposed quantities (line id → qty_m)."""
        self._fill(
            lines,
            [
                (
                    line.code,
                    line.name,
                    line.spec,
                    line.unit,
                    format_qty(line.qty_m),
                    format_qty(line.on_hand_m),
                )
                for line in lines
            ],
            [UnitInfo(line.unit, line.allows_fraction) for line in lines],
            [line.qty_m for line in lines],
            [format_qty(proposed.get(line.line_id, 0)) for line in lines],
        )

    def limit_message(self, number: int) -> str:
        """The message for more than was requested."""
        return QCoreApplication.translate("IssueLinesModel", "实发数量不能超过申请数量 {n}").format(
            n=format_qty(self._limits[number])
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line: DocLineView | None = self.valid_row(index)
        if (
            line is not None
            and role == Qt.ItemDataRole.ForegroundRole
            and index.column() in (1, 5)
            and line.on_hand_m < line.qty_m
        ):
            return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)

    def issued(self) -> dict[int, str]:
        """Line id → the quantity typed (empty counts as none)."""
        return {line.line_id: (self._texts[n] or "0") for n, line in enumerate(self._rows)}


RETURN_COLUMNS = [
    QT_TRANSLATE_NOOP("ReturnLinesModel", "编码"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "物资名称"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "规格型号"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "单位"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "发放数量"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "已退"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "可退"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "退回数量"),
]


class ReturnLinesModel(QuantityColumnModel):
    """An issued requisition's lines with what comes back (empty: nothing)."""

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("ReturnLinesModel", t) for t in RETURN_COLUMNS]

    def show(self, entries: list[Returnable]) -> None:
        """The returnable lines of a requisition, nothing typed yet."""
        self._fill(
            entries,
            [
                (
                    e.code,
                    e.name,
                    e.spec,
                    e.unit,
                    format_qty(e.issued_m),
                    format_qty(e.returned_m),
                    format_qty(e.returnable_m),
                )
                for e in entries
            ],
            [UnitInfo(e.unit, e.allows_fraction) for e in entries],
            [e.returnable_m for e in entries],
            ["" for _ in entries],
        )

    def line_inputs(self) -> list[tuple[int, LineInput]]:
        """(table row, service input) for every row with a quantity above zero."""
        return [
            (n, LineInput(entry.item_id, self._texts[n]))
            for n, entry in enumerate(self._rows)
            if self.quantity_m(n) > 0
        ]

    def total_m(self) -> int:
        """How much is typed in all (for the summary line)."""
        return sum(self.quantity_m(n) for n in range(len(self._rows)))
