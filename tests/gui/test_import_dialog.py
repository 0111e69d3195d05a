"""导入台账 and 导出台账 in the window: the preview, the mapping, importing, stopping, exporting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget

from app.io.asset_fields import FIELDS
from app.io.headers import IGNORE
from app.models import Asset, Department, Room
from app.services.asset_import import saved_mapping
from app.ui.qt_app import install_translators
from app.ui.register.import_dialog import ImportDialog
from app.ui.register.import_mapping_dialog import FIELD_TITLES, ImportMappingDialog
from app.ui.worker import TaskRunner
from tests.fixtures.ledgers import write_big_xlsx, write_messy_xlsx
from tests.gui.conftest import on_next_dialog

pytestmark = pytest.mark.gui

_CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_messy_xlsx(tmp_path / "明细账.xlsx")


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return write_messy_xlsx(tmp_path / "明细账.xlsx", with_errors=False)


def _dialog(qtbot, path: Path, runner: TaskRunner | None = None) -> ImportDialog:
    dialog = ImportDialog(None, path, runner or TaskRunner(synchronous=True), actor="测试员")
    qtbot.addWidget(dialog)
    return dialog


def test_preview_of_a_messy_ledger(qtbot, qtmodeltester, school_ids, messy, tmp_path) -> None:
    """One look shows the totals, what is skipped or created, and the faulty rows first."""
    dialog = _dialog(qtbot, messy)
    dialog.resize(1200, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert "表头在第 3 行" in ui.file_label.text()
    assert ui.summary_label.text() == (
        "共 9 行数据：可导入 5 行（47 件资产，原值合计 ¥41,180.50），有错误 4 行。"
    )
    details = ui.details_label.text()
    assert "已跳过：空行 2 行，合计行 1 行，标题或说明行 1 行" in details
    assert "将新建：部门 3 个（教务处、办公室、体育组）" in details
    # the errors come first; all rows one click away
    assert ui.filter_combo.currentData() == "errors"
    assert dialog.model.rowCount() == 4
    assert dialog.model.index(0, 3).data() == (
        "B 列（资产编号）：资产编号 GD-2019-001 与第 11 行重复，两行都不会导入，请改正其中一行"
    )
    ui.filter_combo.setCurrentIndex(ui.filter_combo.findData("all"))
    assert dialog.model.rowCount() == 9
    assert dialog.model.index(2, 4).data() == "（自动编号）"  # the desks
    qtmodeltester.check(dialog.model)
    # with errors: importing everything is impossible, the good rows are offered
    assert not dialog.import_button.isEnabled()
    assert not dialog.good_button.isHidden()
    assert dialog.good_button.text() == "只导入无误的 5 行(&G)"
    assert ui.progress_bar.isHidden()
    shot = tmp_path / "import_preview.png"
    assert dialog.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_import_the_good_rows(qtbot, school_ids, messy) -> None:
    dialog = _dialog(qtbot, messy)
    dialog.good_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.outcome.rows, dialog.outcome.assets) == (5, 47)
    assert Asset.select().count() == 47


def test_import_a_clean_ledger_whole(qtbot, school_ids, clean) -> None:
    dialog = _dialog(qtbot, clean)
    assert dialog.good_button.isHidden()
    assert dialog.ui.filter_combo.findData("errors") < 0  # nothing to filter for
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "全部导入 6 行(&I)"
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Asset.select().count() == 48


def test_a_file_that_cannot_be_read(qtbot, school_ids, tmp_path) -> None:
    path = tmp_path / "旧台账.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    dialog = _dialog(qtbot, path)
    assert "旧版 Excel（.xls/.et）" in dialog.ui.error_label.text()
    assert not dialog.ui.error_label.isHidden()
    assert not dialog.import_button.isEnabled()
    assert not dialog.ui.mapping_button.isEnabled()


def test_mapping_changed_in_the_dialog_is_used_and_remembered(qtbot, school_ids, clean) -> None:
    """Column B is really the old number: the preview follows, and the next file knows it."""
    dialog = _dialog(qtbot, clean)

    def remap(mapping: ImportMappingDialog) -> None:
        combo = mapping.combos[1]
        assert combo.currentData() == "number"
        combo.setCurrentIndex(combo.findData("old_number"))
        mapping.accept()

    seen = on_next_dialog(remap)
    dialog.ui.mapping_button.click()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert dialog.preview.mapping[1] == "old_number"
    dialog.ui.filter_combo.setCurrentIndex(dialog.ui.filter_combo.findData("all"))
    assert dialog.model.index(0, 4).data() == "（自动编号）"
    assert saved_mapping() == {"资产编号": "old_number"}
    again = _dialog(qtbot, clean)
    assert again.preview.mapping[1] == "old_number"


def test_mapping_refuses_a_field_twice(qtbot, school_ids, clean) -> None:
    dialog = _dialog(qtbot, clean)
    mapping = ImportMappingDialog(
        None, dialog.preview.ledger, dialog.preview.header, dialog.preview.mapping
    )
    qtbot.addWidget(mapping)
    samples = mapping.ui.mapping_table.item(7, 3).text()
    assert samples == "¥4,999.00  |  380元  |  3200"
    mapping.combos[4].setCurrentIndex(mapping.combos[4].findData("name"))
    mapping.accept()
    assert mapping.result() != QDialog.DialogCode.Accepted
    assert "“资产名称”对应了多列（C 列、E 列）" in mapping.ui.error_label.text()
    assert saved_mapping() == {}


def test_mapping_dialog_moves_the_header(qtbot, school_ids, clean) -> None:
    dialog = _dialog(qtbot, clean)
    mapping = ImportMappingDialog(
        None, dialog.preview.ledger, dialog.preview.header, dialog.preview.mapping
    )
    qtbot.addWidget(mapping)
    assert mapping.ui.header_row_spin.value() == 3
    mapping.ui.header_row_spin.setValue(1)  # the title row: nothing there names a field
    assert mapping.ui.mapping_table.item(0, 1).text() == "XX学校固定资产明细账"
    assert {combo.currentData() for combo in mapping.combos} == {IGNORE}
    mapping.ui.header_row_spin.setValue(3)
    assert mapping.combos[2].currentData() == "name"


def test_every_field_has_a_title_in_the_mapping_dialog() -> None:
    assert set(FIELD_TITLES) == {IGNORE} | {spec.key for spec in FIELDS}


def test_stopping_an_import_leaves_the_database_as_it_was(qtbot, school_ids, tmp_path) -> None:
    """Work runs on the thread pool; 停止 during the import rolls every row back."""
    path = write_big_xlsx(tmp_path / "大台账.xlsx", 1500)
    runner = TaskRunner()
    departments = Department.select().count()
    try:
        dialog = _dialog(qtbot, path, runner)
        qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=60_000)
        assert dialog.preview.is_clean
        dialog.import_button.click()
        assert dialog.busy
        assert not dialog.ui.stop_button.isHidden()
        qtbot.waitUntil(lambda: dialog.ui.progress_bar.value() > 0, timeout=60_000)
        dialog.ui.stop_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    finally:
        runner.shutdown()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == "已停止，数据库没有任何改动。"
    assert Asset.select().count() == 0
    assert Department.select().count() == departments
    assert dialog.import_button.isEnabled()  # the user may try again


def test_import_from_the_file_menu(qtbot, main_window, messy, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(messy), ""))
    file_menu = main_window.menuBar().actions()[0].menu()
    assert main_window.import_action in file_menu.actions()
    on_next_dialog(lambda dialog: dialog.good_button.click())
    main_window.import_action.trigger()
    assert main_window.register_tab.model.total_count == 47
    assert "已导入 5 行，登记资产 47 件" in main_window.statusBar().currentMessage()


def test_export_from_the_file_menu(qtbot, main_window, clean, tmp_path, monkeypatch) -> None:
    """The register as filtered goes to .xlsx (the name gets its extension when typed without)."""
    on_next_dialog(lambda dialog: dialog.import_button.click())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(clean), ""))
    main_window.import_action.trigger()
    main_window.register_tab.search_edit.setText("篮球架")
    main_window.register_tab.as_of_edit.setDate(QDate(2030, 6, 30))
    main_window.register_tab.apply_filter()
    target = tmp_path / "导出" / "篮球架"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    main_window.export_action.trigger()
    saved = target.with_name("篮球架.xlsx")
    sheet = load_workbook(saved).active
    assert [row[2].value for row in sheet.iter_rows(min_row=2)] == ["篮球架", "篮球架"]
    # depreciation as of the tab's 折旧截至 date, as the register shows it
    assert "累计折旧（元，截至 2030-06-30）" in [c.value for c in sheet[1]]
    assert "已导出 2 件资产" in main_window.statusBar().currentMessage()
    assert Room.select().count() >= 2


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    assert translators
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _fixed_texts(widget: QWidget) -> list[str]:
    return [
        child.text() for child in widget.findChildren(QLabel) if child.objectName() == "hint_label"
    ]


def test_english_import_dialog(english, qtbot, school_ids, messy) -> None:
    dialog = _dialog(qtbot, messy)
    assert dialog.windowTitle() == "Import ledger"
    assert not _CHINESE.search(dialog.good_button.text())
    assert not _CHINESE.search(dialog.import_button.text())
    assert not _CHINESE.search(dialog.ui.mapping_button.text())
    assert not _CHINESE.search(dialog.ui.summary_label.text())
    headers = [dialog.model.headerData(c, 1) for c in range(dialog.model.columnCount())]
    assert not [h for h in headers if _CHINESE.search(h)]
    mapping = ImportMappingDialog(
        None, dialog.preview.ledger, dialog.preview.header, dialog.preview.mapping
    )
    qtbot.addWidget(mapping)
    assert not [t for t in _fixed_texts(mapping) if _CHINESE.search(t)]
    assert not _CHINESE.search(mapping.combos[0].itemText(0))
