"""The 库房 tab: the stock list with each item's ledger, the documents, and the actions on them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import thread_connection
from app.errors import HouqinError
from app.models.stock import DOC_RECEIPT, DOC_REQUISITION, DOC_STOCKTAKE
from app.services import documents, stock_items
from app.services.stock_quantity import format_qty
from app.services.stock_queries import ItemRow
from app.ui.pdf_output import PdfOutput
from app.ui.stock.docs_panel import DocsPanel
from app.ui.stock.stock_panel import StockPanel
from app.ui.stock.tab_actions import DocActions
from app.ui.worker import TaskRunner

# Document types with a printed form (app.services.documents kinds).
PRINT_KINDS = {
    DOC_REQUISITION: "requisition",
    DOC_RECEIPT: "receipt",
    DOC_STOCKTAKE: "stocktake",
}


class StockTab(QWidget):
    """The stock room: what is on the shelves, what moved, and the documents that moved it."""

    data_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        pdf_output: PdfOutput,
        actor: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stock_tab")
        self.runner = runner
        self.pdf_output = pdf_output
        self.actor = actor
        self.stock_panel = StockPanel()
        self.docs_panel = DocsPanel()
        self.docs = DocActions(self)
        self._build()
        self.stock_panel.selection_changed.connect(self._update_buttons)
        self.stock_panel.activated.connect(self.edit_item)
        self.docs_panel.selection_changed.connect(self._update_buttons)
        self.docs_panel.activated.connect(self.docs.open_document)
        buttons = self.docs_panel.buttons
        for key, slot in (
            ("open", self.docs.edit_draft),
            ("submit", self.docs.submit),
            ("approve", self.docs.approve),
            ("reject", self.docs.reject),
            ("issue", self.docs.issue),
            ("cancel", self.docs.cancel),
            ("return", self.docs.return_selected),
            ("reverse", self.docs.reverse),
            ("print", self.print_selected),
        ):
            buttons[key].clicked.connect(slot)

    def _button(self, name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        self.receive_button = self._button("receive_button", self.tr("入库…"), self.docs.receive)
        self.requisition_button = self._button(
            "requisition_button", self.tr("领用单…"), self.docs.new_requisition
        )
        self.return_button = self._button("return_button", self.tr("退库…"), self.docs.return_goods)
        self.write_off_button = self._button(
            "write_off_button", self.tr("报损…"), self.docs.write_off
        )
        self.stocktake_button = self._button(
            "stocktake_button", self.tr("盘点…"), self.docs.stocktake
        )
        self.new_item_button = self._button("new_item_button", self.tr("新增物资…"), self.new_item)
        self.edit_item_button = self._button(
            "edit_item_button", self.tr("编辑物资…"), self.edit_selected_item
        )
        self.toggle_item_button = self._button(
            "toggle_item_button", self.tr("停用物资"), self.toggle_item
        )
        self.delete_item_button = self._button(
            "delete_item_button", self.tr("删除物资"), self.delete_item
        )
        self.import_items_button = self._button(
            "import_items_button", self.tr("导入物资…"), self.import_items
        )
        self.reports_button = self._button(
            "reports_button", self.tr("统计报表…"), self.open_reports
        )
        row = QHBoxLayout()
        for button in (
            self.receive_button,
            self.requisition_button,
            self.return_button,
            self.write_off_button,
            self.stocktake_button,
        ):
            row.addWidget(button)
        row.addSpacing(24)
        for button in (
            self.new_item_button,
            self.edit_item_button,
            self.toggle_item_button,
            self.delete_item_button,
            self.import_items_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reports_button)
        self.pages = QTabWidget()
        self.pages.setObjectName("stock_pages")
        self.pages.addTab(self.stock_panel, self.tr("库存与台账"))
        self.pages.addTab(self.docs_panel, self.tr("单据"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.pages, 1)

    def menu_actions(self) -> list[QAction | None]:
        """The actions of the main window's 库房 menu (None for a separator)."""
        entries: list[tuple[str, Callable[[], Any], str] | None] = [
            (self.tr("入库(&R)…"), self.docs.receive, "stock_receive_action"),
            (self.tr("领用单(&L)…"), self.docs.new_requisition, "stock_requisition_action"),
            (self.tr("退库(&T)…"), self.docs.return_goods, "stock_return_action"),
            (self.tr("报损(&B)…"), self.docs.write_off, "stock_write_off_action"),
            (self.tr("盘点(&K)…"), self.docs.stocktake, "stock_stocktake_action"),
            None,
            (self.tr("新增物资(&N)…"), self.new_item, "stock_new_item_action"),
            (self.tr("导入物资和期初库存(&I)…"), self.import_items, "stock_import_items_action"),
            (self.tr("库存与台账(&S)"), self.show_stock, "stock_show_action"),
            (self.tr("单据(&D)"), self.show_documents, "stock_documents_action"),
            None,
            (self.tr("统计报表(&P)…"), self.open_reports, "stock_reports_action"),
        ]
        actions: list[QAction | None] = []
        for entry in entries:
            if entry is None:
                actions.append(None)
                continue
            text, slot, name = entry
            action = QAction(text, self)
            action.setObjectName(name)
            # triggered(bool) would land in an optional parameter of the slot.
            action.triggered.connect(lambda _checked=False, call=slot: call())
            actions.append(action)
        return actions

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything shown (after any change)."""
        self.stock_panel.refresh()
        self.docs_panel.refresh()
        self._update_buttons()

    def focus_search(self) -> None:
        """Ctrl+F while this tab is shown: the search box of the page in view."""
        panel = self.pages.currentWidget()
        edit = self.docs_panel.search_edit if panel is self.docs_panel else None
        edit = edit or self.stock_panel.search_edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def bring_forward(self) -> None:
        """Make this tab the one shown in the main window (a menu action may come from another)."""
        stack = self.parentWidget()
        tabs = stack.parentWidget() if stack is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)

    def show_stock(self) -> None:
        """Bring the stock list into view."""
        self.bring_forward()
        self.pages.setCurrentWidget(self.stock_panel)
        _focus_table(self.stock_panel.table)

    def show_documents(self, doc_id: int | None = None) -> None:
        """Bring the documents into view, with one selected if given."""
        self.bring_forward()
        self.pages.setCurrentWidget(self.docs_panel)
        if doc_id is not None:
            self.docs_panel.select_doc(doc_id)
        _focus_table(self.docs_panel.table)

    def _update_buttons(self) -> None:
        row = self.stock_panel.selected_row()
        self.edit_item_button.setEnabled(row is not None)
        self.delete_item_button.setEnabled(row is not None)
        self.toggle_item_button.setEnabled(row is not None)
        active = row is None or row.active
        self.toggle_item_button.setText(self.tr("停用物资") if active else self.tr("启用物资"))
        self.docs.update_buttons(self.docs_panel.current, self.docs_panel.buttons)

    def changed(self, message: str = "") -> None:
        """After a successful action: everything re-reads, and the status bar says what happened."""
        self.data_changed.emit()
        if message:
            self.status_message.emit(message)

    # --- items --------------------------------------------------------------------------
    def new_item(self) -> None:
        """Register a stock item."""
        from app.ui.stock.item_dialog import ItemDialog

        # The category the list is filtered on is the likely one for the new item.
        category_id = self.stock_panel.category_combo.currentData()
        dialog = ItemDialog(self, actor=self.actor, category_id=category_id)
        if dialog.exec() and dialog.outcome:
            self.changed(self.tr("已新增物资"))
            self.show_stock()
            self.stock_panel.select_item(dialog.outcome)

    def edit_selected_item(self) -> None:
        """Edit the selected item."""
        item_id = self.stock_panel.selected_id()
        if item_id is not None:
            self.edit_item(item_id)

    def edit_item(self, item_id: int) -> None:
        """Edit one item (Enter or double-click in the stock list)."""
        from app.ui.stock.item_dialog import ItemDialog

        if ItemDialog(self, actor=self.actor, item_id=item_id).exec():
            self.changed(self.tr("物资已保存"))
            self.stock_panel.select_item(item_id)

    def toggle_item(self) -> None:
        """Deactivate the selected item (or activate it again)."""
        row = self.stock_panel.selected_row()
        if row is None:
            return
        message = self.tr("物资 {code} 已停用") if row.active else self.tr("物资 {code} 已启用")
        if self.run(lambda: stock_items.set_item_active(row.id, not row.active, self.actor)):
            self.changed(message.format(code=row.code))

    def delete_item(self) -> None:
        """Delete an item created by mistake (one with history is refused: deactivate it)."""
        row = self.stock_panel.selected_row()
        if row is None:
            return
        if stock_items.has_history(row.id):
            self._offer_deactivation(row)
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除物资"),
            self.tr("删除物资 {code} {name}？").format(code=row.code, name=row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run(lambda: stock_items.delete_item(row.id, self.actor)):
            self.changed(self.tr("物资 {code} 已删除").format(code=row.code))

    def _offer_deactivation(self, row: ItemRow) -> None:
        """An item with history stays in the books: offer to deactivate it instead."""
        refusal = self.tr("物资 {code} {name} 已有出入库记录或单据，不能删除。").format(
            code=row.code, name=row.name
        )
        if not row.active:
            self.warn(refusal + self.tr("它已经停用。"))
            return
        if row.on_hand_m:
            # Goods on the shelf keep it active too: say what has to happen first.
            self.warn(
                refusal
                + self.tr("它还有库存 {qty} {unit}，先领用或报损完，再停用。").format(
                    qty=format_qty(row.on_hand_m), unit=row.unit
                )
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除物资"),
            refusal
            + "\n"
            + self.tr("停用后它不再出现在新单据中，台账和单据照旧保留。\n\n改为停用吗？"),
        )
        if answer == QMessageBox.StandardButton.Yes and self.run(
            lambda: stock_items.set_item_active(row.id, False, self.actor)
        ):
            self.changed(self.tr("物资 {code} 已停用").format(code=row.code))

    def import_items(self) -> None:
        """Import the item catalogue and opening balances from .xlsx or .csv (dry run first)."""
        from app.ui.stock.import_items import choose_and_import_items

        result = choose_and_import_items(self, self.runner, self.actor)
        if result is not None:
            self.changed(result.summary())
            self.show_stock()

    # --- reports and printing -----------------------------------------------------------
    def open_reports(self) -> None:
        """Consumption by department and the next term's supply plan."""
        from app.ui.stock.reports_dialog import StockReportsDialog

        StockReportsDialog(self.runner, self).exec()

    def print_selected(self) -> None:
        """Print the selected requisition or receipt."""
        view = self.docs_panel.current
        if view is not None and view.doc_type in PRINT_KINDS:
            self.print_document(PRINT_KINDS[view.doc_type], view.number)

    def print_document(self, kind: str, number: str) -> None:
        """Render a form off the GUI thread, then save and open it."""
        render = documents.document_kind(kind).render_pdf
        self.print_rendered(lambda: render(number), number)

    def print_rendered(self, render: Callable[[], bytes], name: str) -> None:
        """Run ``render`` off the GUI thread, then save the PDF as ``name`` and open it."""
        self.status_message.emit(self.tr("正在生成 {number}…").format(number=name))

        def work(_token: Any) -> bytes:
            with thread_connection():
                return render()

        def done(pdf: bytes) -> None:
            if self.run(lambda: self.pdf_output.publish(pdf, name)):
                self.status_message.emit(
                    self.tr("已生成：{path}").format(path=self.pdf_output.last_path)
                )

        self.runner.run(work, on_success=done, on_failure=self._failed)

    # --- helpers ------------------------------------------------------------------------
    def run(self, call: Callable[[], Any]) -> bool:
        """Run a service call; a refusal is shown in a message box."""
        try:
            call()
        except HouqinError as exc:
            self.warn(exc.message)
            return False
        return True

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, HouqinError):
            raise error
        self.warn(error.message)

    def warn(self, message: str) -> None:
        """Tell the user why something was refused."""
        self.status_message.emit(message)
        QMessageBox.warning(self, self.tr("库房"), message)


def _focus_table(table: QTableView) -> None:
    """The cursor goes to the list (first row if none is chosen), so arrows and Enter work."""
    model = table.model()
    if not table.currentIndex().isValid() and model is not None and model.rowCount():
        table.selectRow(0)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
