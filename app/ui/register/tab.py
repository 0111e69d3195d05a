"""The 校产台账 tab: search and filters, the lazy register table, totals, and the detail pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import ASSET_STATUSES
from app.money import format_yuan
from app.services import reference
from app.services.asset_card import asset_card
from app.services.register_query import (
    STATUS_ACTIVE_REGISTER,
    STATUS_ALL,
    AssetFilter,
    count_and_total,
)
from app.ui.register.detail import AssetDetailPane
from app.ui.register.table_model import COLUMN_KEYS, AssetTableModel
from app.ui.stored_values import fitting_width, shown
from app.ui.table_selection import debounced_search, select_row_of_id, selected_ids


class RegisterTab(QWidget):
    """Browse, search and filter the register; actions live on the main window's menus."""

    selection_changed = Signal()
    activated = Signal(int)  # an asset id: Enter or double-click asks to edit it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register_tab")
        self.model = AssetTableModel(self)
        self._build()
        self._search_timer = debounced_search(self, self.search_edit, self.apply_filter)
        for combo in (
            self.category_combo,
            self.department_combo,
            self.room_combo,
            self.status_combo,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.as_of_edit.dateChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A reset (new filter, sort, refresh) drops the selection without selectionChanged;
        # the detail pane and the main window's actions must follow all the same.
        self.model.modelReset.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._activate)

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(
            self.tr("搜索资产编号、名称、规格、保管人、房间（Ctrl+F）")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = self._combo("category_combo")
        self.department_combo = self._combo("department_combo")
        self.room_combo = self._combo("room_combo")
        self.status_combo = self._combo("status_combo")
        self.new_button = QPushButton(self.tr("新增资产"))
        self.new_button.setObjectName("new_button")
        # A new office's first step is its old ledger: the way in is on the tab, not only
        # in the 文件 menu.
        self.import_button = QPushButton(self.tr("导入台账…"))
        self.import_button.setObjectName("import_button")
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.setObjectName("edit_button")
        self.handover_button = QPushButton(self.tr("交接…"))
        self.handover_button.setObjectName("handover_button")
        self.print_button = QPushButton(self.tr("打印交接单"))
        self.print_button.setObjectName("print_button")

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        # Alt+letter jumps to each filter; the letters avoid the menu bar's F, E, K, V, H.
        for label, combo in (
            (self.tr("分类(&C)"), self.category_combo),
            (self.tr("部门(&D)"), self.department_combo),
            (self.tr("地点(&L)"), self.room_combo),
            (self.tr("状态(&S)"), self.status_combo),
        ):
            buddy = QLabel(label)
            buddy.setObjectName(combo.objectName().replace("_combo", "_label"))
            buddy.setBuddy(combo)
            filters.addWidget(buddy)
            filters.addWidget(combo, 1)

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.import_button,
            self.edit_button,
            self.handover_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals_label")
        buttons.addWidget(self.totals_label)
        buttons.addSpacing(12)
        self.as_of_label = QLabel(self.tr("折旧截至(&T)"))
        buttons.addWidget(self.as_of_label)
        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setObjectName("as_of_edit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setMinimumDate(QDate(1950, 1, 1))
        self.as_of_edit.setToolTip(
            self.tr("累计折旧和净值按此日期所在月份计算（按月计提，年限平均法）")
        )
        self.as_of_label.setBuddy(self.as_of_edit)
        buttons.addWidget(self.as_of_edit)
        self.depreciation_label = QLabel()
        self.depreciation_label.setObjectName("depreciation_label")
        buttons.addWidget(self.depreciation_label)

        self.table = QTableView()
        self.table.setObjectName("asset_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The money columns (原值, 累计折旧, 净值) sit together after 单位; at 1366×768 the columns
        # after 保管人 scroll into view beside the detail pane.
        widths = (118, 108, 84, 150, 38, 82, 82, 82, 82, 48, 120, 56, 64)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        status = COLUMN_KEYS.index("status")
        self.table.setColumnWidth(
            status, fitting_width(self.table, map(shown, ASSET_STATUSES), widths[status])
        )
        # A header wider than its column is cut (累计折旧（元） lost its 元); room for the
        # sort arrow too.
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = fitting_width(header, [title], self.table.columnWidth(column), extra=28)
            self.table.setColumnWidth(column, wanted)

        self.detail = AssetDetailPane()
        self.search_edit.installEventFilter(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 340])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the filter choices and the table, keeping the current selection if possible."""
        keep = self.selected_ids()
        self._fill_choices()
        self.model.set_filter(self.current_filter())
        self._update_totals()
        if keep:
            self.select_asset(keep[0])

    def _fill_choices(self) -> None:
        for combo, kind, everything in (
            (self.category_combo, "category", self.tr("全部分类")),
            (self.department_combo, "department", self.tr("全部部门")),
            (self.room_combo, "room", self.tr("全部地点")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for record_id, text in reference.choices(kind):
                combo.addItem(text, record_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("在册资产"), STATUS_ACTIVE_REGISTER)
        for status in ASSET_STATUSES:
            self.status_combo.addItem(shown(status), status)
        self.status_combo.addItem(self.tr("全部（含已报废、丢失）"), STATUS_ALL)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)

    def current_filter(self) -> AssetFilter:
        """The filter the search box and combos describe."""
        return AssetFilter(
            text=self.search_edit.text().strip(),
            category_id=self.category_combo.currentData(),
            department_id=self.department_combo.currentData(),
            room_id=self.room_combo.currentData(),
            status=self.status_combo.currentData() or STATUS_ACTIVE_REGISTER,
            as_of=self.as_of(),
        )

    def as_of(self) -> dt.date:
        """The date the depreciation columns and totals are computed for."""
        return self.as_of_edit.date().toPython()

    def apply_filter(self) -> None:
        """Run the search now (also called by the debounce timer)."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)
            self._update_totals()

    def _update_totals(self) -> None:
        totals = self.model.totals
        # Nothing shown may still mean a narrow filter; only a register with no asset at all
        # (every status) gets the first-steps hint.
        self.detail.set_register_empty(
            totals.count == 0 and count_and_total(AssetFilter(status=STATUS_ALL))[0] == 0
        )
        self.totals_label.setText(
            self.tr("共 {count} 件，原值合计 ¥{total}").format(
                count=totals.count, total=format_yuan(totals.original_value)
            )
        )
        self.depreciation_label.setText(
            self.tr("累计折旧 ¥{accumulated}，净值 ¥{net}").format(
                accumulated=format_yuan(totals.accumulated), net=format_yuan(totals.net_value)
            )
        )

    # --- selection ----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ids of the selected assets, in table order."""
        return selected_ids(self.table, self.model)

    def select_asset(self, asset_id: int) -> bool:
        """Select and show an asset if it is among the fetched rows."""
        return select_row_of_id(self.table, self.model, asset_id)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.detail.show_card(asset_card(ids[0], self.as_of()))
        else:
            self.detail.clear()
        self.selection_changed.emit()

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search box goes down into the results, as in a browser's address bar."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and not event.modifiers()
        ):
            self.apply_filter()  # the debounce may not have run the last keystroke yet
            if self.model.rowCount():
                if not self.selected_ids():
                    self.select_asset(self.model.row_at(0).id)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        """Enter on the table opens the selected asset."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            ids = self.selected_ids()
            if ids:
                self.activated.emit(ids[0])
                return
        super().keyPressEvent(event)
