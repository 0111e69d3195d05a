"""The main window: shortcuts, actions following the selection, and the dialogs it opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.services import assets, settings
from app.ui.dialogs.asset_dialog import AssetEditDialog
from app.ui.dialogs.reference_dialog import ReferenceDataDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.factories import asset_input
from tests.gui.conftest import activate, on_next_dialog, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def two_assets(school_ids) -> list[int]:
    """A computer and a projector on the register (request it before main_window)."""
    ids = assets.register_assets(asset_input())
    ids += assets.register_assets(asset_input(name="投影仪", spec="爱普生CB-X50"))
    return ids


def test_title_names_the_school(main_window) -> None:
    """The window title carries the school's name."""
    assert main_window.windowTitle() == "北京市第一实验中学 — 后勤管家"


def test_ctrl_f_focuses_search(qtbot, main_window) -> None:
    """Ctrl+F puts the cursor in the search box from anywhere in the window."""
    activate(qtbot, main_window)
    main_window.register_tab.table.setFocus()
    qtbot.keyClick(
        main_window.register_tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert main_window.register_tab.search_edit.hasFocus()


def test_ctrl_n_opens_the_new_asset_dialog(qtbot, main_window) -> None:
    """Ctrl+N opens 新增资产; cancelling it changes nothing."""
    activate(qtbot, main_window)
    seen = on_next_dialog(lambda dialog: dialog.reject())
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = seen
    assert isinstance(dialog, AssetEditDialog)
    assert dialog.windowTitle() == "新增资产"
    assert main_window.register_tab.model.total_count == 0


def test_enter_on_the_table_opens_the_asset(qtbot, two_assets, main_window) -> None:
    """Enter on a selected row opens 编辑资产 for it."""
    activate(qtbot, main_window)
    tab = main_window.register_tab
    tab.select_asset(two_assets[1])
    tab.table.setFocus()
    seen = on_next_dialog(lambda dialog: dialog.reject())
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    (dialog,) = seen
    assert dialog.windowTitle() == f"编辑资产 — {assets.get_asset(two_assets[1]).number}"


def test_actions_follow_the_selection(qtbot, two_assets, main_window) -> None:
    """编辑 and 打印 need exactly one selected asset; a new search clears the selection."""
    tab = main_window.register_tab
    assert not main_window.edit_action.isEnabled()
    tab.select_asset(two_assets[0])
    assert main_window.edit_action.isEnabled()
    assert tab.edit_button.isEnabled()
    assert tab.detail.title_label.text().startswith(assets.get_asset(two_assets[0]).number)
    type_text(qtbot, tab.search_edit, "投影")
    tab.apply_filter()
    assert tab.selected_ids() == []
    assert not main_window.edit_action.isEnabled()
    assert tab.detail.title_label.text() == "请在左侧选择一件资产"
    assert tab.detail.hint_label.isVisibleTo(tab)
    assert not tab.detail.card_box.isVisibleTo(tab)


def test_status_change_refreshes_the_detail(qtbot, two_assets, main_window, monkeypatch) -> None:
    """After 变更状态 the selected asset's card shows the new status and the history line."""
    tab = main_window.register_tab
    tab.select_asset(two_assets[0])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("维修中", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("屏幕不亮", True))
    main_window.change_status()
    assert tab.selected_ids() == [two_assets[0]]
    assert tab.detail.title_label.text().endswith("（维修中）")
    assert "屏幕不亮" in tab.detail.history_table.item(0, 2).text()


def test_status_change_that_leaves_the_register_clears_the_detail(
    two_assets, main_window, monkeypatch
) -> None:
    """An asset reported lost leaves the register view; its card does not linger."""
    tab = main_window.register_tab
    tab.select_asset(two_assets[0])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("丢失", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", True))
    main_window.change_status()
    assert tab.model.row_of_id(two_assets[0]) is None
    assert tab.detail.title_label.text() == "请在左侧选择一件资产"
    assert not main_window.edit_action.isEnabled()


def test_settings_dialog_renames_the_window(qtbot, main_window) -> None:
    """Saving a new school name in 设置 updates the window title."""

    def rename(dialog: SettingsDialog) -> None:
        dialog.ui.school_name_edit.setText("北京市第二实验中学")
        dialog.accept()

    seen = on_next_dialog(rename)
    main_window.settings_action.trigger()
    assert isinstance(seen[0], SettingsDialog)
    assert settings.load_settings().school_name == "北京市第二实验中学"
    assert main_window.windowTitle() == "北京市第二实验中学 — 后勤管家"


def test_reference_data_changes_reach_the_filters(qtbot, main_window, school_ids) -> None:
    """A department added in 基础数据 appears in the register's department filter."""

    def add_department(dialog: ReferenceDataDialog) -> None:
        def fill(record) -> None:
            record.widgets["name"].setText("语文组")
            record.accept()

        on_next_dialog(fill)
        dialog.ui.new_button.click()
        dialog.reject()

    seen = on_next_dialog(add_department)
    main_window.reference_action.trigger()
    assert isinstance(seen[0], ReferenceDataDialog)
    combo = main_window.register_tab.department_combo
    assert combo.findText("语文组") >= 0


def test_pdf_that_no_viewer_can_open_is_still_saved_and_the_path_shown(
    qtbot, two_assets, main_window, school_ids, monkeypatch
) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from app.services import handover

    number = handover.post_handover(
        handover.HandoverInput(
            kind="领用",
            asset_ids=two_assets[:1],
            date=dt.date.today(),
            to_person_id=school_ids["alice"],
        )
    )
    main_window.pdf_output.opener = lambda _path: False  # a PC without a PDF reader
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    main_window.print_handover(number)
    saved = main_window.pdf_output.last_path
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert len(shown) == 1 and str(saved) in shown[0]
