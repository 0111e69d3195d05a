"""The settings dialog's tabs: every setting shown, prefixes with examples, refusals per tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from app.models import Setting
from app.services import settings
from app.ui.dialogs.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

YEAR = dt.date.today().year


def _dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    return dialog


def test_the_tabs_and_every_setting_are_shown(qtbot, school_ids) -> None:
    dialog = _dialog(qtbot)
    ui = dialog.ui
    tabs = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
    assert tabs == ["常规", "资产编号与折旧", "单据编号", "库房", "报废审批"]
    assert ui.forbid_self_approval_check.isChecked()
    assert not ui.requisition_two_copies_check.isChecked()
    assert ui.director_limit_edit.text() == "500.00"
    assert ui.principal_limit_edit.text() == "10000.00"
    current = settings.load_settings()
    shown = {key: edit.text() for key, edit in dialog.prefix_edits.items()}
    expected = {
        key: getattr(current, key)
        for key, _label in settings.DOCUMENT_PREFIXES
        if hasattr(current, key)
    }
    assert shown == expected
    assert dialog.prefix_examples["receipt_prefix"].text() == f"示例：RK-{YEAR}-0001"
    assert ui.tabs.widget(2).isAncestorOf(dialog.prefix_edits["handover_prefix"])


def test_typing_a_prefix_updates_its_example_in_upper_case(qtbot, school_ids) -> None:
    dialog = _dialog(qtbot)
    edit = dialog.prefix_edits["receipt_prefix"]
    edit.clear()
    qtbot.keyClicks(edit, "rk9d")  # the digit is not accepted
    assert edit.text() == "RKD"
    assert dialog.prefix_examples["receipt_prefix"].text() == f"示例：RKD-{YEAR}-0001"
    edit.clear()
    assert dialog.prefix_examples["receipt_prefix"].text() == "请填写入库单的编号前缀。"


def test_saving_stores_every_tab(qtbot, school_ids) -> None:
    dialog = _dialog(qtbot)
    ui = dialog.ui
    ui.forbid_self_approval_check.setChecked(False)
    ui.requisition_two_copies_check.setChecked(True)
    ui.director_limit_edit.setText("800")
    ui.principal_limit_edit.setText("8,000")
    dialog.prefix_edits["disposal_prefix"].setText("BFSQ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings.load_settings()
    assert dialog.outcome == saved
    assert not saved.forbid_self_approval
    assert saved.requisition_two_copies
    assert saved.disposal_director_limit == Decimal("800.00")
    assert saved.disposal_principal_limit == Decimal("8000.00")
    assert saved.disposal_prefix == "BFSQ"
    assert saved.receipt_prefix == "RK"


def test_a_duplicate_prefix_opens_its_tab_and_saves_nothing(qtbot, school_ids) -> None:
    before = {row.key: row.value for row in Setting.select()}
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.ui.school_name_edit.setText("别的学校")
    dialog.prefix_edits["write_off_prefix"].setText("JJ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == (
        "报损单的编号前缀“JJ”与资产交接单相同，两种单据的编号会混在一起，请换一个前缀。"
    )
    assert dialog.ui.tabs.currentIndex() == 2
    assert dialog.focusWidget() is dialog.prefix_edits["write_off_prefix"]
    assert {row.key: row.value for row in Setting.select()} == before


def test_limits_in_the_wrong_order_open_the_disposal_tab(qtbot, school_ids) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.ui.director_limit_edit.setText("20000")
    dialog.accept()
    assert dialog.ui.error_label.text() == "后勤主任审批限额必须小于校长审批限额。"
    assert dialog.ui.tabs.currentIndex() == 4
    assert dialog.focusWidget() is dialog.ui.director_limit_edit
    assert settings.load_settings().disposal_director_limit == Decimal("500.00")
