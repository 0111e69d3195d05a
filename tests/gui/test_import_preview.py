"""The import preview a new user reads at one look: reasons in full, file values, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from app.models import Asset, Category
from app.ui.register.import_dialog import ImportDialog
from app.ui.register.import_mapping_dialog import ImportMappingDialog
from app.ui.worker import TaskRunner
from tests.fixtures.ledger_messy import write_messy_gbk_csv
from tests.gui.conftest import on_next_dialog

pytestmark = pytest.mark.gui

_RED = "#c62828"


def _dialog(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(None, path, TaskRunner(synchronous=True), actor="测试员")
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog: ImportDialog, line: int) -> int:
    found = next(
        (r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == str(line)),
        None,
    )
    assert found is not None, line
    return found


def _column(dialog: ImportDialog, key: str) -> int:
    return dialog.model.keys.index(key)


def test_faulty_cells_show_the_files_text_in_red(qtbot, school_ids, tmp_path) -> None:
    ledger = write_messy_gbk_csv(tmp_path / "XX中学固定资产登记表.csv")
    dialog = _dialog(qtbot, ledger.path)
    model = dialog.model
    assert dialog.ui.filter_combo.currentData() == "errors"
    negative = next(line for line, why in ledger.bad_lines.items() if why == "负数")
    future = next(line for line, why in ledger.bad_lines.items() if why == "晚于今天")
    value = model.index(_row(dialog, negative), _column(dialog, "value"))
    assert value.data() == "-1150.00"
    assert value.data(Qt.ItemDataRole.ForegroundRole).color().name() == _RED
    assert "金额为负数（-1150.00）" in value.data(Qt.ItemDataRole.ToolTipRole)
    date = model.index(_row(dialog, future), _column(dialog, "purchase_date"))
    assert date.data() == "2099年1月1日"
    assert date.data(Qt.ItemDataRole.ForegroundRole).color().name() == _RED
    # a good cell of a faulty row keeps its normal colour
    name = model.index(_row(dialog, future), _column(dialog, "name"))
    assert name.data(Qt.ItemDataRole.ForegroundRole) is None
    # the reason is right after the name and wraps: its row is taller than a plain one
    first, second = sorted(line for line, why in ledger.bad_lines.items() if why == "重复")
    remarks = model.index(_row(dialog, first), _column(dialog, "remarks"))
    assert _column(dialog, "remarks") == 3
    assert f"与第 {second} 行重复，两行都不会导入，请改正其中一行" in remarks.data()
    assert remarks.data() in remarks.data(Qt.ItemDataRole.ToolTipRole)
    view = dialog.ui.preview_view
    no_name = _row(dialog, next(line for line, why in ledger.bad_lines.items() if "名称" in why))
    assert view.rowHeight(_row(dialog, first)) > view.rowHeight(no_name)


def test_the_disabled_import_all_says_why(qtbot, school_ids, tmp_path) -> None:
    ledger = write_messy_gbk_csv(tmp_path / "XX中学固定资产登记表.csv")
    dialog = _dialog(qtbot, ledger.path)
    assert not dialog.import_button.isEnabled()
    why = "有错误的 5 行不会导入：可以先只导入无误的 195 行，改正台账中的这 5 行后再导入它们。"
    assert dialog.import_button.toolTip() == why
    assert why in dialog.ui.details_label.text()


def test_below_threshold_rows_are_marked_and_can_be_listed(qtbot, school_ids, tmp_path) -> None:
    ledger = write_messy_gbk_csv(tmp_path / "XX中学固定资产登记表.csv")
    dialog = _dialog(qtbot, ledger.path)
    combo = dialog.ui.filter_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["all", "errors", "check", "below"]
    assert combo.itemText(combo.findData("all")) == "全部 200 行"
    combo.setCurrentIndex(combo.findData("below"))
    model = dialog.model
    names = {model.index(r, _column(dialog, "name")).data() for r in range(model.rowCount())}
    assert names == {"学生课桌椅"}
    results = {model.index(r, _column(dialog, "result")).data() for r in range(model.rowCount())}
    assert results == {"可导入（低于固定资产标准）"}
    counts = sum(
        int(model.index(r, _column(dialog, "count")).data()) for r in range(model.rowCount())
    )
    assert counts == dialog.preview.below_threshold == 30
    assert combo.itemText(combo.currentIndex()) == f"低于固定资产标准的 {model.rowCount()} 行"


def test_the_dialog_opens_to_fit_the_screen(qtbot, school_ids, tmp_path) -> None:
    dialog = _dialog(qtbot, write_messy_gbk_csv(tmp_path / "台账.csv").path)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= room.width()
    assert dialog.width() >= min(sum(dialog.flow.column_widths), room.width() - 40)
    view = dialog.ui.preview_view
    # the reason is on screen without scrolling sideways
    remarks = _column(dialog, "remarks")
    assert view.columnViewportPosition(remarks) + view.columnWidth(remarks) <= dialog.width()


def test_a_ledger_without_categories_guesses_and_takes_a_default(qtbot, school_ids, tmp_path):
    path = tmp_path / "无分类.csv"
    path.write_text(
        "资产编号,资产名称,单价,购置日期\nGD-1,笔记本电脑,5200,2021-9-1\nGD-2,不明物件,1200,2021-9-1\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, path)
    model = dialog.model
    assert dialog.preview.file_problems == []
    assert dialog.good_button.text() == "只导入无误的 1 行(&G)"
    combo = dialog.ui.filter_combo
    combo.setCurrentIndex(combo.findData("all"))
    remarks = _column(dialog, "remarks")
    assert model.index(0, remarks).data() == "按名称推断：A02010000 信息化设备"
    assert model.index(0, _column(dialog, "result")).data() == "可导入（请核对）"
    assert "也无法按名称推断" in model.index(1, remarks).data()
    furniture = Category.get(Category.code == "A05010000")

    def choose(mapping: ImportMappingDialog) -> None:
        assert not mapping.ui.category_box.isHidden()
        assert mapping.ui.guess_check.isChecked()
        box = mapping.ui.default_category_combo
        box.setCurrentIndex(box.findData(furniture.id))
        mapping.accept()

    seen = on_next_dialog(choose)
    dialog.ui.mapping_button.click()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert dialog.preview.is_clean
    combo.setCurrentIndex(combo.findData("all"))
    assert model.index(1, remarks).data().startswith("按默认分类：A05010000 家具")
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [a.category.code for a in Asset.select().order_by(Asset.id)] == [
        "A02010000",
        "A05010000",
    ]
