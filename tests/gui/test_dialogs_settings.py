"""The settings dialog and the first-start school dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from app.services import settings
from app.ui.dialogs.school_setup_dialog import SchoolSetupDialog
from app.ui.dialogs.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def _settings_dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_dialog_shows_the_stored_values(qtbot, school_ids) -> None:
    """School name, pattern, threshold and 次月 (the default) are filled in."""
    dialog = _settings_dialog(qtbot)
    ui = dialog.ui
    assert ui.school_name_edit.text() == "北京市第一实验中学"
    assert ui.asset_number_pattern_edit.text() == settings.DEFAULT_ASSET_PATTERN
    assert ui.threshold_edit.text() == "1000.00"
    assert ui.depreciation_start_combo.currentText() == "次月"


def test_settings_dialog_saves(qtbot, school_ids) -> None:
    """Every field is saved; 当月 maps to DEPRECIATION_SAME_MONTH."""
    dialog = _settings_dialog(qtbot)
    ui = dialog.ui
    ui.school_name_edit.setText("北京市第二实验中学")
    ui.asset_number_pattern_edit.setText("{cat}{year}{seq:04d}")
    ui.threshold_edit.setText("1,500")
    ui.depreciation_start_combo.setCurrentText("当月")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome == settings.load_settings()
    assert dialog.outcome.school_name == "北京市第二实验中学"
    assert dialog.outcome.asset_number_pattern == "{cat}{year}{seq:04d}"
    assert dialog.outcome.fixed_asset_threshold == Decimal("1500.00")
    assert dialog.outcome.depreciation_start == settings.DEPRECIATION_SAME_MONTH


def test_pattern_example_follows_the_typing(qtbot, school_ids) -> None:
    """Under the pattern an example number is shown, or why the pattern is wrong."""
    dialog = _settings_dialog(qtbot)
    ui = dialog.ui
    ui.asset_number_pattern_edit.setText("ZC-{seq:03d}")
    assert ui.asset_number_example_label.text() == "示例：ZC-001"
    ui.asset_number_pattern_edit.setText("{year}-{cat}")
    assert "必须包含流水号" in ui.asset_number_example_label.text()


def test_bad_pattern_is_refused_and_nothing_saved(qtbot, school_ids) -> None:
    """A pattern without a serial is refused at its field; the other changes are not saved."""
    dialog = _settings_dialog(qtbot)
    ui = dialog.ui
    ui.school_name_edit.setText("别的学校")
    ui.asset_number_pattern_edit.setText("{year}-{cat}")
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "必须包含流水号" in ui.error_label.text()
    assert dialog.focusWidget() is ui.asset_number_pattern_edit
    assert settings.load_settings().school_name == "北京市第一实验中学"


def test_bad_threshold_is_refused(qtbot, school_ids) -> None:
    """A threshold that is not an amount is refused at its field."""
    dialog = _settings_dialog(qtbot)
    dialog.ui.threshold_edit.setText("abc")
    dialog.show()
    dialog.accept()
    assert "不是有效数字" in dialog.ui.error_label.text()
    assert dialog.focusWidget() is dialog.ui.threshold_edit
    assert dialog.ui.threshold_edit.text() == "abc"


def test_school_setup_refuses_an_empty_name(qtbot, db_path) -> None:
    """First start: an empty name is refused with the reason; the dialog stays."""
    dialog = SchoolSetupDialog(None)
    qtbot.addWidget(dialog)
    dialog.ui.school_name_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == "学校名称不能为空，它会印在每一张单据上。"
    assert settings.load_settings().school_name == ""


def test_school_setup_saves_the_name(qtbot, db_path) -> None:
    """A name is stored (trimmed) and is the outcome."""
    dialog = SchoolSetupDialog(None)
    qtbot.addWidget(dialog)
    dialog.ui.school_name_edit.setText("  南溪市第三中学 ")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert dialog.outcome == "南溪市第三中学"
    assert settings.load_settings().school_name == "南溪市第三中学"
