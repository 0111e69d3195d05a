"""The reference data browser and the generic record dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit

from app.models import Department, Person, Room
from app.services import reference
from app.ui.dialogs import combos
from app.ui.dialogs.record_dialog import RecordEditDialog
from app.ui.dialogs.reference_dialog import ReferenceDataDialog
from tests.gui.conftest import activate, on_next_dialog

pytestmark = pytest.mark.gui


def _browser(qtbot) -> ReferenceDataDialog:
    dialog = ReferenceDataDialog(None, actor="测试员")
    qtbot.addWidget(dialog)
    return dialog


def _show_kind(dialog: ReferenceDataDialog, label: str) -> None:
    (item,) = dialog.ui.kind_list.findItems(label, Qt.MatchFlag.MatchExactly)
    dialog.ui.kind_list.setCurrentItem(item)


def _column(dialog: ReferenceDataDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _headers(dialog: ReferenceDataDialog) -> list[str]:
    model = dialog.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_kinds_are_listed_in_order(qtbot, school_ids) -> None:
    """The list on the left offers every kind of reference data, 部门 first."""
    dialog = _browser(qtbot)
    labels = [dialog.ui.kind_list.item(i).text() for i in range(dialog.ui.kind_list.count())]
    assert labels == [
        "部门",
        "教职工",
        "楼栋",
        "房间",
        "资产分类",
        "计量单位",
        "供应商",
        "房间类型",
        "经费来源",
    ]
    assert dialog.windowTitle() == "基础数据"
    assert _column(dialog, 0) == ["后勤处", "物理组"]


def test_people_show_department_names_and_status(qtbot, school_ids) -> None:
    """Columns follow the FieldSpecs; references show display names; 状态 is 启用."""
    dialog = _browser(qtbot)
    _show_kind(dialog, "教职工")
    assert _headers(dialog) == ["姓名", "所属部门", "联系电话", "备注", "状态"]
    assert _column(dialog, 0) == ["王芳", "李强", "张敏"]
    assert _column(dialog, 1) == ["物理组", "后勤处", "物理组"]
    assert set(_column(dialog, 4)) == {"启用"}


def test_bools_show_as_yes_no(qtbot, school_ids) -> None:
    """A yes/no field (允许小数) reads 是 or 否."""
    dialog = _browser(qtbot)
    _show_kind(dialog, "计量单位")
    dialog.ui.filter_edit.setText("千克")
    assert _column(dialog, 0) == ["千克"]
    assert _column(dialog, 1) == ["是"]
    dialog.ui.filter_edit.setText("台")
    assert _column(dialog, 1)[_column(dialog, 0).index("台")] == "否"


def test_table_model_passes_the_model_tester(qtbot, qtmodeltester, school_ids) -> None:
    """The reference table keeps Qt's model contract for every kind."""
    dialog = _browser(qtbot)
    for row in range(dialog.ui.kind_list.count()):
        dialog.ui.kind_list.setCurrentRow(row)
        qtmodeltester.check(dialog.model)


def test_deactivate_and_reactivate(qtbot, school_ids) -> None:
    """停用 hides a person from lists and pickers; 显示已停用 shows them as 已停用; 启用 undoes it."""
    dialog = _browser(qtbot)
    _show_kind(dialog, "教职工")
    assert dialog.select_id(school_ids["bob"])
    assert dialog.ui.toggle_active_button.text() == "停用"
    dialog.ui.toggle_active_button.click()
    assert not Person.get_by_id(school_ids["bob"]).active
    assert "李强" not in _column(dialog, 0)
    assert all(pid != school_ids["bob"] for pid, _ in reference.choices("person"))
    dialog.ui.show_inactive_check.setChecked(True)
    row = _column(dialog, 0).index("李强")
    assert _column(dialog, 4)[row] == "已停用"
    dialog.select_id(school_ids["bob"])
    assert dialog.ui.toggle_active_button.text() == "启用"
    dialog.ui.toggle_active_button.click()
    assert Person.get_by_id(school_ids["bob"]).active
    assert dialog.changed


def test_room_types_cannot_be_deactivated(qtbot, school_ids) -> None:
    """Kinds without an active flag have no 停用 button and no 状态 column."""
    dialog = _browser(qtbot)
    _show_kind(dialog, "房间类型")
    dialog.ui.table_view.selectRow(0)
    assert not dialog.ui.toggle_active_button.isEnabled()
    assert _headers(dialog) == ["类型名称"]


