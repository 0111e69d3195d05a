"""The documents list model (paged from SQL) and the read-only lines of one document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from app.ui.paged_model import PAGE_SIZE, PagedTableModel
from app.ui.row_model import Index, RowTableModel
from app.ui.stored_values import shown, shown_doc_type

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Requisitions waiting for someone stand out; closed ones fade.
_STATE_COLOURS = {
    STATE_DRAFT: "#555555",
    STATE_SUBMITTED: "#b26a00",
    STATE_APPROVED: "#1565c0",
    STATE_REJECTED: "#c62828",
    STATE_CANCELLED: "#888888",
}

DOC_COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("DocTableModel", "单据编号")),
    ("doc_type", QT_TRANSLATE_NOOP("DocTableModel", "类型")),
    ("date", QT_TRANSLATE_NOOP("DocTableModel", "日期")),
    ("state", QT_TRANSLATE_NOOP("DocTableModel", "状态")),
    ("department", QT_TRANSLATE_NOOP("DocTableModel", "部门")),
    ("party", QT_TRANSLATE_NOOP("DocTableModel", "领用人/供应商")),
    ("purpose", QT_TRANSLATE_NOOP("DocTableModel", "用途/原因")),
    ("line_count", QT_TRANSLATE_NOOP("DocTableModel", "行数")),
    ("amount", QT_TRANSLATE_NOOP("DocTableModel", "金额（元）")),
]


class DocTableModel(PagedTableModel):
    """Holds plain DocRow tuples for the rows fetched so far, newest first."""

    CONTEXT = "DocTableModel"
    COLUMNS = DOC_COLUMNS
    SORTABLE = False  # always newest first: the order people look for documents in

    def __init__(self, parent: Any = None) -> None:
        super().__init__(DocFilter(), parent=parent)

    def _count(self) -> int:
        return count_docs(self._filter)

    def _fetch(self, offset: int) -> list[Any]:
        return fetch_docs(self._filter, offset, PAGE_SIZE)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: DocRow | None = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            amount = "" if row.amount_fen is None else format_fen(row.amount_fen)
            return (
                row.number,
                shown_doc_type(row.doc_type),
                row.date.isoformat(),
                shown(row.state),
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
