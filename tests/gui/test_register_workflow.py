"""The whole register workflow through the main window, as a person at the office does it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt

from app.services import assets
from app.ui.dialogs import combos
from app.ui.dialogs.asset_dialog import AssetEditDialog
from app.ui.dialogs.handover_dialog import HandoverDialog
from app.ui.register.table_model import AssetTableModel
from tests.factories import asset_input, computer_category
from tests.gui.conftest import activate, on_next_dialog, type_text

pytestmark = pytest.mark.gui


def _register_three_computers(dialog: AssetEditDialog) -> None:
    ui = dialog.ui
    ui.name_edit.setText("台式计算机")
    combos.select_id(ui.category_combo, computer_category().id)
    ui.spec_edit.setText("联想启天M437")
    ui.value_edit.setText("4,999.00")
    ui.quantity_spin.setValue(3)
    dialog.accept()


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(page.extract_text() for page in reader.pages)


def test_register_search_hand_over_print_and_history(qtbot, main_window, school_ids) -> None:
    """Add a batch, find it, hand it over, get the slip PDF, and see it in the history."""
    window = main_window
    tab = window.register_tab
    assets.register_assets(asset_input(name="投影仪", spec="爱普生CB-X50", original_value="3200"))
    window.refresh()
    activate(qtbot, window)

    # 1. Ctrl+N: register three computers in one go.
    seen = on_next_dialog(_register_three_computers)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = seen
    assert isinstance(dialog, AssetEditDialog)
    created = dialog.outcome
    assert len(created) == 3
    assert tab.model.total_count == 4
    assert tab.selected_ids() == [created[0]]
    assert window.statusBar().currentMessage() == "已登记 3 件资产"

    # 2. Type in the search box: the table and the totals follow.
    window.focus_search()
    type_text(qtbot, tab.search_edit, "计算机")
    qtbot.waitUntil(lambda: tab.model.total_count == 3)
    assert tab.model.rowCount() == 3
    assert tab.totals_label.text() == "共 3 件，原值合计 ¥14,997.00"

    # 3. Select them all and hand them over to 张敏 (Ctrl+H).
    tab.table.selectAll()
    assert tab.selected_ids() == created

    def hand_over(handover: HandoverDialog) -> None:
        assert handover.chosen.ids() == created
        combos.select_id(handover.ui.to_person_combo, school_ids["carol"])
        handover.accept()

    activate(qtbot, window)
    seen = on_next_dialog(hand_over)
    qtbot.keyClick(tab.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    (handover,) = seen
    number = handover.outcome
    assert number.startswith("JJ-")

    # 4. The slip PDF was written and handed to the viewer, naming the slip and the assets.
    (pdf_path,) = window.opened_pdfs
    assert pdf_path == window.pdf_output.last_path
    assert pdf_path.name == f"{number}.pdf"
    text = _pdf_text(pdf_path)
    assert number in text
    for asset_id in created:
        assert assets.get_asset(asset_id).number in text

    # 5. The detail pane shows the handover in the history, newest first.
    assert tab.select_asset(created[1])
    history = tab.detail.history_table
    assert history.item(0, 1).text() == "交接"
    assert number in history.item(0, 2).text()
    assert "张敏" in history.item(0, 2).text()
    assert tab.model.row_at(tab.model.row_of_id(created[1])).custodian == "张敏"


def test_register_table_model_pages_and_passes_the_model_tester(qtmodeltester, school_ids) -> None:
    """The lazily fetched register model keeps Qt's model contract while fetching more pages."""
    assets.register_assets(asset_input(), quantity=250)
    model = AssetTableModel()
    model.reload()
    root = QModelIndex()
    assert (model.rowCount(), model.total_count) == (200, 250)
    assert model.canFetchMore(root)
    qtmodeltester.check(model)  # the tester fetches the second page itself
    assert model.rowCount() == 250
    assert not model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 250


def test_register_table_model_sorts_and_passes_the_model_tester(qtmodeltester, school_ids) -> None:
    """Sorting in SQL resets the model cleanly; the tester re-checks it after the reset.

    (One page only: Qt's tester runs its checks, fetchMore included, before it has seen the
    end of a reset, so a reset followed by a lazy fetch would be a false alarm.)
    """
    assets.register_assets(asset_input(), quantity=3)
    assets.register_assets(asset_input(name="投影仪", original_value="3200"))
    model = AssetTableModel()
    model.reload()
    qtmodeltester.check(model)
    model.sort(5, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 1).data() == "投影仪"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "投影仪"
    assert model.index(3, 5).data() == "4,999.00"
