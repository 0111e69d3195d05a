"""The stock list page: search and filters, the lazily fetched item table, the item's ledger."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.stock import MOVE_KINDS
from app.money import format_fen
from app.services import stock_items
from app.services.stock_quantity import format_qty, format_unit_cost
from app.services.stock_queries import ItemRow, StockFilter, items_by_ids
from app.ui.stock.item_model import LOW_FOREGROUND, ItemTableModel, LedgerModel
from app.ui.stored_values import fitting_width, shown
from app.ui.table_selection import debounced_search, first_selected_id, select_row_of_id

SUMMARY_COLUMN = 2
# A department and a person ("校长办公室 张晓燕") fit; a long purpose scrolls, whole in the tooltip.
SUMMARY_MAX_WIDTH = 240


class LedgerPane(QWidget):
    """The selected item's figures and its ledger (台账), newest move first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledger_pane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("ledger_title")
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("ledger_figures")
        self.figures_label.setWordWrap(True)
        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setObjectName("ledger_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 128, 90, 52, 52, 60, 56, 80)):
            header.resizeSection(column, width)
        # Date and document just as wide as they need: what is left goes to 摘要.
        header.resizeSection(0, fitting_width(self.table, ["2026-12-31"], 72, extra=12))
        # 单据 is the move kind and the document number (RK-2025-0001).
        documents = (f"{shown(kind)} RK-0000-0000" for kind in MOVE_KINDS)
        header.resizeSection(1, fitting_width(self.table, documents, 104, extra=8))
        # 摘要 takes the spare width (see _fit_summary); the figures keep theirs.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_summary)
        self.model.rowsInserted.connect(self._fit_summary)
        layout.addWidget(self.title_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.table, 1)
        self.show_item(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_summary()

    def summary_width(self) -> int:
        """The width 摘要 needs to show the summaries of the moves fetched so far (capped)."""
        metrics = self.table.fontMetrics()
        rows = (self.model.row_at(number) for number in range(self.model.rowCount()))
        title = self.table.horizontalHeader().sectionSizeFromContents(SUMMARY_COLUMN).width()
        widest = max([title, *(metrics.horizontalAdvance(row.summary) + 12 for row in rows)])
        return min(widest, SUMMARY_MAX_WIDTH)

    def _fit_summary(self) -> None:
        """Stretch 摘要 into the spare width, or scroll sideways rather than cut it short.

        A stretched column shrinks to nothing in a narrow pane ("校长…"); a storekeeper reads
        who took the goods there, so it keeps the width of its summaries instead.
        """
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != SUMMARY_COLUMN
        )
        needed = self.summary_width()
        if self.table.viewport().width() - others >= needed:
            header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(SUMMARY_COLUMN, needed)

    def show_item(self, row: ItemRow | None) -> None:
        """Show one item (None: the hint for an empty selection)."""
        self.model.show_item(row.id if row else None)
        if row is None:
            self.title_label.setText(self.tr("物资台账"))
            self.figures_label.setText(
                self.tr("在左侧选择一个物资，这里显示它的收发结存明细（最新的在上）。")
            )
            return
        self.title_label.setText("  ".join(part for part in (row.code, row.name, row.spec) if part))
        text = self.tr(
            "库存 {qty} {unit}　金额 ¥{value}　平均单价 {cost}　最低库存 {level}　货架 {shelf}"
        ).format(
            qty=format_qty(row.on_hand_m),
            unit=row.unit,
            value=format_fen(row.value_fen),
            cost=format_unit_cost(row.value_fen, row.on_hand_m),
            level=format_qty(row.reorder_m) if row.reorder_m else "—",
            shelf=row.shelf or "—",
        )
        if row.low:
            text += self.tr("　低于最低库存，请补货")
        self.figures_label.setText(text)
        self.figures_label.setStyleSheet(f"color: {LOW_FOREGROUND};" if row.low else "")


class StockPanel(QWidget):
    """Browse the items: search (code, name, spec), category, low stock; the ledger beside."""

    selection_changed = Signal()
    activated = Signal(int)  # an item id: Enter or double-click asks to edit it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stock_panel")
        self.model = ItemTableModel(self)
        self._build()
        self._search_timer = debounced_search(self, self.search_edit, self.apply_filter)
        self.category_combo.currentIndexChanged.connect(self.apply_filter)
        self.low_check.toggled.connect(self.apply_filter)
        self.inactive_check.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        # Enter or double-click (as the platform activates items): edit the item.
        self.table.activated.connect(self._activate)

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("stock_search_edit")
        self.search_edit.setPlaceholderText(self.tr("搜索物资编码、名称、规格（Ctrl+F）"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("stock_category_combo")
        self.low_check = QCheckBox(self.tr("只看低于最低库存"))
        self.low_check.setObjectName("low_check")
        self.inactive_check = QCheckBox(self.tr("含已停用"))
        self.inactive_check.setObjectName("inactive_check")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("stock_totals_label")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(QLabel(self.tr("分类")))
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.low_check)
        filters.addWidget(self.inactive_check)
        filters.addStretch(1)
        filters.addWidget(self.totals_label)

        self.table = QTableView()
        self.table.setObjectName("item_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Names and specs are short (中性笔, 0.5mm 黑色); 最低库存 stays in view beside the ledger.
        for column, width in enumerate((76, 100, 108, 40, 64, 64, 84, 64, 56)):
            self.table.setColumnWidth(column, width)
        self.ledger = LedgerPane()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.ledger)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The ledger needs about 640 px to show 摘要 and the figures whole without scrolling.
        splitter.setSizes([650, 650])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the categories and the table, keeping the selected item if possible."""
        keep = self.selected_id()
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("全部分类"), None)
        for category_id, name in stock_items.category_choices():
            self.category_combo.addItem(name, category_id)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self.category_combo.blockSignals(False)
        self.model.set_filter(self.current_filter())
        self._update_totals()
        if keep is not None:
            self.select_item(keep)

    def current_filter(self) -> StockFilter:
        """The filter the search box and the filters describe."""
        return StockFilter(
            text=self.search_edit.text().strip(),
            category_id=self.category_combo.currentData(),
            below_reorder=self.low_check.isChecked(),
            include_inactive=self.inactive_check.isChecked(),
        )

    def apply_filter(self) -> None:
        """Run the search now (also called by the debounce timer)."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)
            self._update_totals()

    def _update_totals(self) -> None:
        self.totals_label.setText(
            self.tr("共 {count} 种，库存金额 ¥{total}").format(
                count=self.model.total_count, total=format_fen(self.model.total_value_fen)
            )
        )

    # --- selection ----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The id of the selected item, if any."""
        return first_selected_id(self.table, self.model)

    def selected_row(self) -> ItemRow | None:
        """The selected item as a stock-list row, freshly read."""
        item_id = self.selected_id()
        if item_id is None:
            return None
        rows = items_by_ids([item_id])
        return rows[0] if rows else None

    def select_item(self, item_id: int) -> bool:
        """Select and show an item if it is among the fetched rows."""
        return select_row_of_id(self.table, self.model, item_id)

    def _selection_changed(self) -> None:
        item_id = self.selected_id()
        row = None
        if item_id is not None:
            number = self.model.row_of_id(item_id)
            row = self.model.row_at(number) if number is not None else None
        self.ledger.show_item(row)
        self.selection_changed.emit()

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()).id)
