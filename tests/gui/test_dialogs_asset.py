"""The asset dialog: defaults, batch registration, editing, and refusals that keep the input."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from app.models import Asset, AssetEvent
from app.services import assets, reference
from app.ui.dialogs import combos
from app.ui.dialogs.asset_dialog import AssetEditDialog
from tests.factories import asset_input, computer_category
from tests.gui.conftest import popup_warnings, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Replace QMessageBox.question: record each question and answer Yes."""
    asked: list[str] = []

    def fake(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", fake)
    return asked


def _new_dialog(qtbot) -> AssetEditDialog:
    dialog = AssetEditDialog(None, asset_id=None, actor="测试员")
    qtbot.addWidget(dialog)
    return dialog


def _fill_valid(dialog: AssetEditDialog, **overrides: str) -> None:
    ui = dialog.ui
    ui.name_edit.setText(overrides.get("name", "台式计算机"))
    assert combos.select_id(ui.category_combo, computer_category().id)
    ui.value_edit.setText(overrides.get("value", "4999.00"))
    ui.spec_edit.setText("联想启天M437")
    ui.purchase_date_edit.setDate(QDate(2024, 9, 1))


def test_new_dialog_defaults(qtbot, school_ids) -> None:
    """New: the title, batch quantity on, number optional, 在用, today, 台."""
    dialog = _new_dialog(qtbot)
    ui = dialog.ui
    assert dialog.windowTitle() == "新增资产"
    assert ui.quantity_spin.isEnabled()
    assert ui.number_edit.placeholderText() == "留空自动编号"
    assert ui.status_combo.currentText() == "在用"
    assert ui.purchase_date_edit.date() == QDate.currentDate()
    assert ui.unit_combo.currentText() == "台"
    assert not ui.warranty_date_edit.isEnabled()


def test_batch_of_three_is_registered(qtbot, school_ids, questions) -> None:
    """A valid batch of 3 closes the dialog with three new ids, consecutively numbered."""
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog)
    dialog.ui.quantity_spin.setValue(3)
    assert not dialog.ui.number_edit.isEnabled()
    combos.select_id(dialog.ui.custodian_combo, school_ids["alice"])
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.outcome) == 3
    numbers = [assets.get_asset(i).number for i in dialog.outcome]
    assert numbers == sorted(numbers) and len(set(numbers)) == 3
    assert all(assets.get_asset(i).custodian_id == school_ids["alice"] for i in dialog.outcome)
    assert questions == []


def test_duplicate_number_is_refused_and_input_kept(qtbot, school_ids) -> None:
    """A number already in use: the message appears, the cursor is on the number, nothing saved."""
    existing = assets.get_asset(assets.register_assets(asset_input(number="ZC-0001"))[0])
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog, name="投影仪")
    dialog.ui.number_edit.setText("ZC-0001")
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "ZC-0001 已被使用" in dialog.ui.error_label.text()
    assert dialog.ui.error_label.isVisible()
    assert dialog.focusWidget() is dialog.ui.number_edit
    assert dialog.ui.name_edit.text() == "投影仪"
    assert dialog.ui.spec_edit.text() == "联想启天M437"
    assert Asset.select().count() == 1
    assert existing.name == "台式计算机"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "原值：金额不能为负数"),
        ("abc", "原值：金额“abc”不是有效数字"),
        ("0", "原值必须大于零。"),
    ],
)
def test_bad_value_is_refused_next_to_the_field(qtbot, school_ids, typed, message) -> None:
    """A negative, non-numeric or zero value is caught before the service, at the value field."""
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog, value=typed)
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == message
    assert dialog.focusWidget() is dialog.ui.value_edit
    assert dialog.ui.value_edit.text() == typed
    assert Asset.select().count() == 0


def test_future_purchase_date_is_refused_by_the_service(qtbot, school_ids) -> None:
    """The service's ValidationError names the date field; the cursor goes there."""
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog)
    tomorrow = QDate.currentDate().addDays(1)
    dialog.ui.purchase_date_edit.setDate(tomorrow)
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "晚于今天" in dialog.ui.error_label.text()
    assert dialog.focusWidget() is dialog.ui.purchase_date_edit
    assert dialog.ui.purchase_date_edit.date() == tomorrow
    assert Asset.select().count() == 0


