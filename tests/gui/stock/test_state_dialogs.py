"""Issuing (partly) by keyboard, returns, approval decisions and the item dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.models import Item, StockDoc
from app.models.stock import STATE_APPROVED, STATE_ISSUED, STATE_SUBMITTED
from app.services import stock_requisitions as rq
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineInput, doc_id_of
from app.ui.stock.decision_dialog import DecisionDialog
from app.ui.stock.issue_dialog import IssueDialog
from app.ui.stock.item_dialog import ItemDialog
from app.ui.stock.return_dialog import ReturnDialog
from tests.gui.conftest import activate, type_text
from tests.gui.stock.conftest import save, type_in_cell

pytestmark = pytest.mark.gui
YEAR = dt.date.today().year


def _requisition(stock, lines, *, approve: bool = True, issue: bool = False) -> int:
    number = rq.create_requisition(
        rq.RequisitionInput(
            date=dt.date.today(),
            department_id=stock["dept_physics"],
            person_id=stock["alice"],
            purpose="实验",
            lines=[LineInput(stock[key], qty) for key, qty in lines],
        ),
        actor="王芳",
    )
    doc_id = doc_id_of(number)
    rq.submit_requisition(doc_id)
    if approve:
        rq.approve_requisition(doc_id, "赵校长")
    if issue:
        rq.issue_requisition(doc_id)
    return doc_id


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def test_issue_proposes_what_is_on_hand_and_issues_what_is_typed(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "10"), ("toner", "3"), ("soap", "2")])
    dialog = _open(qtbot, IssueDialog(None, doc_id, actor="李强"))
    model = dialog.model
    assert [model.text(n) for n in range(3)] == ["10", "1", "2"]  # only 1 硒鼓 on hand
    assert dialog.ui.total_label.text() == "共 3 行，其中足额发放 2 行"
    view = dialog.ui.lines_view
    assert QApplication.focusWidget() is view
    assert view.currentIndex().column() == model.entry_column()
    type_in_cell(qtbot, view, "8")  # paper: 8 of the 10 asked for
    assert view.currentIndex().row() == 1  # Enter went down a line
    type_in_cell(qtbot, view, "1")
    type_in_cell(qtbot, view, "1.5")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    lines = doc_view(doc_id).lines
    assert [(line.qty_m, line.issued_m) for line in lines] == [
        (10_000, 8_000),
        (3_000, 1_000),
        (2_000, 1_500),
    ]
    assert doc_view(doc_id).state == STATE_ISSUED
    assert Item.get_by_id(stock["paper"]).on_hand_m == 42_000


def test_issue_refuses_more_than_requested_and_more_than_on_hand(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "10"), ("toner", "3")])
    dialog = _open(qtbot, IssueDialog(None, doc_id, actor="李强"))
    model = dialog.model
    model.setData(model.index(0, model.entry_column()), "11")
    save(qtbot, dialog)
    assert dialog.ui.error_label.text() == "第 1 行：实发数量不能超过申请数量 10"
    assert dialog.ui.lines_view.currentIndex().row() == 0
    model.setData(model.index(0, model.entry_column()), "10")
    model.setData(model.index(1, model.entry_column()), "3")
    save(qtbot, dialog)
    assert "硒鼓（W00003）需要 3 个，库存只有 1 个，还差 2 个" in dialog.ui.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert doc_view(doc_id).state == STATE_APPROVED
    assert Item.get_by_id(stock["paper"]).on_hand_m == 50_000


def test_return_takes_back_what_was_issued(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "10"), ("soap", "2")], issue=True)
    dialog = _open(qtbot, ReturnDialog(None, actor="李强", requisition_id=doc_id))
    model = dialog.model
    assert model.rowCount() == 2
    view = dialog.ui.lines_view
    assert QApplication.focusWidget() is view
    type_in_cell(qtbot, view, "12")
    save(qtbot, dialog)
    assert dialog.ui.error_label.text() == "第 1 行：最多可填 10"
    model.setData(model.index(0, model.entry_column()), "3")
    dialog.ui.reason_edit.setText("多领")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert dialog.outcome == f"TK-{YEAR}-0001"
    assert Item.get_by_id(stock["paper"]).on_hand_m == 43_000
    assert Item.get_by_id(stock["soap"]).on_hand_m == 8_000


def test_return_with_nothing_typed_says_where_to_type(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "10")], issue=True)
    dialog = _open(qtbot, ReturnDialog(None, actor="李强"))
    from app.ui.dialogs import combos

    combos.select_id(dialog.ui.requisition_combo, doc_id)
    assert dialog.model.rowCount() == 1
    save(qtbot, dialog)
    assert "请在“退回数量”一栏填写" in dialog.ui.error_label.text()
    assert StockDoc.select().where(StockDoc.doc_type == "退库").count() == 0


def test_approving_ones_own_requisition_is_refused_in_the_dialog(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "1")], approve=False)
    dialog = _open(
        qtbot,
        DecisionDialog(
            None,
            title="批准领用单",
            summary="领用单",
            ok_text="批准",
            decide=lambda who, _why: rq.approve_requisition(doc_id, who),
            person="王芳",
        ),
    )
    assert not dialog.ui.reason_edit.isVisibleTo(dialog)
    dialog.accept()
    assert "不能审批自己的领用单" in dialog.ui.error_label.text()
    assert doc_view(doc_id).state == STATE_SUBMITTED
    dialog.ui.person_edit.clear()
    type_text(qtbot, dialog.ui.person_edit, "赵校长")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert doc_view(doc_id).approved_by == "赵校长"


def test_rejection_needs_its_reason(qtbot, stock) -> None:
    doc_id = _requisition(stock, [("paper", "1")], approve=False)
    dialog = _open(
        qtbot,
        DecisionDialog(
            None,
            title="驳回领用单",
            summary="领用单",
            ok_text="驳回",
            decide=lambda who, why: rq.reject_requisition(doc_id, why, who),
            person="赵校长",
            ask_reason=True,
        ),
    )
    dialog.accept()
    assert "请填写驳回原因" in dialog.ui.error_label.text()
    assert dialog.focusWidget() is dialog.ui.reason_edit
    type_text(qtbot, dialog.ui.reason_edit, "本月已领")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert doc_view(doc_id).reject_reason == "本月已领"


def test_item_dialog_creates_and_refuses_bad_input(qtbot, stock) -> None:
    dialog = _open(qtbot, ItemDialog(None, actor="李强"))
    ui = dialog.ui
    type_text(qtbot, ui.name_edit, "粉笔")
    unit = ui.unit_combo
    unit.setCurrentIndex(unit.findText("盒"))
    ui.reorder_edit.setText("1.5")
    dialog.accept()
    assert "单位“盒”只能是整数" in ui.error_label.text()
    assert dialog.focusWidget() is ui.reorder_edit
    ui.reorder_edit.setText("20")
    ui.code_edit.setText("W00001")
    dialog.accept()
    assert "W00001 已被使用" in ui.error_label.text()
    assert dialog.focusWidget() is ui.code_edit
    ui.code_edit.clear()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(ui.code_edit, Qt.Key.Key_Return)
    item = Item.get_by_id(dialog.outcome)
    assert (item.code, item.name, item.reorder_level_m) == ("W00005", "粉笔", 20_000)
