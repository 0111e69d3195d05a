"""Receipts, requisitions and write-offs typed by keyboard: code or name, Enter, quantity, Enter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.models import Item, StockDoc
from app.models.stock import STATE_DRAFT, STATE_SUBMITTED
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import doc_id_of
from app.ui.dialogs import combos
from app.ui.stock.receipt_dialog import ReceiptDialog
from app.ui.stock.requisition_dialog import RequisitionDialog
from app.ui.stock.write_off_dialog import WriteOffDialog
from tests.gui.conftest import activate, on_next_dialog, popup_warnings, type_text
from tests.gui.stock.conftest import enter, save, type_line

pytestmark = [pytest.mark.gui, popup_warnings]
YEAR = dt.date.today().year


def _open(qtbot, cls, **kw):
    dialog = cls(None, actor="李强", **kw)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def test_receipt_typed_by_keyboard_is_posted(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    # Top to bottom: supplier, Enter, invoice, Enter, the first line (buttons passed over).
    assert QApplication.focusWidget() is ui.supplier_combo
    enter(qtbot, ui.supplier_combo)
    assert QApplication.focusWidget() is ui.invoice_edit
    type_text(qtbot, ui.invoice_edit, "FP-001")
    enter(qtbot, ui.invoice_edit)
    assert QApplication.focusWidget() is ui.item_edit
    type_line(qtbot, ui, "W00001", "20", "25.50")
    assert QApplication.focusWidget() is ui.item_edit  # ready for the next line
    type_line(qtbot, ui, "洗衣", "2.5", "8.20")
    type_line(qtbot, ui, "笔", "100", "1.20")
    assert [line.item.code for line in dialog.entry.model.lines] == ["W00001", "W00002", "W00004"]
    assert ui.total_label.text() == "共 3 行，金额合计 ¥650.50"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert dialog.outcome == f"RK-{YEAR}-0002"
    assert Item.get_by_id(stock["paper"]).on_hand_m == 70_000
    assert Item.get_by_id(stock["soap"]).on_hand_m == 12_500


def test_the_popup_picks_the_highlighted_match(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    type_text(qtbot, ui.item_edit, "W0000")
    popup = dialog.entry.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ui.item_edit.text().startswith("W00002  洗衣粉")
    assert ui.unit_label.text() == "千克"
    assert ui.stock_hint_label.text() == "库存 10 千克"
    assert ui.price_edit.text() == "8.00"  # the last receipt's price


def test_bad_quantities_and_prices_are_explained_and_not_added(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    type_text(qtbot, ui.item_edit, "复印")
    enter(qtbot, ui.item_edit)
    type_text(qtbot, ui.qty_edit, "2.5")
    enter(qtbot, ui.qty_edit)
    assert "单位“包”只能是整数" in ui.error_label.text()
    assert QApplication.focusWidget() is ui.qty_edit
    ui.qty_edit.setText("0")
    enter(qtbot, ui.qty_edit)
    assert "必须大于零" in ui.error_label.text()
    ui.qty_edit.setText("3")
    enter(qtbot, ui.qty_edit)
    ui.price_edit.setText("-1")
    enter(qtbot, ui.price_edit)
    assert "大于零的单价" in ui.error_label.text()
    assert dialog.entry.model.rowCount() == 0
    type_text(qtbot, ui.item_edit, "")
    ui.item_edit.setText("不存在的东西")
    ui.item_edit.textEdited.emit("不存在的东西")
    enter(qtbot, ui.item_edit)
    assert "没有找到“不存在的东西”" in ui.error_label.text()


def test_same_item_twice_points_at_its_line(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    type_line(qtbot, ui, "W00003", "1", "300")
    type_line(qtbot, ui, "W00003", "2", "300")
    assert "已在第 1 行" in ui.error_label.text()
    assert dialog.entry.model.rowCount() == 1


def test_a_corrected_cell_is_posted_and_a_service_refusal_keeps_everything(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    type_line(qtbot, ui, "W00001", "5", "25")
    # Correct the quantity in the table: a fraction of 包 is refused by the service on save.
    model = dialog.entry.model
    model.setData(model.index(0, model.column_of("quantity")), "5.5")
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "第 1 行（A4复印纸）" in ui.error_label.text()
    assert ui.lines_view.currentIndex().column() == model.column_of("quantity")
    assert StockDoc.select().count() == 1  # only the fixture's receipt
    model.setData(model.index(0, model.column_of("quantity")), "6")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert Item.get_by_id(stock["paper"]).on_hand_m == 56_000


def test_unknown_supplier_is_refused(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    ui.supplier_combo.setEditText("没有这家")
    type_line(qtbot, ui, "W00001", "5", "25")
    save(qtbot, dialog)
    assert "没有名为“没有这家”的供应商" in ui.error_label.text()
    assert StockDoc.select().count() == 1


def test_new_item_is_created_from_the_receipt_and_goes_on_the_line(qtbot, stock) -> None:
    dialog = _open(qtbot, ReceiptDialog)
    ui = dialog.ui
    ui.item_edit.setText("订书钉")

    def fill(item_dialog) -> None:
        assert item_dialog.ui.name_edit.text() == "订书钉"
        item_dialog.ui.spec_edit.setText("24/6")
        unit = item_dialog.ui.unit_combo
        combos.select_id(unit, unit.itemData(unit.findText("盒")))
        item_dialog.ui.reorder_edit.setText("10")
        item_dialog.accept()

    on_next_dialog(fill)
    qtbot.mouseClick(ui.new_item_button, Qt.MouseButton.LeftButton)
    assert ui.item_edit.text() == "W00005  订书钉  24/6"
    # Back in the receipt (the offscreen platform does not hand activation back by itself).
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is ui.qty_edit
    type_text(qtbot, ui.qty_edit, "30")
    enter(qtbot, ui.qty_edit)
    type_text(qtbot, ui.price_edit, "2.50")
    enter(qtbot, ui.price_edit)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert Item.get(Item.code == "W00005").on_hand_m == 30_000


def _requisition(qtbot, stock, person: str, lines: list[tuple[str, str]], submit: bool):
    dialog = _open(qtbot, RequisitionDialog)
    ui = dialog.ui
    type_text(qtbot, ui.person_combo.lineEdit(), person)
    ui.purpose_edit.setText("教学用")
    ui.item_edit.setFocus()
    for item, qty in lines:
        type_line(qtbot, ui, item, qty)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        if submit:
            qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        else:
            save(qtbot, dialog)
    return dialog


def test_three_requisitions_by_keyboard(qtbot, stock) -> None:
    first = _requisition(qtbot, stock, "王芳", [("W00001", "10"), ("洗衣", "1.5")], False)
    second = _requisition(qtbot, stock, "李强", [("硒鼓", "1")], True)
    third = _requisition(qtbot, stock, "张敏", [("笔", "20"), ("复印", "5"), ("W00003", "2")], True)
    numbers = [d.outcome for d in (first, second, third)]
    assert numbers == [f"LY-{YEAR}-{n:04d}" for n in (1, 2, 3)]
    views = [doc_view(doc_id_of(n)) for n in numbers]
    assert [v.state for v in views] == [STATE_DRAFT, STATE_SUBMITTED, STATE_SUBMITTED]
    assert [(v.department, v.person) for v in views] == [
        ("物理组", "王芳"),
        ("后勤处", "李强"),
        ("物理组", "张敏"),
    ]
    assert [(line.code, line.qty_m) for line in views[2].lines] == [
        ("W00004", 20_000),
        ("W00001", 5_000),
        ("W00003", 2_000),
    ]
    # A requisition asks; nothing has left the shelves yet.
    assert Item.get_by_id(stock["paper"]).on_hand_m == 50_000


def test_requisition_without_department_or_person_is_refused(qtbot, stock) -> None:
    dialog = _open(qtbot, RequisitionDialog)
    ui = dialog.ui
    type_line(qtbot, ui, "W00001", "1")
    save(qtbot, dialog)
    assert "请选择领用部门" in ui.error_label.text()
    assert QApplication.focusWidget() is ui.department_combo
    assert StockDoc.select().where(StockDoc.doc_type == "领用").count() == 0


def test_a_draft_reopens_with_its_lines_and_saves_changes(qtbot, stock) -> None:
    first = _requisition(qtbot, stock, "王芳", [("W00001", "10")], False)
    doc_id = doc_id_of(first.outcome)
    dialog = _open(qtbot, RequisitionDialog, doc_id=doc_id)
    ui = dialog.ui
    assert dialog.windowTitle() == f"领用单 {first.outcome}（草稿）"
    assert [line.quantity for line in dialog.entry.model.lines] == ["10"]
    type_line(qtbot, ui, "硒鼓", "1")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert dialog.outcome == first.outcome
    assert [line.code for line in doc_view(doc_id).lines] == ["W00001", "W00003"]


def test_write_off_needs_a_reason_and_enough_stock(qtbot, stock) -> None:
    dialog = _open(qtbot, WriteOffDialog)
    ui = dialog.ui
    ui.item_edit.setFocus()
    type_line(qtbot, ui, "洗衣", "12")
    save(qtbot, dialog)
    assert "请填写报损原因" in ui.error_label.text()
    assert QApplication.focusWidget() is ui.reason_edit
    type_text(qtbot, ui.reason_edit, "受潮结块")
    save(qtbot, dialog)
    assert "还差 2 千克" in ui.error_label.text()
    model = dialog.entry.model
    model.setData(model.index(0, model.column_of("quantity")), "1.5")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert dialog.outcome == f"BS-{YEAR}-0001"
    assert Item.get_by_id(stock["soap"]).on_hand_m == 8_500
