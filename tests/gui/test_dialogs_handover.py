"""The handover dialog: picking assets, the receiver, keyboard-only use, posting and refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.models import Asset, HandoverDoc
from app.services import assets
from app.ui.dialogs import combos
from app.ui.dialogs.asset_pick_model import AssetPickModel
from app.ui.dialogs.handover_dialog import HandoverDialog
from tests.disposal_factories import scrap
from tests.factories import asset_input
from tests.gui.conftest import activate, popup_warnings, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def computers(school_ids) -> list[int]:
    """Three computers in the lab held by 王芳, and a projector held by 李强."""
    ids = assets.register_assets(
        asset_input(custodian_id=school_ids["alice"], room_id=school_ids["lab"]), quantity=3
    )
    ids += assets.register_assets(
        asset_input(name="投影仪", spec="爱普生CB-X50", custodian_id=school_ids["bob"])
    )
    return ids


def _dialog(qtbot, preselected: list[int] | None = None) -> HandoverDialog:
    dialog = HandoverDialog(None, preselected_ids=preselected or [], actor="测试员")
    qtbot.addWidget(dialog)
    return dialog


def test_preselected_assets_are_on_the_slip(qtbot, computers) -> None:
    """Assets selected in the register arrive on the slip, and are not offered again."""
    dialog = _dialog(qtbot, computers[:2])
    assert dialog.chosen.ids() == computers[:2]
    assert set(dialog.available.ids()) == set(computers[2:])
    assert dialog.ui.selection_summary_label.text() == "已选 2 件，原值合计 ¥9,998.00"
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "过账并打印"
    assert dialog.ui.date_edit.date() == QDate.currentDate()
    assert dialog.ui.date_edit.maximumDate() == QDate.currentDate()


def test_handed_by_is_the_shared_custodian(qtbot, computers) -> None:
    """移交人 is filled with the custodian all chosen assets share, and cleared when they differ."""
    dialog = _dialog(qtbot, computers[:3])
    assert dialog.ui.handed_by_edit.text() == "王芳"
    dialog.ui.search_edit.setText("投影仪")
    dialog.refresh_available()
    dialog.ui.available_view.selectRow(0)
    dialog.add_selected()
    assert dialog.ui.handed_by_edit.text() == ""


def test_typed_handed_by_is_not_overwritten(qtbot, computers) -> None:
    """A name the user typed into 移交人 stays when the chosen assets change."""
    dialog = _dialog(qtbot, computers[:1])
    dialog.ui.handed_by_edit.setText("张敏")
    dialog.ui.selected_view.selectRow(0)
    dialog.remove_selected()
    assert dialog.ui.handed_by_edit.text() == "张敏"


def test_search_filters_the_available_list(qtbot, computers) -> None:
    """Typing in the search box narrows the list after a short pause."""
    dialog = _dialog(qtbot)
    assert dialog.available.rowCount() == 4
    type_text(qtbot, dialog.ui.search_edit, "投影")
    qtbot.waitUntil(lambda: dialog.available.rowCount() == 1)
    assert dialog.available.rows[0].name == "投影仪"
    assert dialog.ui.available_label.text() == "可选资产（1 件）"


def _double_click(qtbot, view, row: int) -> None:
    # A real double-click is press, release, then the double-click on the same item.
    pos = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_moves_rows_both_ways(qtbot, computers) -> None:
    """Double-clicking a row adds it to the slip; double-clicking it there takes it back."""
    dialog = _dialog(qtbot)
    activate(qtbot, dialog)
    _double_click(qtbot, dialog.ui.available_view, 0)
    assert dialog.chosen.ids() == [computers[0]]
    assert dialog.available.rowCount() == 3
    _double_click(qtbot, dialog.ui.selected_view, 0)
    assert dialog.chosen.rowCount() == 0
    assert dialog.available.rowCount() == 4


def test_choosing_a_person_fills_department_and_signature(qtbot, computers, school_ids) -> None:
    """Picking 张敏 puts 物理组 into 使用部门 and her name into 接收人签字."""
    dialog = _dialog(qtbot, computers[:1])
    combos.select_id(dialog.ui.to_person_combo, school_ids["carol"])
    assert combos.current_id(dialog.ui.to_department_combo) == school_ids["dept_physics"]
    assert dialog.ui.received_by_edit.text() == "张敏"


@popup_warnings
def test_keyboard_only_handover(qtbot, computers, school_ids) -> None:
    """Search, Enter to the list, Enter to add, Tab to the receiver, type, Ctrl+Enter to post."""
    dialog = _dialog(qtbot)
    activate(qtbot, dialog)
    assert dialog.focusWidget() is dialog.ui.search_edit
    type_text(qtbot, dialog.ui.search_edit, "投影")
    qtbot.keyClick(dialog.ui.search_edit, Qt.Key.Key_Return)
    assert dialog.available.rowCount() == 1
    assert dialog.focusWidget() is dialog.ui.available_view
    qtbot.keyClick(dialog.ui.available_view, Qt.Key.Key_Return)
    assert dialog.chosen.ids() == [computers[3]]
    assert dialog.result() != QDialog.DialogCode.Accepted  # Enter added; it did not post
    for _ in range(3):  # add button, remove button, slip list
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.to_person_combo
    line = dialog.ui.to_person_combo.lineEdit()
    type_text(qtbot, line, "张")
    popup = dialog.ui.to_person_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combos.current_id(dialog.ui.to_person_combo) == school_ids["carol"]
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome.startswith("JJ-")
    assert assets.get_asset(computers[3]).custodian_id == school_ids["carol"]


def test_valid_post_moves_the_assets(qtbot, computers, school_ids) -> None:
    """OK posts the slip: outcome is its number and the assets belong to the receiver."""
    dialog = _dialog(qtbot, computers[:3])
    combos.select_id(dialog.ui.to_person_combo, school_ids["bob"])
    combos.select_id(dialog.ui.to_room_combo, school_ids["store"])
    dialog.ui.manager_edit.setText("李强")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    doc = HandoverDoc.get(HandoverDoc.number == dialog.outcome)
    assert (doc.kind, doc.handed_by, doc.received_by) == ("领用", "王芳", "李强")
    moved = Asset.select().where(Asset.id.in_(computers[:3]))
    assert {(a.custodian_id, a.room_id) for a in moved} == {
        (school_ids["bob"], school_ids["store"])
    }


def test_no_assets_is_refused(qtbot, school_ids) -> None:
    """A slip without assets is refused with the service's message; the choices stay."""
    dialog = _dialog(qtbot)
    combos.select_id(dialog.ui.to_person_combo, school_ids["alice"])
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == "交接单上至少要有一件资产。"
    assert dialog.focusWidget() is dialog.ui.search_edit
    assert combos.current_id(dialog.ui.to_person_combo) == school_ids["alice"]
    assert HandoverDoc.select().count() == 0


