"""The documents page: receipts, requisitions, returns and write-offs, filtered, with their lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.stock import DOC_REQUISITION, STOCK_DOC_STATES, STOCK_DOC_TYPES
from app.money import format_fen
from app.services import reference
from app.services.stock_doc_queries import DocFilter, DocView, doc_view
from app.services.stock_docs import DOC_LABELS
from app.ui.stock.doc_model import DocLinesModel, DocTableModel
from app.ui.stored_values import fitting_width, shown, shown_doc_type
from app.ui.table_selection import debounced_search, first_selected_id, select_row_of_id


def _date(value: QDate):  # type: ignore[no-untyped-def]
    return value.toPython()


class DocsPanel(QWidget):
    """Find documents by type, state, department, date and text; see the selected one in full."""

    selection_changed = Signal()
    activated = Signal(int)  # a document id: double-click or Enter opens it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docs_panel")
        self.model = DocTableModel(self)
        self.lines_model = DocLinesModel(self)
        self.current: DocView | None = None
        self._build()
        self._search_timer = debounced_search(self, self.search_edit, self.apply_filter)
        for combo in (self.type_combo, self.state_combo, self.department_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.date_check.toggled.connect(self._dates_toggled)
        self.from_edit.dateChanged.connect(self.apply_filter)
        self.to_edit.dateChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        # Enter or double-click (as the platform activates items): open the document.
        self.table.activated.connect(lambda _index: self._activate())

    def _build(self) -> None:
        self.type_combo = self._combo(
            "doc_type_combo", self.tr("全部类型"), STOCK_DOC_TYPES, shown_doc_type
        )
        self.state_combo = self._combo(
            "doc_state_combo", self.tr("全部状态"), STOCK_DOC_STATES, shown
        )
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("doc_department_combo")
        self.date_check = QCheckBox(self.tr("日期"))
        self.date_check.setObjectName("doc_date_check")
        today = QDate.currentDate()
        self.from_edit = self._date_edit("doc_from_edit", today.addMonths(-1))
        self.to_edit = self._date_edit("doc_to_edit", today)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("doc_search_edit")
        self.search_edit.setPlaceholderText(self.tr("单号、领用人、供应商、用途"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("doc_count_label")
        filters = QHBoxLayout()
        for widget in (
            self.type_combo,
            self.state_combo,
            QLabel(self.tr("部门")),
            self.department_combo,
            self.date_check,
            self.from_edit,
            QLabel("—"),
            self.to_edit,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.count_label)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text in (
            # Alt+letter reaches each step without the mouse (F E K V H belong to the menus).
            ("open", self.tr("打开/修改(&O)")),
            ("submit", self.tr("提交(&J)")),
            ("approve", self.tr("批准(&A)…")),
            ("reject", self.tr("驳回(&R)…")),
            ("issue", self.tr("发放(&I)…")),
            ("cancel", self.tr("取消领用单(&C)…")),
            ("return", self.tr("退库(&T)…")),
            ("reverse", self.tr("冲销(&X)…")),
            ("print", self.tr("打印(&P)")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"doc_{key}_button")
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("doc_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((116, 48, 88, 64, 96, 130, 200, 44, 96)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(
            1, fitting_width(self.table, map(shown_doc_type, STOCK_DOC_TYPES), 48)
        )
        self.table.setColumnWidth(3, fitting_width(self.table, map(shown, STOCK_DOC_STATES), 64))
        # The purpose takes the spare width, so amounts stay next to the rest of the row.
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        self.detail_label = QLabel()
        self.detail_label.setObjectName("doc_detail_label")
        self.detail_label.setWordWrap(True)
        self.lines_table = QTableView()
        self.lines_table.setObjectName("doc_lines_table")
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().setDefaultSectionSize(22)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 160, 140, 44, 72, 72, 80, 96, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.lines_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([380, 260])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)

    def _combo(
        self, name: str, everything: str, values: tuple[str, ...], show: Callable[[str], str]
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(show(value), value)
        return combo

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.apply_filter()

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the departments and the list, keeping the selected document if possible."""
        keep = self.selected_id()
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("全部部门"), None)
        for department_id, name in reference.choices("department"):
            self.department_combo.addItem(name, department_id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(current)))
        self.department_combo.blockSignals(False)
        self.model.set_filter(self.current_filter())
        self._update_count()
        if keep is not None:
            self.select_doc(keep)

    def current_filter(self) -> DocFilter:
        """The filter the widgets describe."""
        dated = self.date_check.isChecked()
        return DocFilter(
            doc_type=self.type_combo.currentData() or "",
            state=self.state_combo.currentData() or "",
            department_id=self.department_combo.currentData(),
            date_from=_date(self.from_edit.date()) if dated else None,
            date_to=_date(self.to_edit.date()) if dated else None,
            text=self.search_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        """Run the search now (also called by the debounce timer)."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)
            self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {n} 张").format(n=self.model.total_count))

    # --- selection ----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The id of the selected document, if any."""
        return first_selected_id(self.table, self.model)

    def select_doc(self, doc_id: int) -> bool:
        """Select a document if it is among the fetched rows."""
        return select_row_of_id(self.table, self.model, doc_id)

    def _selection_changed(self) -> None:
        doc_id = self.selected_id()
        self.current = doc_view(doc_id) if doc_id is not None else None
        view = self.current
        if view is None:
            self.lines_model.set_lines("", [])
            self.detail_label.setText(self.tr("选择一张单据查看明细。"))
        else:
            self.lines_model.set_lines(view.doc_type, view.lines)
            self.detail_label.setText(self._describe(view))
        self.selection_changed.emit()

    def _describe(self, view: DocView) -> str:
        parts = [
            DOC_LABELS.get(view.doc_type, view.doc_type),
            view.number,
            view.date.isoformat(),
            shown(view.state),
        ]
        if view.department:
            parts.append(view.department)
        if view.person:
            parts.append(self.tr("领用/退库人：{name}").format(name=view.person))
        if view.supplier:
            parts.append(self.tr("供应商：{name}").format(name=view.supplier))
        if view.purpose:
            label = self.tr("用途") if view.doc_type == DOC_REQUISITION else self.tr("原因")
            parts.append(f"{label}：{view.purpose}")
        if view.approved_by:
            parts.append(self.tr("审批：{name}").format(name=view.approved_by))
        if view.reject_reason:
            parts.append(self.tr("驳回/取消原因：{reason}").format(reason=view.reject_reason))
        if view.related_number:
            parts.append(self.tr("关联：{number}").format(number=view.related_number))
        if view.total_fen:
            parts.append(self.tr("金额 ¥{total}").format(total=format_fen(view.total_fen)))
        return "　".join(parts)

    def _activate(self) -> None:
        doc_id = self.selected_id()
        if doc_id is not None:
            self.activated.emit(doc_id)
