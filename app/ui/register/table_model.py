"""The register table model: fetches pages of rows from SQL, sorts and filters in SQL."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.money import format_yuan
from app.services.register_query import (
    AssetFilter,
    RegisterTotals,
    fetch_rows,
    narrowed,
    register_totals,
)
from app.ui.row_model import Index, RowTableModel

PAGE_SIZE = 200

# (row attribute = sort key, header text in Chinese source form)
COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("AssetTableModel", "资产编号")),
    ("name", QT_TRANSLATE_NOOP("AssetTableModel", "资产名称")),
    ("category", QT_TRANSLATE_NOOP("AssetTableModel", "资产分类")),
    ("spec", QT_TRANSLATE_NOOP("AssetTableModel", "规格型号")),
    ("unit", QT_TRANSLATE_NOOP("AssetTableModel", "单位")),
    ("original_value", QT_TRANSLATE_NOOP("AssetTableModel", "原值（元）")),
    # As of the tab's 折旧截至 date, carried in the filter.
    ("accumulated", QT_TRANSLATE_NOOP("AssetTableModel", "累计折旧（元）")),
    ("net_value", QT_TRANSLATE_NOOP("AssetTableModel", "净值（元）")),
    ("purchase_date", QT_TRANSLATE_NOOP("AssetTableModel", "购置日期")),
    ("status", QT_TRANSLATE_NOOP("AssetTableModel", "状态")),
    ("location", QT_TRANSLATE_NOOP("AssetTableModel", "存放地点")),
    ("custodian", QT_TRANSLATE_NOOP("AssetTableModel", "保管人")),
    ("department", QT_TRANSLATE_NOOP("AssetTableModel", "使用部门")),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]
MONEY_KEYS = frozenset({"original_value", "accumulated", "net_value"})
_STATUS_COLOURS = {"维修中": "#b26a00", "待报废": "#c62828", "已报废": "#888888", "丢失": "#888888"}


class AssetTableModel(RowTableModel):
    """Holds plain AssetRow tuples for the rows fetched so far; more arrive on scroll."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = AssetFilter()
        # What the queries use: the same assets, as ids when a search finds few of them.
        self._query = self._filter
        self._sort_key = "number"
        self._descending = False
        zero = Decimal("0.00")
        self._totals = RegisterTotals(0, zero, zero, zero)

    # --- what the tab reads -------------------------------------------------------------
    @property
    def filter(self) -> AssetFilter:
        """The filter in force."""
        return self._filter

    @property
    def totals(self) -> RegisterTotals:
        """Count, original value, accumulated depreciation and net value of all matching assets."""
        return self._totals

    @property
    def total_count(self) -> int:
        """How many assets match the filter (not only those fetched)."""
        return self._totals.count

    @property
    def total_value(self) -> Decimal:
        """The total original value of the matching assets."""
        return self._totals.original_value

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
        return [QCoreApplication.translate("AssetTableModel", title) for _, title in COLUMNS]

    # --- what changes the contents ------------------------------------------------------
    def set_filter(self, flt: AssetFilter) -> None:
        """Show the assets matching ``flt`` from the first page."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-read counts and the first page (after a change in the data)."""
        self.beginResetModel()
        self._query = narrowed(self._filter)
        self._totals = register_totals(self._query)
        self._rows = self._fetch(0)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL and start again from the first page."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_key = COLUMN_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._rows = self._fetch(0)
        self.endResetModel()

    # --- Qt model interface -------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._totals.count

    def fetchMore(self, parent: Index) -> None:
        # Views call this only when canFetchMore says so; other callers (a model tester) may not.
        if not self.canFetchMore(parent):
            return
        more = self._fetch(len(self._rows))
        if not more:
            # The data shrank under us (another action); stop asking for more.
            self._totals = replace(self._totals, count=len(self._rows))
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def _fetch(self, offset: int) -> list[Any]:
        return fetch_rows(self._query, self._sort_key, self._descending, offset, PAGE_SIZE)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(row, key)
            if key in MONEY_KEYS:
                return format_yuan(value)
            if key == "purchase_date":
                return value.isoformat() if value else ""
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in MONEY_KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            colour = _STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
