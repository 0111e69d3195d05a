"""What a new clerk meets first in the register: the empty-register hint, keyboard, column widths."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import assets
from app.ui.dialogs.asset_dialog import AssetEditDialog
from app.ui.register.import_dialog import ImportDialog
from app.ui.register.import_preview_model import RESULT_TEXTS
from app.ui.worker import TaskRunner
from tests.factories import asset_input
from tests.fixtures.ledger_messy import write_messy_gbk_csv
from tests.gui.conftest import activate, on_next_dialog, type_text

pytestmark = pytest.mark.gui


def test_empty_register_points_to_import_and_new(qtbot, main_window, monkeypatch) -> None:
    """With no asset at all the pane says how to start, and 导入台账… is one click away."""
    tab = main_window.register_tab
    activate(qtbot, main_window)
    assert tab.detail.title_label.text() == "台账还是空的"
    assert "导入台账" in tab.detail.hint_label.text()
    assert "Ctrl+N" in tab.detail.hint_label.text()
    assert tab.import_button.isVisible() and tab.import_button.isEnabled()

    opened: list[object] = []
    monkeypatch.setattr(
        "app.ui.register.import_dialog.choose_and_import",
        lambda parent, runner, actor: opened.append(parent),
    )
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert opened == [main_window]

    # Once the register holds an asset, the usual hint returns, even when a search finds none.
    assets.register_assets(asset_input(name="投影仪"))
    main_window.refresh()
    assert tab.detail.title_label.text() == "请在左侧选择一件资产"
    tab.search_edit.setText("没有这种东西")
    tab.apply_filter()
    assert tab.model.rowCount() == 0
    assert tab.detail.title_label.text() == "请在左侧选择一件资产"


def test_down_arrow_in_search_goes_to_the_results(qtbot, main_window) -> None:
    """Ctrl+F, type, ↓, Enter: the found asset opens without touching the mouse."""
    assets.register_assets(asset_input(name="投影仪", spec="爱普生CB-X50"))
    assets.register_assets(asset_input(name="显微镜", spec="XSP-2CA"), quantity=2)
    main_window.refresh()
    tab = main_window.register_tab
    activate(qtbot, main_window)
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.search_edit.hasFocus)
    type_text(qtbot, tab.search_edit, "显微镜")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)  # before the debounce: searches first

    qtbot.waitUntil(tab.table.hasFocus)
    assert tab.model.rowCount() == 2
    first = tab.model.row_at(0)
    assert first.name == "显微镜"
    assert tab.selected_ids() == [first.id]
    # the next ↓ moves on within the table, from the selected row
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.selected_ids() == [tab.model.row_at(1).id]

    seen = on_next_dialog(lambda dialog: dialog.reject())
    with qtbot.waitSignal(tab.activated) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.args == [tab.model.row_at(1).id]
    assert [type(dialog) for dialog in seen] == [AssetEditDialog]


def test_down_arrow_with_nothing_found_stays_in_the_search_box(qtbot, main_window) -> None:
    """No results: ↓ leaves the cursor where the clerk is typing."""
    assets.register_assets(asset_input(name="投影仪"))
    main_window.refresh()
    tab = main_window.register_tab
    activate(qtbot, main_window)
    tab.search_edit.setFocus()
    qtbot.waitUntil(tab.search_edit.hasFocus)
    type_text(qtbot, tab.search_edit, "空调")
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Down)
    assert tab.model.rowCount() == 0
    assert tab.search_edit.hasFocus()
    assert tab.selected_ids() == []


def test_register_headers_are_not_cut(qtbot, main_window) -> None:
    """Every column is at least as wide as its header text (累计折旧（元） kept its 元)."""
    tab = main_window.register_tab
    header = tab.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(tab.model.columnCount()):
        title = tab.model.headerData(column, Qt.Orientation.Horizontal)
        assert tab.table.columnWidth(column) >= metrics.horizontalAdvance(title) + 16, title


def test_import_verdict_column_shows_the_longest_verdict_on_one_line(
    qtbot, school_ids, tmp_path: Path
) -> None:
    """可导入（低于固定资产标准） fits its column, so preview rows stay one line high."""
    path = tmp_path / "台账.csv"
    write_messy_gbk_csv(path)
    dialog = ImportDialog(None, path, TaskRunner(synchronous=True), actor="测试员")
    qtbot.addWidget(dialog)
    view = dialog.ui.preview_view
    result = [key for key, _ in dialog.flow.columns].index("result")
    longest = max(view.fontMetrics().horizontalAdvance(text) for text in RESULT_TEXTS)
    assert view.columnWidth(result) >= longest + 8
