"""The stocktake dialog: counts typed by keyboard, the differences shown, one 盘点调整单 posted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Item, StockDoc, StockMove
from app.models.stock import DOC_STOCKTAKE
from app.ui.stock.stocktake_dialog import StocktakeDialog
from app.ui.stock.stocktake_model import COUNTED
from tests.gui.conftest import activate, popup_warnings, type_text
from tests.gui.stock.conftest import drive, save, type_in_cell

pytestmark = [pytest.mark.gui, popup_warnings]
YEAR = dt.date.today().year


def _open(qtbot, **kw) -> StocktakeDialog:
    dialog = StocktakeDialog(None, actor="李强", **kw)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def _cell(dialog: StocktakeDialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def _fill_header(qtbot, dialog: StocktakeDialog) -> None:
    ui = dialog.ui
    assert QApplication.focusWidget() is ui.reason_edit
    type_text(qtbot, ui.reason_edit, "学期末盘点")
    ui.supervised_by_edit.setFocus()
    type_text(qtbot, ui.supervised_by_edit, "陈会计")
    ui.counts_view.setFocus()


def test_counts_typed_by_keyboard_post_one_adjustment(qtbot, stock) -> None:
    dialog = _open(qtbot)
    ui = dialog.ui
    assert [_cell(dialog, row, 0) for row in range(4)] == ["W00001", "W00002", "W00003", "W00004"]
    assert [_cell(dialog, row, 4) for row in range(4)] == ["50", "10", "1", "0"]
    _fill_header(qtbot, dialog)
    assert ui.counts_view.currentIndex().column() == COUNTED
    type_in_cell(qtbot, ui.counts_view, "48")  # paper: two packs short
    type_in_cell(qtbot, ui.counts_view, "10.5")  # soap (千克): half a kilo more
    qtbot.keyClick(ui.counts_view, Qt.Key.Key_Return)  # toner not counted: no adjustment
    type_in_cell(qtbot, ui.counts_view, "0")  # pens: none, as the book says
    assert [_cell(dialog, row, 6) for row in range(4)] == ["-2", "+0.5", "", "0"]
    assert [_cell(dialog, row, 7) for row in range(2)] == ["-50.00", "4.00"]
    assert ui.summary_label.text() == "共 4 种，已盘 3 种；盘盈 1 种 4.00 元，盘亏 1 种 50.00 元"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        save(qtbot, dialog)
    assert dialog.outcome == f"PD-{YEAR}-0001"
    doc = StockDoc.get(StockDoc.number == dialog.outcome)
    assert (doc.doc_type, doc.handled_by, doc.checked_by) == (DOC_STOCKTAKE, "李强", "陈会计")
    assert StockMove.select().where(StockMove.doc == doc.id).count() == 2
    assert Item.get_by_id(stock["paper"]).on_hand_m == 48_000
    assert Item.get_by_id(stock["soap"]).on_hand_m == 10_500


def test_a_bad_count_is_marked_and_nothing_is_posted(qtbot, stock) -> None:
    dialog = _open(qtbot)
    ui = dialog.ui
    _fill_header(qtbot, dialog)
    type_in_cell(qtbot, ui.counts_view, "49.5")  # paper comes in whole packs
    assert "只能是整数" in dialog.model.index(0, COUNTED).data(Qt.ItemDataRole.ToolTipRole)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "A4复印纸" in ui.error_label.text() and "只能是整数" in ui.error_label.text()
    assert ui.counts_view.currentIndex().row() == 0
    assert not StockDoc.select().where(StockDoc.doc_type == DOC_STOCKTAKE).exists()
    assert Item.get_by_id(stock["paper"]).on_hand_m == 50_000


def test_counts_equal_to_the_book_post_nothing_and_say_so(qtbot, stock) -> None:
    dialog = _open(qtbot)
    _fill_header(qtbot, dialog)
    type_in_cell(qtbot, dialog.ui.counts_view, "50")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "全部一致" in dialog.ui.error_label.text()


def test_the_category_filter_reloads_the_sheet(qtbot, stock) -> None:
    dialog = _open(qtbot)
    ui = dialog.ui
    ui.category_combo.setCurrentIndex(ui.category_combo.findText("清洁用品"))
    ui.load_button.click()
    assert dialog.model.rowCount() == 0
    assert dialog.scope() == "类别：清洁用品"
    ui.category_combo.setCurrentIndex(ui.category_combo.findText("办公用品"))
    ui.load_button.click()
    assert dialog.model.rowCount() == 4


def test_the_tab_opens_the_stocktake_and_shows_the_posted_document(qtbot, main_window, stock):
    tab = main_window.stock_tab

    def count(dialog: StocktakeDialog) -> None:
        _fill_header(qtbot, dialog)
        type_in_cell(qtbot, dialog.ui.counts_view, "49")
        save(qtbot, dialog)

    done = drive(qtbot, count)
    tab.stocktake_button.click()
    qtbot.waitUntil(lambda: bool(done))
    view = tab.docs_panel.current
    assert view is not None and view.number == f"PD-{YEAR}-0001"
    assert tab.docs_panel.buttons["print"].isEnabled()
