"""What the second half of the stock-room walk-through stumbled on: item codes, the ledger's 摘要."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.models import Item, ItemCategory, Unit
from app.services import reference, stock_items, stock_receipts
from app.services.stock_docs import LineInput
from app.services.stock_queries import items_by_ids
from app.ui.stock.item_dialog import ItemDialog
from app.ui.stock.stock_panel import SUMMARY_COLUMN, LedgerPane
from tests.gui.conftest import activate, type_text

pytestmark = pytest.mark.gui


def _add(code: str, name: str, category: str) -> None:
    stock_items.create_item(
        stock_items.ItemInput(
            name=name,
            code=code,
            unit_id=Unit.get(Unit.name == "个").id,
            category_id=ItemCategory.get(ItemCategory.name == category).id,
        )
    )


def test_new_item_code_follows_the_chosen_category(qtbot, stock) -> None:
    _add("QJ0001", "拖把", "清洁用品")
    _add("QJ0002", "扫帚", "清洁用品")
    dialog = ItemDialog(None, actor="李强")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    # No category yet: the catalogue's automatic series (four W-codes in the fixture).
    assert ui.code_edit.placeholderText().endswith("W00005")
    ui.category_combo.setFocus()
    for _ in range(ui.category_combo.count()):
        if ui.category_combo.currentText() == "清洁用品":
            break
        qtbot.keyClick(ui.category_combo, Qt.Key.Key_Down)
    assert ui.category_combo.currentText() == "清洁用品"
    assert ui.code_edit.placeholderText().endswith("QJ0003")
    type_text(qtbot, ui.name_edit, "水桶")
    ui.unit_combo.setCurrentIndex(ui.unit_combo.findText("个"))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(ui.code_edit, Qt.Key.Key_Return)
    assert Item.get_by_id(dialog.outcome).code == "QJ0003"


def test_new_item_from_a_filtered_list_starts_in_that_category(qtbot, stock) -> None:
    _add("BG0007", "订书机", "办公用品")
    _add("BG0008", "回形针", "办公用品")
    _add("BG0009", "长尾夹", "办公用品")
    _add("BG0010", "胶水", "办公用品")
    _add("BG0011", "剪刀", "办公用品")
    office = ItemCategory.get(ItemCategory.name == "办公用品").id
    dialog = ItemDialog(None, actor="李强", category_id=office)
    qtbot.addWidget(dialog)
    # Five BG-codes outnumber the fixture's four W-codes in 办公用品.
    assert dialog.ui.category_combo.currentData() == office
    assert dialog.ui.code_edit.placeholderText().endswith("BG0012")


def test_ledger_summary_reads_whole_at_the_default_window_size(qtbot, main_window, stock) -> None:
    supplier = reference.save_record("supplier", {"name": "南溪晨光文具专营店"})
    stock_receipts.post_receipt(
        stock_receipts.ReceiptInput(
            date=dt.date.today(),
            supplier_id=supplier,
            lines=[LineInput(stock["paper"], "5", "25.00")],
        )
    )
    main_window.refresh()
    main_window.tabs.setCurrentWidget(main_window.stock_tab)
    activate(qtbot, main_window)
    panel = main_window.stock_tab.stock_panel
    assert panel.select_item(stock["paper"])
    qtbot.waitUntil(lambda: panel.ledger.model.rowCount() == 2)
    table = panel.ledger.table
    summary = table.fontMetrics().horizontalAdvance("南溪晨光文具专营店")
    assert table.horizontalHeader().sectionSize(SUMMARY_COLUMN) > summary
    # 1280×760 is the window's default size: the figures beside 摘要 stay in view as well.
    assert main_window.size().width() == 1280
    assert table.horizontalScrollBar().maximum() == 0


def test_a_narrow_ledger_scrolls_rather_than_cutting_the_summary(qtbot, stock) -> None:
    pane = LedgerPane()
    qtbot.addWidget(pane)
    pane.resize(320, 300)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_item(items_by_ids([stock["paper"]])[0])
    header = pane.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(SUMMARY_COLUMN) >= pane.summary_width())
    assert pane.summary_width() > header.sectionSizeFromContents(SUMMARY_COLUMN).width() - 1
    assert pane.table.horizontalScrollBar().maximum() > 0
