"""The base of the big list models: rows matching a filter, sorted in SQL, fetched page by page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.ui.row_model import Index, RowTableModel

PAGE_SIZE = 200


class PagedTableModel(RowTableModel):
    """Holds the rows fetched so far for a filter; more arrive as the view scrolls.

    Subclasses name their columns (``COLUMNS``: sort key and Chinese title, translated in
    ``CONTEXT``), count the matching rows (``_count``), fetch one page (``_fetch``) and
    format the cells (``data``).
    """

    # What every subclass defines as methods: count the rows matching the filter (called
    # inside the model reset), and fetch one page from an offset in the current sort order.
    _count: Callable[[], int]
    _fetch: Callable[[int], list[Any]]

    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[Sequence[tuple[str, str]]] = ()
    # False: the rows keep the order the query gives them (the view's header does not sort).
    SORTABLE: ClassVar[bool] = True

    def __init__(self, flt: Any, sort_key: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = flt
        self._sort_key = sort_key
        self._descending = False
        self._total_count = 0

    # --- what the panels read -----------------------------------------------------------
    @property
    def filter(self) -> Any:
        """The filter in force."""
        return self._filter

    @property
    def total_count(self) -> int:
        """How many rows match the filter (not only those fetched)."""
        return self._total_count

    @property
    def sort_key(self) -> str:
        """The column key the rows are sorted by."""
        return self._sort_key

    @property
    def descending(self) -> bool:
        """Whether the sort is descending."""
        return self._descending

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate(self.CONTEXT, title) for _, title in self.COLUMNS]

    # --- what changes the contents ------------------------------------------------------
    def set_filter(self, flt: Any) -> None:
        """Show the rows matching ``flt`` from the first page."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-read the count and the first page (after a change in the data)."""
        self.beginResetModel()
        self._total_count = self._count()
        self._rows = self._fetch(0)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL and start again from the first page."""
        if not self.SORTABLE or not 0 <= column < len(self.COLUMNS):
            return
        self._sort_key = self.COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._rows = self._fetch(0)
        self.endResetModel()

    # --- Qt model interface -------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total_count

    def fetchMore(self, parent: Index) -> None:
        # Views call this only when canFetchMore says so; other callers (a model tester) may not.
        if not self.canFetchMore(parent):
            return
        more = self._fetch(len(self._rows))
        if not more:
            # The data shrank under us (another action); stop asking for more.
            self._total_count = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
