"""The documents list model (paged from SQL) and the read-only lines of one document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.models.stock import (
    DOC_REQUISITION,
    STATE_APPROVED,
    STATE_CANCELLED,
    STATE_DRAFT,
    STATE_REJECTED,
    STATE_SUBMITTED,
)
from app.money import format_fen
from app.services.stock_doc_queries import DocFilter, DocLineView, DocRow, count_docs, fetch_docs
from app.services.stock_quantity import format_qty
from app.ui.row_model import Index, RowTableModel

PAGE_SIZE = 200
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Requisitions waiting for someone stand out; closed ones fade.
_STATE_COLOURS = {
    STATE_DRAFT: "#555555",
    STATE_SUBMITTED: "#b26a00",
    STATE_APPROVED: "#1565c0",
    STATE_REJECTED: "#c62828",
    STATE_CANCELLED: "#888888",
}

DOC_COLUMNS: list[str] = [
    QT_TRANSLATE_NOOP("DocTableModel", "单据编号"),
    QT_TRANSLATE_NOOP("DocTableModel", "类型"),
    QT_TRANSLATE_NOOP("DocTableModel", "日期"),
    QT_TRANSLATE_NOOP("DocTableModel", "状态"),
    QT_TRANSLATE_NOOP("DocTableModel", "部门"),
    QT_TRANSLATE_NOOP("DocTableModel", "领用人/供应商"),
    QT_TRANSLATE_NOOP("DocTableModel", "用途/原因"),
    QT_TRANSLATE_NOOP("DocTableModel", "行数"),
    QT_TRANSLATE_NOOP("DocTableModel", "金额（元）"),
]


class DocTableModel(RowTableModel):
    """Holds plain DocRow tuples for the rows fetched so far, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = DocFilter()
        self._total_count = 0

    @property
    def filter(self) -> DocFilter:
        """The filter in force."""
        return self._filter

    @property
    def total_count(self) -> int:
        """How many documents match."""
        return self._total_count

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("DocTableModel", title) for title in DOC_COLUMNS]

    def set_filter(self, flt: DocFilter) -> None:
        """Show the documents matching ``flt`` from the first page."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-read the count and the first page."""
        self.beginResetModel()
        self._total_count = count_docs(self._filter)
        self._rows = fetch_docs(self._filter, 0, PAGE_SIZE)
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total_count

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = fetch_docs(self._filter, len(self._rows), PAGE_SIZE)
        if not more:
            self._total_count = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: DocRow | None = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            amount = "" if row.amount_fen is None else format_fen(row.amount_fen)
            return (
                row.number,
                row.doc_type,
                row.date.isoformat(),
                row.state,
                row.department,
                row.party,
                row.purpose,
                row.line_count,
                amount,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (7, 8):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            colour = _STATE_COLOURS.get(row.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


LINE_COLUMNS: list[str] = [
    QT_TRANSLATE_NOOP("DocLinesModel", "物资编码"),
    QT_TRANSLATE_NOOP("DocLinesModel", "物资名称"),
    QT_TRANSLATE_NOOP("DocLinesModel", "规格型号"),
    QT_TRANSLATE_NOOP("DocLinesModel", "单位"),
    QT_TRANSLATE_NOOP("DocLinesModel", "数量"),
    QT_TRANSLATE_NOOP("DocLinesModel", "实发"),
    QT_TRANSLATE_NOOP("DocLinesModel", "单价"),
    QT_TRANSLATE_NOOP("DocLinesModel", "金额"),
    QT_TRANSLATE_NOOP("DocLinesModel", "现有库存"),
]


class DocLinesModel(RowTableModel):
    """The lines of the selected document (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._doc_type = ""

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("DocLinesModel", title) for title in LINE_COLUMNS]

    def set_lines(self, doc_type: str, lines: list[DocLineView]) -> None:
        """Show one document's lines."""
        self.beginResetModel()
        self._doc_type = doc_type
        self._rows = list(lines)
        self.endResetModel()

    @property
    def doc_type(self) -> str:
        """The type of the document shown ("" for none)."""
        return self._doc_type

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line: DocLineView | None = self.valid_row(index)
        if line is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            issued = ""
            if self._doc_type == DOC_REQUISITION and line.issued_m is not None:
                issued = format_qty(line.issued_m)
            return (
                line.code,
                line.name,
                line.spec,
                line.unit,
                format_qty(line.qty_m),
                issued,
                "" if line.unit_price_fen is None else format_fen(line.unit_price_fen),
                "" if line.amount_fen is None else format_fen(line.amount_fen),
                format_qty(line.on_hand_m),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return _RIGHT
        return None
