"""The last part of the stock-room walk: refused requisitions, posted documents, deleting, reports."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.models import Item, StockDoc, StockMove
from app.models.stock import STATE_CANCELLED, STATE_REJECTED
from app.services import stock_requisitions as rq
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineInput, doc_id_of
from app.ui.stock.reports_dialog import StockReportsDialog
from app.ui.worker import TaskRunner
from tests.gui.conftest import activate, on_next_dialog, popup_warnings, type_text

pytestmark = [pytest.mark.gui, popup_warnings]
YEAR = dt.date.today().year


@pytest.fixture
def tab(qtbot, main_window, stock):
    main_window.refresh()
    main_window.tabs.setCurrentWidget(main_window.stock_tab)
    activate(qtbot, main_window)
    return main_window.stock_tab


def _submitted(stock, qty: str = "5") -> int:
    number = rq.create_requisition(
        rq.RequisitionInput(
            date=dt.date.today(),
            department_id=stock["dept_physics"],
            person_id=stock["alice"],
            purpose="实验",
            lines=[LineInput(stock["paper"], qty)],
        ),
        actor="王芳",
    )
    doc_id = doc_id_of(number)
    rq.submit_requisition(doc_id)
    return doc_id


def _counts() -> tuple[int, int, int, list[str]]:
    paper = Item.get(Item.code == "W00001")
    states = [doc.state for doc in StockDoc.select().order_by(StockDoc.id)]
    return StockDoc.select().count(), StockMove.select().count(), paper.on_hand_m, states


def _press_on_row(qtbot, tab, doc_id: int, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tab.refresh()
    tab.show_documents(doc_id)
    table = tab.docs_panel.table
    assert tab.docs_panel.current.id == doc_id
    qtbot.keyClick(table, key, modifier)


def _answer_box(seen_texts: list[str], button=QMessageBox.StandardButton.Ok) -> list:
    def answer(box) -> None:
        seen_texts.append(box.text())
        box.button(button).click()

    return on_next_dialog(answer)


def _decide_by_keys(qtbot, reason: str) -> list:
    """The decision dialog: the reason typed, then Tab to the button and Enter."""

    def decide(dialog) -> None:
        activate(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.ui.reason_edit
        type_text(qtbot, dialog.ui.reason_edit, reason)
        qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    return on_next_dialog(decide)


@pytest.mark.parametrize("how", ["reject", "cancel"])
def test_enter_on_a_refused_requisition_says_why_and_changes_nothing(qtbot, tab, stock, how):
    doc_id = _submitted(stock)
    key, state, why = (
        (Qt.Key.Key_R, STATE_REJECTED, "已被驳回（驳回原因：本月已领过）")
        if how == "reject"
        else (Qt.Key.Key_C, STATE_CANCELLED, "已取消（取消原因：本月已领过）")
    )
    tab.refresh()
    tab.show_documents(doc_id)
    seen = _decide_by_keys(qtbot, "本月已领过")
    qtbot.keyClick(tab.docs_panel.table, key, Qt.KeyboardModifier.AltModifier)
    # A button's Alt+letter clicks it a moment later (animateClick): wait for the decision.
    qtbot.waitUntil(lambda: doc_view(doc_id).state == state)
    assert seen
    assert not tab.docs_panel.buttons["issue"].isEnabled()
    before = _counts()
    texts: list[str] = []
    _answer_box(texts)
    _press_on_row(qtbot, tab, doc_id, Qt.Key.Key_Return)
    number = doc_view(doc_id).number
    assert texts == [f"领用单 {number} {why}，不能发放。"]
    assert _counts() == before


def test_enter_on_an_issued_requisition_points_at_the_return(qtbot, tab, stock) -> None:
    doc_id = _submitted(stock)
    rq.approve_requisition(doc_id, "赵校长")
    rq.issue_requisition(doc_id)
    before = _counts()
    texts: list[str] = []
    _answer_box(texts)
    _press_on_row(qtbot, tab, doc_id, Qt.Key.Key_Return)
    assert "已发放，不能再修改或发放" in texts[0]
    assert "退库" in texts[0]
    assert _counts() == before


def test_enter_on_a_posted_receipt_offers_its_reversal(qtbot, tab, stock) -> None:
    receipt = doc_id_of(f"RK-{YEAR}-0001")
    before = _counts()
    texts: list[str] = []
    _answer_box(texts, QMessageBox.StandardButton.No)
    _press_on_row(qtbot, tab, receipt, Qt.Key.Key_Return)
    assert "已过账，不能修改" in texts[0]
    assert "冲销" in texts[0]
    assert _counts() == before

    def reason(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        editor = dialog.findChild(type(tab.docs_panel.search_edit))
        type_text(qtbot, editor, "单价录错")
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    def yes(box) -> None:
        texts.append(box.text())
        on_next_dialog(reason)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_dialog(yes)
    _press_on_row(qtbot, tab, receipt, Qt.Key.Key_Return)
    assert Item.get_by_id(stock["paper"]).on_hand_m == 0
    assert tab.docs_panel.current.related_id == receipt  # the reversal is shown


def test_deleting_an_item_with_moves_offers_to_deactivate_it(qtbot, tab, stock) -> None:
    doc_id = _submitted(stock, "50")  # the whole stock of paper goes out: it can be deactivated
    rq.approve_requisition(doc_id, "赵校长")
    rq.issue_requisition(doc_id)
    tab.refresh()
    tab.show_stock()
    assert tab.stock_panel.select_item(stock["paper"])
    texts: list[str] = []
    _answer_box(texts, QMessageBox.StandardButton.Yes)
    tab.delete_item_button.click()
    assert "已有出入库记录或单据，不能删除" in texts[0]
    assert "改为停用吗" in texts[0]
    paper = Item.get_by_id(stock["paper"])
    assert not paper.active
    assert StockMove.select().where(StockMove.item == paper.id).count() == 2


def test_the_reports_dialog_shows_the_default_report_when_it_opens(qtbot, stock) -> None:
    dialog = StockReportsDialog(TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "消耗金额合计" in dialog.ui.summary_label.text()
    assert dialog.ui.export_button.isEnabled()


def _sheet_rows(path) -> list[list]:
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    return [[cell for cell in row] for row in sheet.iter_rows()]


def test_both_reports_export_real_numbers_with_totals(qtbot, stock, tmp_path) -> None:
    doc_id = _submitted(stock, "7")
    rq.approve_requisition(doc_id, "赵校长")
    rq.issue_requisition(doc_id)
    dialog = StockReportsDialog(TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None)
    rows = _sheet_rows(dialog.export(str(tmp_path / "consumption")))
    header = next(row for row in rows if row[0].value == "领用部门")
    assert [cell.value for cell in header][-1] == "消耗金额（元）"
    line = rows[rows.index(header) + 1]
    assert [cell.value for cell in line[:3]] == ["物理组", "W00001", "A4复印纸"]
    assert line[8].value == 7 and line[8].number_format == "#,##0"
    assert line[11].value == 175 and line[11].number_format == "#,##0.00"
    assert rows[-1][0].value == "合计" and rows[-1][11].value == 175

    dialog.ui.report_combo.setCurrentIndex(1)
    dialog.run_report()
    qtbot.waitUntil(lambda: dialog.report is not None)
    rows = _sheet_rows(dialog.export(str(tmp_path / "plan.xlsx")))
    header = next(row for row in rows if row[0].value == "序号")
    by_code = {row[2].value: row for row in rows[rows.index(header) + 1 : -1]}
    toner, pen = by_code["W00003"], by_code["W00004"]
    assert toner[9].value == 1 and toner[10].value == 300
    assert toner[11].number_format == "#,##0.00"
    assert pen[9].value == 50 and pen[10].value is None
    assert pen[12].value == "无参考单价，请询价"  # its 0.00 estimate is not a price
    assert rows[-1][0].value == "合计" and rows[-1][11].value == 300
