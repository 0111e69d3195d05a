"""The register table model: fetches pages of rows from SQL, sorts and filters in SQL."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from app.money import format_yuan
from app.services.register_query import (
    AssetFilter,
    RegisterTotals,
    fetch_rows,
    narrowed,
    register_totals,
)
from app.ui.paged_model import PAGE_SIZE, PagedTableModel
from app.ui.row_model import Index
from app.ui.stored_values import shown

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


class AssetTableModel(PagedTableModel):
    """Holds plain AssetRow tuples for the rows fetched so far; more arrive on scroll."""

    CONTEXT = "AssetTableModel"
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(AssetFilter(), "number", parent)
        # What the queries use: the same assets, as ids when a search finds few of them.
        self._query = self._filter
        zero = Decimal("0.00")
        self._totals = RegisterTotals(0, zero, zero, zero)

    @property
    def totals(self) -> RegisterTotals:
        """Count, original value, accumulated depreciation and net value of all matching assets."""
        if self._totals.count != self._total_count:
            # The data shrank while scrolling: the count follows what could be fetched.
            return replace(self._totals, count=self._total_count)
        return self._totals

    @property
    def total_value(self) -> Decimal:
        """The total original value of the matching assets."""
        return self._totals.original_value

    def _count(self) -> int:
        self._query = narrowed(self._filter)
        self._totals = register_totals(self._query)
        return self._totals.count

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
            if key == "status":
                return shown(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in MONEY_KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            colour = _STATUS_COLOURS.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
