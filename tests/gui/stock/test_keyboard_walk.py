"""What a storekeeper stumbled on by keyboard: Enter in the header, Enter on the open list, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.models import StockDoc
from app.models.stock import STATE_APPROVED, STATE_ISSUED
from app.services.stock_doc_queries import doc_view
from app.ui.dialogs import combos
from app.ui.stock.issue_dialog import IssueDialog
from app.ui.stock.receipt_dialog import ReceiptDialog
from app.ui.stock.requisition_dialog import RequisitionDialog
from tests.gui.conftest import activate, on_next_dialog, popup_warnings, type_text
from tests.gui.stock.conftest import enter, type_line
from tests.gui.stock.test_state_dialogs import _requisition

pytestmark = [pytest.mark.gui, popup_warnings]


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def test_enter_in_the_header_moves_on_and_never_posts(qtbot, stock) -> None:
    before = StockDoc.select().count()
    dialog = _open(qtbot, ReceiptDialog(None, actor="李强"))
    ui = dialog.ui
    type_line(qtbot, ui, "W00001", "5", "25")
    ui.invoice_edit.setFocus()
    type_text(qtbot, ui.invoice_edit, "FP-7")
    enter(qtbot, ui.invoice_edit)
    # The next field, past the 新建物资 button: nothing was posted by that Enter.
    assert QApplication.focusWidget() is ui.item_edit
    assert dialog.isVisible()
    ui.checked_by_edit.setFocus()
    type_text(qtbot, ui.checked_by_edit, "赵老师")
    enter(qtbot, ui.checked_by_edit)
    assert QApplication.focusWidget() is ui.keeper_edit
    assert dialog.isVisible()
    assert StockDoc.select().count() == before


def test_enter_on_a_focused_button_presses_it(qtbot, stock) -> None:
    dialog = _open(qtbot, RequisitionDialog(None, actor="李强"))
    ui = dialog.ui
    type_line(qtbot, ui, "W00001", "2")
    ui.remove_button.setFocus()
    ui.lines_view.setCurrentIndex(dialog.entry.model.index(0, 0))
    ui.remove_button.setFocus()
    enter(qtbot, ui.remove_button)
    assert dialog.entry.model.rowCount() == 0
    assert dialog.isVisible()


def test_enter_in_the_issuer_box_does_not_issue(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "10")])
    dialog = _open(qtbot, IssueDialog(None, doc_id, actor="李强"))
    dialog.ui.issued_by_edit.setFocus()
    enter(qtbot, dialog.ui.issued_by_edit)
    assert dialog.isVisible()
    assert doc_view(doc_id).state == STATE_APPROVED


def test_enter_on_the_open_list_with_nothing_highlighted_takes_the_best_match(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog(None, actor="李强"))
    ui = dialog.ui
    ui.item_edit.setFocus()
    type_text(qtbot, ui.item_edit, "洗衣")
    popup = dialog.entry.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert not popup.currentIndex().isValid()
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # one Enter, as the user pressed it
    assert ui.item_edit.text().startswith("W00002  洗衣粉")
    assert QApplication.focusWidget() is ui.qty_edit
    assert not popup.isVisible()


def _answer(button: QMessageBox.StandardButton) -> list:
    def click(box) -> None:
        assert isinstance(box, QMessageBox)
        assert "已录入的 1 行物资不会保存" in box.text()
        box.button(button).click()

    return on_next_dialog(click)


def test_escape_asks_before_throwing_typed_lines_away(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog(None, actor="李强"))
    ui = dialog.ui
    type_line(qtbot, ui, "W00001", "5", "25")
    seen = _answer(QMessageBox.StandardButton.No)
    qtbot.keyClick(ui.handled_by_edit, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible()
    assert dialog.entry.model.rowCount() == 1
    seen = _answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(ui.handled_by_edit, Qt.Key.Key_Escape)
    assert seen


def test_escape_on_an_empty_dialog_closes_at_once(qtbot, stock) -> None:
    dialog = _open(qtbot, RequisitionDialog(None, actor="李强"))
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.ui.purpose_edit, Qt.Key.Key_Escape)


def test_typed_prices_are_shown_as_money(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog(None, actor="李强"))
    ui = dialog.ui
    type_line(qtbot, ui, "W00001", "20", "12.8")
    model = dialog.entry.model
    price = model.index(0, model.column_of("price"))
    assert price.data() == "12.80"
    assert price.data(Qt.ItemDataRole.EditRole) == "12.8"


def test_a_few_characters_and_enter_pick_the_department_and_requester(qtbot, stock) -> None:
    dialog = _open(qtbot, RequisitionDialog(None, actor="李强"))
    ui = dialog.ui
    assert QApplication.focusWidget() is ui.department_combo
    for combo, typed, chosen, after in (
        (ui.department_combo, "物理", stock["dept_physics"], ui.person_combo),
        (ui.person_combo, "王", stock["alice"], ui.purpose_edit),
    ):
        type_text(qtbot, combo.lineEdit(), typed)
        popup = combo.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Return)  # one Enter: picked, and on to the next field
        assert combos.current_id(combo) == chosen
        assert QApplication.focusWidget() is after
    type_text(qtbot, ui.purpose_edit, "实验")
    enter(qtbot, ui.purpose_edit)
    assert QApplication.focusWidget() is ui.item_edit


def test_no_button_looks_like_the_enter_button(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog(None, actor="李强"))
    assert not [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]


def test_a_requisition_from_the_menu_shows_the_stock_tab_and_goes_on_by_keys(
    qtbot, main_window, stock
) -> None:
    from app.models.stock import STATE_SUBMITTED
    from tests.gui.stock.conftest import drive

    main_window.refresh()
    main_window.tabs.setCurrentWidget(main_window.register_tab)
    activate(qtbot, main_window)
    tab = main_window.stock_tab

    def requisition(dialog) -> None:
        type_text(qtbot, dialog.ui.person_combo.lineEdit(), "王芳")
        dialog.ui.item_edit.setFocus()
        type_line(qtbot, dialog.ui, "W00001", "4")
        dialog.submit_button.setFocus()  # Tab reaches it; Enter on a focused button presses it
        qtbot.keyClick(dialog.submit_button, Qt.Key.Key_Return)

    drive(qtbot, requisition)
    main_window.findChild(
        type(main_window.menuBar().actions()[0]), "stock_requisition_action"
    ).trigger()
    assert main_window.tabs.currentWidget() is tab  # the new slip is in view, not behind a tab
    docs = tab.docs_panel
    assert docs.current.state == STATE_SUBMITTED
    assert "已保存并提交审批" in main_window.statusBar().currentMessage()

    def approve(dialog) -> None:
        dialog.ui.person_edit.setText("赵校长")
        qtbot.keyClick(dialog.ui.person_edit, Qt.Key.Key_Return)

    drive(qtbot, approve)
    docs.table.setFocus()
    qtbot.keyClick(docs.table, Qt.Key.Key_Return)  # Enter on a submitted one: approve it
    assert docs.current.state == STATE_APPROVED

    def issue(dialog) -> None:
        qtbot.keyClick(dialog.ui.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive(qtbot, issue)
    assert docs.buttons["issue"].shortcut() == QKeySequence("Alt+I")  # 发放(&I)
    qtbot.keyClick(docs.table, Qt.Key.Key_Return)  # Enter on an approved one: issue it
    assert docs.current.state == STATE_ISSUED


def test_the_menu_puts_the_cursor_on_the_list(qtbot, main_window, stock) -> None:
    main_window.refresh()
    main_window.tabs.setCurrentWidget(main_window.register_tab)
    activate(qtbot, main_window)
    tab = main_window.stock_tab
    for name, table in (
        ("stock_documents_action", tab.docs_panel.table),
        ("stock_show_action", tab.stock_panel.table),
    ):
        main_window.findChild(QAction, name).trigger()
        assert main_window.tabs.currentWidget() is tab
        assert QApplication.focusWidget() is table
        assert table.currentIndex().row() == 0  # arrows and Enter work at once
