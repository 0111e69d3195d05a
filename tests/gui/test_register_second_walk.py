"""Register walk-through, second half: filter mnemonics, remembered names, Qt's file dialog."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from app.models import Asset
from app.services import assets
from app.services.disposal import DisposalInput, file_disposal
from app.ui.dialogs.disposal_decision_dialog import DisposalDecisionDialog
from app.ui.dialogs.disposal_dialog import DisposalDialog
from app.ui.qt_app import install_translators
from tests.factories import asset_input
from tests.gui.conftest import activate, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def computers(school_ids) -> list[int]:
    """Three old computers in use."""
    return assets.register_assets(
        asset_input(room_id=school_ids["lab"], purchase_date=dt.date(2018, 3, 1)), quantity=3
    )


@pytest.fixture
def chinese_qt(qapp: QApplication) -> Iterator[None]:
    """Qt's own Chinese catalogue and its supplement installed, removed after the test."""
    translators = install_translators(qapp, "zh")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _mnemonic(text: str) -> str:
    match = re.search(r"&(\w)", text)
    return match.group(1).upper() if match else ""


# --- Alt+letter on the register's filters ---------------------------------------------------


def test_alt_letters_jump_to_each_filter(qtbot, main_window) -> None:
    window = main_window
    tab = window.register_tab
    activate(qtbot, window)
    menu_letters = {_mnemonic(action.text()) for action in window.menuBar().actions()}
    combos = {
        "category_label": tab.category_combo,
        "department_label": tab.department_combo,
        "room_label": tab.room_combo,
        "status_label": tab.status_combo,
    }
    letters = []
    for name, combo in combos.items():
        label = tab.findChild(type(tab.as_of_label), name)
        assert label is not None and label.buddy() is combo
        letters.append(_mnemonic(label.text()))
    letters.append(_mnemonic(tab.as_of_label.text()))
    assert all(letters) and len(set(letters)) == len(letters)
    assert not set(letters) & menu_letters, "a filter letter would open a menu instead"

    tab.search_edit.setFocus()
    for letter, widget in zip(letters, [*combos.values(), tab.as_of_edit], strict=True):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(widget.hasFocus)
    # Alt+S then ↓ picks the next status: the filter really is driven from the keyboard.
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tab.status_combo.hasFocus)
    before = tab.status_combo.currentIndex()
    qtbot.keyClick(tab.status_combo, Qt.Key.Key_Down)
    assert tab.status_combo.currentIndex() == before + 1


# --- names the office types every time ------------------------------------------------------


def _fill_request(qtbot, dialog: DisposalDialog, applicant: str | None) -> None:
    ui = dialog.ui
    type_text(qtbot, ui.reason_edit, "主板损坏")
    type_text(qtbot, ui.assessors_edit, "王芳、张敏、赵磊")
    if applicant is not None:
        ui.requested_by_edit.clear()
        type_text(qtbot, ui.requested_by_edit, applicant)


def _submit(qtbot, dialog: DisposalDialog) -> None:
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_applicant_comes_back_for_the_next_request(qtbot, computers) -> None:
    first = DisposalDialog(None, computers[:1], actor="测试员")
    qtbot.addWidget(first)
    activate(qtbot, first)
    assert first.ui.requested_by_edit.text() == ""  # nobody remembered yet, no login name
    _fill_request(qtbot, first, "李强")
    _submit(qtbot, first)
    assert first.outcome

    second = DisposalDialog(None, computers[1:2], actor="测试员")
    qtbot.addWidget(second)
    activate(qtbot, second)
    assert second.ui.requested_by_edit.text() == "李强"
    # The remembered name is used as is: only the reason and assessors need typing.
    _fill_request(qtbot, second, None)
    _submit(qtbot, second)
    assert second.outcome
    assert Asset.get_by_id(computers[1]).status == "待报废"


def test_a_refused_request_does_not_replace_the_remembered_applicant(qtbot, computers) -> None:
    file_disposal(
        DisposalInput(
            asset_ids=computers[:1], reason="坏", assessors="王芳、张敏、赵磊", requested_by="李强"
        )
    )
    good = DisposalDialog(None, computers[1:2])
    qtbot.addWidget(good)
    _fill_request(qtbot, good, "李强")
    _submit(qtbot, good)
    assert good.outcome

    # computers[0] is already on a pending request: refused, nothing filed, name not kept.
    refused = DisposalDialog(None, computers[:1])
    qtbot.addWidget(refused)
    activate(qtbot, refused)
    _fill_request(qtbot, refused, "王五")
    _submit(qtbot, refused)
    assert refused.isVisible() and refused.outcome is None
    assert "报废申请" in refused.ui.error_label.text()
    assert Asset.get_by_id(computers[2]).status == "在用"

    again = DisposalDialog(None, computers[2:])
    qtbot.addWidget(again)
    assert again.ui.requested_by_edit.text() == "李强"


def test_the_approver_comes_back_selected_for_the_next_decision(qtbot, computers) -> None:
    numbers = [
        file_disposal(
            DisposalInput(
                asset_ids=[asset_id],
                reason="坏",
                assessors="王芳、张敏、赵磊",
                requested_by="李强",
            )
        )
        for asset_id in computers[:2]
    ]
    first = DisposalDecisionDialog(None, numbers[0])
    qtbot.addWidget(first)
    activate(qtbot, first)
    assert first.ui.decided_by_edit.text() == ""
    type_text(qtbot, first.ui.decided_by_edit, "赵校长")
    first.approve()
    assert first.outcome == "已批准"

    second = DisposalDecisionDialog(None, numbers[1])
    qtbot.addWidget(second)
    activate(qtbot, second)
    edit = second.ui.decided_by_edit
    assert edit.text() == "赵校长" and edit.hasFocus() and edit.selectedText() == "赵校长"
    # Typing over the selection replaces the name, as a clerk standing in would expect.
    type_text(qtbot, edit, "钱主任")
    assert edit.text() == "钱主任"


# --- Qt's own file dialog in Chinese --------------------------------------------------------


def test_qt_file_dialog_is_all_chinese(qtbot, chinese_qt, tmp_path) -> None:
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "导入台账", str(tmp_path), "台账 (*.xlsx *.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = QFileDialog.DialogLabel
    assert dialog.labelText(labels.LookIn) == "查找范围(&L)："
    assert dialog.labelText(labels.FileType) == "文件类型(&T)："
    assert dialog.labelText(labels.FileName) == "文件名称(&N)："
    assert dialog.labelText(labels.Reject) == "取消"
    # Texts the supplement does not hold still come from Qt's catalogue or stay as written.
    assert QCoreApplication.translate("QFileDialog", "Detail View") == "详情视图"
    assert QCoreApplication.translate("QFileDialog", "no such text") == "no such text"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
