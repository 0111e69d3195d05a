"""Stored Chinese values (statuses, kinds, states) shown in the chosen language, kept as stored."""

from __future__ import annotations

import pytest

from app.models.assets import ACQUISITION_METHODS, ASSET_STATUSES, HANDOVER_KINDS
from app.models.disposal import DISPOSAL_METHODS, DISPOSAL_STATES
from app.models.stock import MOVE_KINDS, STOCK_DOC_STATES, STOCK_DOC_TYPES
from app.services import assets
from app.services.disposal_rules import DISPOSAL_KINDS
from app.ui.dialogs.asset_dialog import AssetEditDialog
from app.ui.dialogs.handover_dialog import HandoverDialog
from app.ui.register.table_model import COLUMN_KEYS
from app.ui.stored_values import STORED_TEXTS, shown, shown_doc_type
from tests.factories import asset_input
from tests.gui.test_translations import english  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui

ALL_STORED = (
    ASSET_STATUSES,
    ACQUISITION_METHODS,
    HANDOVER_KINDS,
    DISPOSAL_STATES,
    DISPOSAL_METHODS,
    DISPOSAL_KINDS,
    STOCK_DOC_TYPES,
    STOCK_DOC_STATES,
    MOVE_KINDS,
)


def test_every_stored_value_is_listed_for_translation() -> None:
    stored = set().union(*ALL_STORED)
    assert stored - STORED_TEXTS == set(), "add the new value to app/ui/stored_values.py"
    assert STORED_TEXTS - stored == set(), "a listed value is no longer stored anywhere"


def test_chinese_shows_the_stored_value_unchanged() -> None:
    for values in ALL_STORED:
        for value in values:
            assert shown(value) == value
    assert shown_doc_type("领用") == "领用"
    assert shown("不是存储值") == "不是存储值"


@pytest.mark.usefixtures("english")
def test_english_names_each_value_and_tells_requisition_from_issue() -> None:
    for values in ALL_STORED:
        for value in values:
            assert shown(value) != value, value
    assert shown("在用") == "In use"
    assert shown("领用") == "Issue"  # handing an asset or goods out
    assert shown_doc_type("领用") == "Requisition"  # the stock document
    assert shown_doc_type("入库") == "Receipt"
    assert shown("已过账") == "Posted"
    assert shown("盘盈") == "Inventory surplus"


def test_english_register_shows_translated_status_and_filters_on_the_stored_one(
    english,  # noqa: F811 - the fixture
    main_window,
    school_ids,
) -> None:
    assets.register_assets(asset_input(name="笔记本电脑"))
    [idle] = assets.register_assets(asset_input(name="投影仪", status="闲置"))
    tab = main_window.register_tab
    tab.refresh()
    status = COLUMN_KEYS.index("status")
    shown_statuses = {
        tab.model.data(tab.model.index(row, status)) for row in range(tab.model.rowCount())
    }
    assert shown_statuses == {"In use", "Idle"}
    combo = tab.status_combo
    index = combo.findText("Idle")
    assert index >= 0 and combo.itemData(index) == "闲置"
    combo.setCurrentIndex(index)
    assert tab.current_filter().status == "闲置"
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).id == idle
    tab.select_asset(idle)
    assert "（Idle）" in tab.detail.title_label.text()


def test_english_asset_dialog_saves_the_chinese_values(
    english,  # noqa: F811 - the fixture
    qtbot,
    school_ids,
) -> None:
    dialog = AssetEditDialog(None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.status_combo.itemText(i) for i in range(ui.status_combo.count())] == [
        "In use",
        "Idle",
        "Under repair",
        "Lost",
    ]
    assert ui.acquisition_combo.currentText() == "Purchase"
    ui.status_combo.setCurrentIndex(ui.status_combo.findText("Under repair"))
    ui.acquisition_combo.setCurrentIndex(ui.acquisition_combo.findText("Donation"))
    data = dialog.collect()
    assert (data.status, data.acquisition) == ("维修中", "接受捐赠")


def test_english_handover_dialog_keeps_the_stored_kind(
    english,  # noqa: F811 - the fixture
    qtbot,
    school_ids,
) -> None:
    dialog = HandoverDialog(None)
    qtbot.addWidget(dialog)
    kinds = dialog.ui.kind_combo
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "Issue",
        "Transfer",
        "Return",
        "Handover",
    ]
    kinds.setCurrentIndex(kinds.findText("Return"))
    assert dialog.collect().kind == "归还"
    assert dialog.ui.to_person_label.text() == "Recipient"  # not required for a return
    kinds.setCurrentIndex(kinds.findText("Issue"))
    assert dialog.ui.to_person_label.text() == "Recipient*"
