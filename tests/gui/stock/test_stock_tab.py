"""The 库房 tab in the main window: stock list, ledger, documents, and a workflow from the menus."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Item
from app.models.stock import STATE_ISSUED
from app.services import stock_requisitions as rq
from app.services.stock_doc_queries import doc_view
from app.services.stock_docs import LineInput, doc_id_of
from app.ui.stock.doc_model import DocLinesModel, DocTableModel
from app.ui.stock.item_model import LOW_BACKGROUND, ItemTableModel, LedgerModel
from tests.gui.conftest import activate, popup_warnings, type_text
from tests.gui.stock.conftest import drive, save, type_in_cell, type_line

pytestmark = pytest.mark.gui
YEAR = dt.date.today().year


@pytest.fixture
def tab(main_window, stock):
    main_window.refresh()
    main_window.tabs.setCurrentWidget(main_window.stock_tab)
    return main_window.stock_tab


def _codes(model) -> list[str]:
    return [model.row_at(n).code for n in range(model.rowCount())]


def test_the_stock_room_is_the_second_tab_with_its_menu(main_window) -> None:
    assert main_window.tabs.tabText(1) == "库房"
    menus = [action.text() for action in main_window.menuBar().actions()]
    assert "库房(&K)" in menus
    names = {
        action.objectName() for action in main_window.findChildren(type(main_window.new_action))
    }
    assert {"stock_receive_action", "stock_requisition_action", "stock_reports_action"} <= names


def test_stock_list_search_filter_and_low_stock(qtbot, tab, stock) -> None:
    panel = tab.stock_panel
    assert _codes(panel.model) == ["W00001", "W00002", "W00003", "W00004"]
    assert panel.totals_label.text() == "共 4 种，库存金额 ¥1,630.00"
    low = panel.model.index(2, 0)  # 1 硒鼓 under its level of 2
    assert panel.model.data(low, Qt.ItemDataRole.BackgroundRole).color().name() == LOW_BACKGROUND
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    panel.low_check.setChecked(True)
    assert _codes(panel.model) == ["W00003", "W00004"]
    panel.low_check.setChecked(False)
    type_text(qtbot, panel.search_edit, "笔")
    qtbot.waitUntil(lambda: _codes(panel.model) == ["W00004"])
    panel.search_edit.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    panel.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by value
    assert _codes(panel.model)[0] == "W00001"


def test_selecting_an_item_shows_its_ledger(qtbot, tab, stock) -> None:
    rq_id = doc_id_of(
        rq.create_requisition(
            rq.RequisitionInput(
                date=dt.date.today(),
                department_id=stock["dept_physics"],
                person_id=stock["alice"],
                lines=[LineInput(stock["paper"], "4")],
            )
        )
    )
    rq.submit_requisition(rq_id)
    rq.approve_requisition(rq_id, "赵校长")
    rq.issue_requisition(rq_id)
    tab.refresh()
    panel = tab.stock_panel
    assert panel.select_item(stock["paper"])
    ledger = panel.ledger
    assert ledger.title_label.text() == "W00001  A4复印纸  70g 500张/包"
    assert "库存 46 包" in ledger.figures_label.text()
    assert "平均单价 25.00" in ledger.figures_label.text()
    rows = [
        [ledger.model.index(r, c).data() for c in range(8)] for r in range(ledger.model.rowCount())
    ]
    assert rows[0][1:6] == [f"领用 LY-{YEAR}-0001", "物理组 王芳", "", "4", "46"]
    assert rows[1][1:6] == [f"入库 RK-{YEAR}-0001", "晨光文具", "50", "", "50"]
    assert rows[0][6:] == ["25.00", "1,150.00"]


def test_documents_filter_and_button_states(qtbot, tab, stock) -> None:
    rq.create_requisition(
        rq.RequisitionInput(
            date=dt.date.today(),
            department_id=stock["dept_office"],
            person_id=stock["bob"],
            lines=[LineInput(stock["pen"], "1")],
        )
    )
    tab.refresh()
    tab.show_documents()
    docs = tab.docs_panel
    assert docs.model.total_count == 2
    docs.type_combo.setCurrentIndex(docs.type_combo.findData("领用"))
    assert [docs.model.row_at(n).number for n in range(docs.model.rowCount())] == [
        f"LY-{YEAR}-0001"
    ]
    docs.table.selectRow(0)
    buttons = docs.buttons
    assert [k for k, b in buttons.items() if b.isEnabled()] == ["open", "submit", "cancel", "print"]
    docs.type_combo.setCurrentIndex(0)
    docs.department_combo.setCurrentIndex(docs.department_combo.findData(stock["dept_office"]))
    assert docs.model.total_count == 1
    docs.department_combo.setCurrentIndex(0)
    docs.select_doc(doc_id_of(f"RK-{YEAR}-0001"))
    assert [k for k, b in buttons.items() if b.isEnabled()] == ["reverse", "print"]
    assert "晨光文具" in docs.detail_label.text()
    assert docs.lines_model.rowCount() == 3


@popup_warnings
def test_receipt_requisition_approval_and_issue_from_the_tab(qtbot, main_window, tab, stock):
    activate(qtbot, main_window)

    def receipt(dialog) -> None:
        type_line(qtbot, dialog.ui, "硒鼓", "5", "310")
        save(qtbot, dialog)

    drive(qtbot, receipt)
    qtbot.mouseClick(tab.receive_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.docs_panel
    assert tab.docs_panel.current.number == f"RK-{YEAR}-0002"
    assert Item.get_by_id(stock["toner"]).on_hand_m == 6_000

    def requisition(dialog) -> None:
        type_text(qtbot, dialog.ui.person_combo.lineEdit(), "王芳")
        dialog.ui.item_edit.setFocus()
        type_line(qtbot, dialog.ui, "硒鼓", "4")
        type_line(qtbot, dialog.ui, "W00001", "10")
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    drive(qtbot, requisition)
    qtbot.mouseClick(tab.requisition_button, Qt.MouseButton.LeftButton)
    docs = tab.docs_panel
    number = f"LY-{YEAR}-0001"
    assert docs.current.number == number
    assert docs.buttons["approve"].isEnabled()

    seen: list[str] = []

    def approve(dialog) -> None:
        assert dialog.ui.person_edit.text() == "测试员"
        dialog.ui.person_edit.setText("王芳")  # the requester may not approve
        dialog.accept()
        seen.append(dialog.ui.error_label.text())
        dialog.ui.person_edit.setText("赵校长")
        dialog.accept()

    drive(qtbot, approve)
    qtbot.mouseClick(docs.buttons["approve"], Qt.MouseButton.LeftButton)
    assert "不能审批自己的领用单" in seen[0]
    assert docs.current.approved_by == "赵校长"

    def issue(dialog) -> None:
        type_in_cell(qtbot, dialog.ui.lines_view, "3")  # 3 of the 4 硒鼓
        save(qtbot, dialog)

    drive(qtbot, issue)
    qtbot.keyClick(docs.table, Qt.Key.Key_Return)  # Enter on an approved requisition issues it
    view = doc_view(doc_id_of(number))
    assert view.state == STATE_ISSUED
    assert [line.issued_m for line in view.lines] == [3_000, 10_000]
    assert docs.buttons["return"].isEnabled()
    assert Item.get_by_id(stock["toner"]).on_hand_m == 3_000
    assert "已发放" in main_window.statusBar().currentMessage()

    def give_back(dialog) -> None:
        type_in_cell(qtbot, dialog.ui.lines_view, "1")
        save(qtbot, dialog)

    drive(qtbot, give_back)
    qtbot.mouseClick(docs.buttons["return"], Qt.MouseButton.LeftButton)
    assert Item.get_by_id(stock["toner"]).on_hand_m == 4_000
    assert docs.current.number == f"TK-{YEAR}-0001"


def test_ctrl_f_goes_to_the_stock_search(qtbot, main_window, tab) -> None:
    activate(qtbot, main_window)
    main_window.find_action.trigger()
    assert QApplication.focusWidget() is tab.stock_panel.search_edit


def test_deleting_an_item_with_history_is_refused_with_a_message(tab, stock, monkeypatch):
    from app.ui.stock import tab as tab_module

    warnings: list[str] = []
    yes = tab_module.QMessageBox.StandardButton.Yes
    monkeypatch.setattr(tab_module.QMessageBox, "question", lambda *args: yes)
    monkeypatch.setattr(
        tab_module.QMessageBox, "warning", lambda _w, _t, text: warnings.append(text)
    )
    tab.stock_panel.select_item(stock["paper"])
    tab.delete_item()
    assert "不能删除" in warnings[0]
    assert "还有库存 50 包，先领用或报损完，再停用" in warnings[0]
    assert Item.get_or_none(Item.id == stock["paper"]) is not None
    tab.stock_panel.select_item(stock["pen"])  # never moved: it can go
    tab.delete_item()
    assert Item.get_or_none(Item.id == stock["pen"]) is None
    assert "W00004" not in _codes(tab.stock_panel.model)


def test_models_pass_the_model_tester(qtmodeltester, tab, stock) -> None:
    panel = tab.stock_panel
    panel.select_item(stock["paper"])
    for model in (panel.model, panel.ledger.model, tab.docs_panel.model):
        qtmodeltester.check(model, force_py=True)
    tab.docs_panel.table.selectRow(0)
    qtmodeltester.check(tab.docs_panel.lines_model, force_py=True)
    assert isinstance(panel.model, ItemTableModel)
    assert isinstance(panel.ledger.model, LedgerModel)
    assert isinstance(tab.docs_panel.model, DocTableModel)
    assert isinstance(tab.docs_panel.lines_model, DocLinesModel)


def test_print_button_makes_the_pdf_of_the_selected_document(qtbot, main_window, tab, stock):
    tab.show_documents(doc_id_of(f"RK-{YEAR}-0001"))
    assert tab.docs_panel.buttons["print"].isEnabled()
    qtbot.mouseClick(tab.docs_panel.buttons["print"], Qt.MouseButton.LeftButton)
    [path] = main_window.opened_pdfs
    assert path.read_bytes().startswith(b"%PDF")
    assert f"RK-{YEAR}-0001" in path.name
    assert "已生成" in main_window.statusBar().currentMessage()


def test_reports_button_opens_the_reports_dialog(qtbot, tab, stock) -> None:
    seen = drive(qtbot, lambda dialog: dialog.reject())
    qtbot.mouseClick(tab.reports_button, Qt.MouseButton.LeftButton)
    assert [type(dialog).__name__ for dialog in seen] == ["StockReportsDialog"]