def test_scrapped_asset_is_refused(qtbot, computers, school_ids) -> None:
    """A scrapped asset selected in the register cannot be handed over; nothing is posted."""
    scrap([computers[0]])
    dialog = _dialog(qtbot, computers[:2])
    combos.select_id(dialog.ui.to_person_combo, school_ids["bob"])
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    number = assets.get_asset(computers[0]).number
    assert dialog.ui.error_label.text() == f"资产 {number} 台式计算机 状态为“已报废”，不能交接。"
    assert dialog.focusWidget() is dialog.ui.selected_view
    assert dialog.chosen.ids() == computers[:2]
    assert HandoverDoc.select().count() == 0
    assert assets.get_asset(computers[1]).custodian_id == school_ids["alice"]


def test_issue_without_receiver_is_refused(qtbot, computers) -> None:
    """领用 needs a receiver: the message shows and the cursor goes to 接收人."""
    dialog = _dialog(qtbot, computers[:1])
    dialog.show()
    dialog.accept()
    assert dialog.ui.error_label.text() == "请选择接收人、存放地点或使用部门中的至少一项。"
    assert dialog.focusWidget() is dialog.ui.to_person_combo
    assert dialog.ui.to_person_label.text() == "接收人*"
    dialog.ui.kind_combo.setCurrentText("归还")
    assert dialog.ui.to_person_label.text() == "接收人"


def test_pick_model_passes_the_model_tester(qtmodeltester, computers) -> None:
    """The picker's table model keeps Qt's model contract through adds and removals."""
    from app.services.pickers import asset_rows

    model = AssetPickModel()
    model.set_rows(asset_rows(computers))
    qtmodeltester.check(model)
    taken = model.take_rows([0, 2])
    model.append_rows(taken)
    qtmodeltester.check(model)
    assert model.ids() == [computers[1], computers[3], computers[0], computers[2]]
