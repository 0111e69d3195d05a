"""A small table of register rows for the handover picker (available and chosen assets)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from app.services.register_query import AssetRow
from app.ui.row_model import Index, RowTableModel
from app.ui.stored_values import shown

COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("AssetPickModel", "资产编号")),
    ("name", QT_TRANSLATE_NOOP("AssetPickModel", "名称")),
    ("spec", QT_TRANSLATE_NOOP("AssetPickModel", "规格")),
    ("custodian", QT_TRANSLATE_NOOP("AssetPickModel", "保管人")),
    ("location", QT_TRANSLATE_NOOP("AssetPickModel", "地点")),
]


class AssetPickModel(RowTableModel):
    """Holds plain AssetRow tuples; the dialog moves them between two of these."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("AssetPickModel", title) for _, title in COLUMNS]

    @property
    def rows(self) -> list[AssetRow]:
        """The rows shown, in order (a copy)."""
        return list(self._rows)

    def ids(self) -> list[int]:
        """The asset ids shown, in order."""
        return [row.id for row in self._rows]

    def total_value(self) -> Decimal:
        """The sum of the original values shown."""
        return sum((row.original_value for row in self._rows), Decimal("0.00"))

    def set_rows(self, rows: list[AssetRow]) -> None:
        """Show exactly ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[AssetRow]) -> None:
        """Add rows at the end, skipping assets already shown."""
        present = set(self.ids())
        new = [row for row in rows if row.id not in present]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def take_rows(self, row_numbers: list[int]) -> list[AssetRow]:
        """Remove the given rows and return them in table order."""
        taken: list[AssetRow] = []
        for number in sorted(set(row_numbers), reverse=True):
            if 0 <= number < len(self._rows):
                self.beginRemoveRows(QModelIndex(), number, number)
                taken.append(self._rows.pop(number))
                self.endRemoveRows()
        taken.reverse()
        return taken

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(row, COLUMNS[index.column()][0])
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
                return f"{row.number} {row.name}（{shown(row.status)}）"
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
