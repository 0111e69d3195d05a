"""The base of Houqin's table models: a list of plain rows with an id, and named columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Holds plain rows (tuples with an ``id``); subclasses name the columns and give ``data``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        """The column titles, already translated."""
        return []

    def row_at(self, row: int) -> Any:
        """The plain row behind a table row."""
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        """The table row showing a record, if it is among the rows held."""
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return number
        return None

    def valid_row(self, index: Index) -> Any | None:
        """The plain row an index points at, or None for an invalid index."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None