def test_new_button_opens_the_record_dialog(qtbot, school_ids) -> None:
    """新增 opens the record dialog; saving there lists and selects the new record."""
    dialog = _browser(qtbot)
    activate(qtbot, dialog)

    def fill_and_save(record: RecordEditDialog) -> None:
        record.widgets["name"].setText("语文组")
        record.accept()

    seen = on_next_dialog(fill_and_save)
    dialog.ui.new_button.click()
    assert [record.windowTitle() for record in seen] == ["新增部门"]
    new_id = Department.get(Department.name == "语文组").id
    assert dialog.current_id() == new_id
    assert "语文组" in _column(dialog, 0)


def test_enter_on_the_table_edits(qtbot, school_ids) -> None:
    """Enter on a selected row opens it for editing instead of closing the browser."""
    dialog = _browser(qtbot)
    activate(qtbot, dialog)
    dialog.select_id(school_ids["dept_office"])
    names: list[str] = []

    def look_and_cancel(record: RecordEditDialog) -> None:
        names.append(record.widgets["name"].text())
        record.reject()

    on_next_dialog(look_and_cancel)
    qtbot.keyClick(dialog.ui.table_view, Qt.Key.Key_Return)
    assert names == ["后勤处"]
    assert dialog.isVisible()


# --- the record dialog ------------------------------------------------------------------


def test_record_dialog_builds_rows_from_field_specs(qtbot, school_ids) -> None:
    """Text and numbers get line edits, yes/no a check box, references a searchable combo."""
    dialog = RecordEditDialog(None, "category")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "新增资产分类"
    assert isinstance(dialog.widgets["code"], QLineEdit)
    assert isinstance(dialog.widgets["useful_life_years"], QLineEdit)
    assert isinstance(dialog.widgets["depreciates"], QCheckBox)
    parent = dialog.widgets["parent"]
    assert isinstance(parent, QComboBox) and parent.isEditable()
    assert parent.completer().filterMode() == Qt.MatchFlag.MatchContains


def test_record_dialog_edits_a_person(qtbot, school_ids) -> None:
    """Editing fills the current values; saving changes the record; outcome is its id."""
    dialog = RecordEditDialog(None, "person", school_ids["alice"], actor="测试员")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "编辑教职工"
    assert dialog.widgets["phone"].text() == "13800000001"
    assert combos.current_id(dialog.widgets["department"]) == school_ids["dept_physics"]
    combos.select_id(dialog.widgets["department"], school_ids["dept_office"])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome == school_ids["alice"]
    assert Person.get_by_id(school_ids["alice"]).department_id == school_ids["dept_office"]


def test_duplicate_name_is_refused(qtbot, school_ids) -> None:
    """A department name already used: the message shows, the name field keeps the text."""
    dialog = RecordEditDialog(None, "department")
    qtbot.addWidget(dialog)
    dialog.widgets["name"].setText("后勤处")
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.error_label.text() == "已存在部门名称相同的部门：后勤处。"
    assert dialog.focusWidget() is dialog.widgets["name"]
    assert dialog.widgets["name"].text() == "后勤处"
    assert Department.select().where(Department.name == "后勤处").count() == 1


def test_required_reference_is_refused_at_its_combo(qtbot, school_ids) -> None:
    """A room without a building: the service names the field, the cursor goes to its combo."""
    dialog = RecordEditDialog(None, "room")
    qtbot.addWidget(dialog)
    dialog.widgets["number"].setText("204")
    dialog.show()
    dialog.accept()
    assert dialog.ui.error_label.text() == "请选择所在楼栋。"
    assert dialog.focusWidget() is dialog.widgets["building"]
    assert Room.select().count() == 2


def test_non_integer_life_is_refused(qtbot, school_ids) -> None:
    """折旧年限 must be a whole number."""
    dialog = RecordEditDialog(None, "category")
    qtbot.addWidget(dialog)
    for name, text in (("code", "A99"), ("name", "测试"), ("short_code", "CS")):
        dialog.widgets[name].setText(text)
    dialog.widgets["useful_life_years"].setText("abc")
    dialog.show()
    dialog.accept()
    assert dialog.ui.error_label.text() == "折旧年限（年）必须是整数。"
    assert dialog.focusWidget() is dialog.widgets["useful_life_years"]
