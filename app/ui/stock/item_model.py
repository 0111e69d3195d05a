"""The stock list model (paged, sorted and filtered in SQL) and an item's ledger (keyset paged)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.money import format_fen
from app.services.stock_quantity import format_qty, format_unit_cost
from app.services.stock_queries import (
    ItemRow,
    LedgerRow,
    StockFilter,
    count_and_value,
    fetch_items,
    ledger_page,
)
from app.ui.paged_model import PAGE_SIZE, PagedTableModel
from app.ui.row_model import Index, RowTableModel
from app.ui.stored_values import shown

LOW_BACKGROUND = "#fde7e7"
LOW_FOREGROUND = "#b71c1c"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

ITEM_COLUMNS: list[tuple[str, str]] = [
    ("code", QT_TRANSLATE_NOOP("ItemTableModel", "物资编码")),
    ("name", QT_TRANSLATE_NOOP("ItemTableModel", "物资名称")),
    ("spec", QT_TRANSLATE_NOOP("ItemTableModel", "规格型号")),
    ("unit", QT_TRANSLATE_NOOP("ItemTableModel", "单位")),
    ("category", QT_TRANSLATE_NOOP("ItemTableModel", "分类")),
    ("on_hand", QT_TRANSLATE_NOOP("ItemTableModel", "库存数量")),
    ("value", QT_TRANSLATE_NOOP("ItemTableModel", "库存金额（元）")),
    ("reorder", QT_TRANSLATE_NOOP("ItemTableModel", "最低库存")),
    ("shelf", QT_TRANSLATE_NOOP("ItemTableModel", "货架")),
]
ITEM_KEYS = [key for key, _ in ITEM_COLUMNS]
_NUMERIC = {"on_hand", "value", "reorder"}


class ItemTableModel(PagedTableModel):
    """Holds plain ItemRow tuples for the rows fetched so far; more arrive on scroll."""

    CONTEXT = "ItemTableModel"
    COLUMNS = ITEM_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(StockFilter(), "code", parent)
        self._total_value_fen = 0

    @property
    def total_value_fen(self) -> int:
        """The value of the matching items' stock."""
        return self._total_value_fen

    def _count(self) -> int:
        count, self._total_value_fen = count_and_value(self._filter)
        return count

    def _fetch(self, offset: int) -> list[Any]:
        return fetch_items(self._filter, self._sort_key, self._descending, offset, PAGE_SIZE)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: ItemRow | None = self.valid_row(index)
        if row is None:
            return None
        key = ITEM_KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "on_hand":
                return format_qty(row.on_hand_m)
            if key == "value":
                return format_fen(row.value_fen)
            if key == "reorder":
                return format_qty(row.reorder_m) if row.reorder_m else ""
            if key == "name" and not row.active:
                return QCoreApplication.translate("ItemTableModel", "{name}（已停用）").format(
                    name=row.name
                )
            return getattr(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and row.low:
            return QBrush(QColor(LOW_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.low and key in ("on_hand", "name"):
                return QBrush(QColor(LOW_FOREGROUND))
            if not row.active:
                return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


LEDGER_COLUMNS: list[str] = [
    QT_TRANSLATE_NOOP("LedgerModel", "日期"),
    QT_TRANSLATE_NOOP("LedgerModel", "单据"),
    QT_TRANSLATE_NOOP("LedgerModel", "摘要"),
    QT_TRANSLATE_NOOP("LedgerModel", "收入"),
    QT_TRANSLATE_NOOP("LedgerModel", "发出"),
    QT_TRANSLATE_NOOP("LedgerModel", "结存"),
    QT_TRANSLATE_NOOP("LedgerModel", "单价"),
    QT_TRANSLATE_NOOP("LedgerModel", "结存金额"),
]


class LedgerModel(RowTableModel):
    """An item's moves (台账), newest first; older pages are fetched as the view scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._item_id: int | None = None
        self._exhausted = True

    @property
    def item_id(self) -> int | None:
        """The item shown, if any."""
        return self._item_id

    def headers(self) -> list[str]:
        """The column titles in the current language."""
        return [QCoreApplication.translate("LedgerModel", title) for title in LEDGER_COLUMNS]

    def show_item(self, item_id: int | None) -> None:
        """Show the newest moves of an item (None: nothing)."""
        self.beginResetModel()
        self._item_id = item_id
        self._rows = [] if item_id is None else ledger_page(item_id, limit=PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._item_id is None:
            return
        more = ledger_page(self._item_id, before_id=self._rows[-1].id, limit=PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: LedgerRow | None = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                row.date.isoformat(),
                f"{shown(row.kind)} {row.doc_number}".strip(),
                row.summary,
                format_qty(row.in_m) if row.in_m else "",
                format_qty(row.out_m) if row.out_m else "",
                format_qty(row.balance_m),
                format_unit_cost(row.value_fen, row.qty_m),
                format_fen(row.balance_value_fen),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return _RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return row.doc_id
        return None
