"""导入物资 in the 库房 tab: the shared preview dialog configured for items, and the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from app.io.item_fields import ITEM_FIELDS
from app.models import Item, StockMove
from app.services.check import run_checks
from app.services.stock_import import saved_item_mapping
from app.ui.register.import_dialog import ImportDialog
from app.ui.register.import_mapping_dialog import ImportMappingDialog
from app.ui.stock.import_items import FIELD_TITLES, item_flow
from app.ui.worker import TaskRunner
from tests.fixtures.item_lists import write_item_xlsx
from tests.gui.conftest import on_next_dialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(None, path, TaskRunner(synchronous=True), "李强", item_flow())
    qtbot.addWidget(dialog)
    return dialog


def test_preview_of_a_messy_item_list(qtbot, qtmodeltester, school_ids, tmp_path) -> None:
    dialog = _dialog(qtbot, write_item_xlsx(tmp_path / "期初.xlsx"))
    dialog.resize(1200, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "导入物资和期初库存"
    assert "物资清单：期初.xlsx" in ui.file_label.text()
    assert "表头在第 3 行" in ui.file_label.text()
    assert ui.summary_label.text() == (
        "共 12 行数据：可导入 5 行（新建物资 5 种，已有 0 种；期初库存 4 种，金额合计 ¥1,370.00），"
        "有错误 7 行。"
    )
    details = ui.details_label.text()
    assert "已跳过：空行 1 行，合计行 1 行，标题或说明行 1 行" in details
    assert "将新建计量单位（只能计整数）：捆" in details
    assert "将新建物资分类：五金材料" in details
    assert dialog.model.rowCount() == 7  # the faulty rows first
    assert dialog.model.index(3, 3).data() == (
        "I 列（期初数量）：单位“个”只能是整数，期初数量不能有小数（输入的是 2.5）。"
    )
    ui.filter_combo.setCurrentIndex(ui.filter_combo.findData("all"))
    assert dialog.model.rowCount() == 12
    soap = next(n for n in range(12) if dialog.model.index(n, 4).data() == "QJ002")
    assert [dialog.model.index(soap, c).data() for c in (6, 9, 10, 11)] == [
        "千克", "10", "12.5", "110.00",
    ]  # fmt: skip
    qtmodeltester.check(dialog.model)
    assert not dialog.import_button.isEnabled()
    assert dialog.good_button.text() == "只导入无误的 5 行(&G)"
    assert dialog.grab().save(str(tmp_path / "import_items.png"))


def test_import_the_good_rows_through_the_tab(
    qtbot, main_window, school_ids, tmp_path, monkeypatch
):
    path = write_item_xlsx(tmp_path / "期初.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    tab = main_window.stock_tab
    main_window.tabs.setCurrentWidget(tab)
    before = Item.select().count()
    seen = on_next_dialog(lambda dialog: dialog.good_button.click())
    tab.import_items_button.click()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert Item.select().count() == before + 5
    assert StockMove.select().count() == 4
    assert "已导入 5 行：新建物资 5 种" in main_window.statusBar().currentMessage()
    assert tab.stock_panel.model.total_count == before + 5
    assert run_checks() == []


def test_the_menu_action_and_a_remembered_mapping(qtbot, main_window, school_ids, tmp_path):
    names = {a.objectName() for a in main_window.stock_tab.menu_actions() if a is not None}
    assert "stock_import_items_action" in names
    dialog = _dialog(qtbot, write_item_xlsx(tmp_path / "期初.xlsx", with_errors=False))
    assert dialog.import_button.text() == "全部导入 6 行(&I)"

    def remap(mapping: ImportMappingDialog) -> None:
        combo = mapping.combos[6]  # 货架
        assert combo.currentData() == "shelf"
        combo.setCurrentIndex(combo.findData("note"))
        mapping.accept()

    on_next_dialog(remap)
    dialog.ui.mapping_button.click()
    assert dialog.preview.mapping[6] == "note"
    assert saved_item_mapping() == {"货架": "note"}
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Item.get(Item.code == "BG001").note == "A-01"


def test_every_item_field_has_a_title_in_the_mapping_dialog() -> None:
    assert set(FIELD_TITLES) == {""} | {spec.key for spec in ITEM_FIELDS.fields}