def test_missing_name_and_category_are_caught_first(qtbot, school_ids) -> None:
    """An empty name, then an unchosen category, are reported at their widgets."""
    dialog = _new_dialog(qtbot)
    dialog.show()
    dialog.accept()
    assert dialog.ui.error_label.text() == "请填写资产名称。"
    assert dialog.focusWidget() is dialog.ui.name_edit
    dialog.ui.name_edit.setText("打印机")
    dialog.accept()
    assert dialog.ui.error_label.text() == "请从列表中选择资产分类。"
    assert dialog.focusWidget() is dialog.ui.category_combo


def test_unknown_custodian_text_is_refused(qtbot, school_ids) -> None:
    """A name typed into the searchable 保管人 box that matches nobody is not silently dropped."""
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog)
    dialog.ui.custodian_combo.setEditText("不存在的人")
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "不存在的人" in dialog.ui.error_label.text()
    assert Asset.select().count() == 0


def test_low_value_asks_once(qtbot, school_ids, monkeypatch) -> None:
    """Under the threshold: No keeps the dialog open; Yes saves; a retry does not ask again."""
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def fake(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", fake)
    assets.register_assets(asset_input(number="ZC-0001"))
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog, name="办公椅", value="300")
    dialog.ui.number_edit.setText("ZC-0001")
    dialog.accept()  # No: stays open, nothing saved
    assert len(asked) == 1 and "低于固定资产价值标准" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.accept()  # Yes, but the number is taken: refused by the service
    assert len(asked) == 2
    assert "已被使用" in dialog.ui.error_label.text()
    dialog.ui.number_edit.clear()
    dialog.accept()  # the value was confirmed already: no third question
    assert len(asked) == 2
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_warranty_box_enables_and_saves_the_date(qtbot, school_ids, questions) -> None:
    """Ticking 保修截止 enables the date, and the date is saved."""
    dialog = _new_dialog(qtbot)
    _fill_valid(dialog)
    dialog.ui.warranty_check.setChecked(True)
    assert dialog.ui.warranty_date_edit.isEnabled()
    dialog.ui.warranty_date_edit.setDate(QDate(2027, 8, 31))
    dialog.accept()
    (asset_id,) = dialog.outcome
    assert assets.get_asset(asset_id).warranty_end == dt.date(2027, 8, 31)


@popup_warnings
def test_choosing_a_custodian_fills_an_empty_department(qtbot, school_ids) -> None:
    """Typing 王芳 as custodian puts her department (物理组) into 使用部门."""
    dialog = _new_dialog(qtbot)
    dialog.show()
    type_text(qtbot, dialog.ui.custodian_combo.lineEdit(), "王芳（物理组）")
    assert combos.current_id(dialog.ui.department_combo) == school_ids["dept_physics"]


def test_edit_dialog_fills_fields_and_saves_changes(qtbot, school_ids) -> None:
    """Edit: title with the number, values filled, no batch; outcome = the changed labels."""
    (asset_id,) = assets.register_assets(asset_input(room_id=school_ids["lab"]))
    asset = assets.get_asset(asset_id)
    dialog = AssetEditDialog(None, asset_id=asset_id, actor="测试员")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == f"编辑资产 — {asset.number}"
    assert ui.name_edit.text() == "台式计算机"
    assert ui.value_edit.text() == "4999.00"
    assert ui.number_edit.text() == asset.number
    assert combos.current_id(ui.room_combo) == school_ids["lab"]
    assert ui.room_combo.currentText() == "B2-303 物理实验室"
    assert not ui.quantity_spin.isEnabled()
    ui.spec_edit.setText("联想启天M437 i7/32G/1T")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome == ["规格型号"]
    last = AssetEvent.select().where(AssetEvent.asset == asset_id).order_by(AssetEvent.id.desc())
    assert "i7/32G/1T" in last.get().summary


def test_edit_keeps_a_deactivated_room_selectable(qtbot, school_ids) -> None:
    """A room deactivated after the asset was put there still shows, marked 已停用."""
    (asset_id,) = assets.register_assets(asset_input(room_id=school_ids["store"]))
    reference.set_active("room", school_ids["store"], False)
    dialog = AssetEditDialog(None, asset_id=asset_id)
    qtbot.addWidget(dialog)
    assert combos.current_id(dialog.ui.room_combo) == school_ids["store"]
    assert dialog.ui.room_combo.currentText().endswith("（已停用）")
