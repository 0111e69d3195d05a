"""The dialogs offer only the statuses a person may set, and carry 取得方式 (acquisition)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app.models import Asset
from app.services import assets
from app.ui.dialogs.asset_dialog import AssetEditDialog
from tests.disposal_factories import file_request
from tests.factories import asset_input
from tests.gui.test_dialogs_asset import _fill_valid

pytestmark = pytest.mark.gui


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_new_asset_offers_no_disposal_status_and_saves_the_acquisition(qtbot, school_ids) -> None:
    dialog = AssetEditDialog(None, asset_id=None, actor="测试员")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert _items(ui.status_combo) == ["在用", "闲置", "维修中", "丢失"]
    assert _items(ui.acquisition_combo) == [
        "购置",
        "调入",
        "接受捐赠",
        "自建",
        "置换",
        "盘盈",
        "其他",
    ]
    assert ui.acquisition_combo.currentText() == "购置"
    _fill_valid(dialog)
    ui.acquisition_combo.setCurrentText("接受捐赠")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [asset_id] = dialog.outcome
    assert Asset.get_by_id(asset_id).acquisition == "接受捐赠"


def test_edit_shows_the_acquisition_and_records_its_change(qtbot, school_ids) -> None:
    [asset_id] = assets.register_assets(asset_input(acquisition="调入"))
    dialog = AssetEditDialog(None, asset_id=asset_id, actor="测试员")
    qtbot.addWidget(dialog)
    assert dialog.ui.acquisition_combo.currentText() == "调入"
    assert dialog.ui.status_combo.isEnabled()
    dialog.ui.acquisition_combo.setCurrentText("自建")
    dialog.accept()
    assert dialog.outcome == ["取得方式"]
    assert assets.asset_history(asset_id)[-1].summary == "取得方式：调入 → 自建"


def test_a_pending_asset_shows_its_status_but_cannot_change_it(qtbot, school_ids) -> None:
    [asset_id] = assets.register_assets(asset_input())
    file_request([asset_id])
    dialog = AssetEditDialog(None, asset_id=asset_id, actor="测试员")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.status_combo.currentText() == "待报废"
    assert not ui.status_combo.isEnabled()
    ui.room_combo.setCurrentIndex(ui.room_combo.findText("B2-101 器材库"))
    dialog.accept()
    assert dialog.outcome == ["存放地点"]
    assert Asset.get_by_id(asset_id).status == "待报废"


def test_change_status_offers_only_the_hand_statuses(main_window, monkeypatch) -> None:
    [asset_id] = assets.register_assets(asset_input())
    main_window.refresh()
    main_window.register_tab.select_asset(asset_id)
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    main_window.change_status()
    assert offered == [["闲置", "维修中", "丢失"]]


def test_change_status_of_a_pending_asset_points_at_its_request(main_window, monkeypatch) -> None:
    [asset_id] = assets.register_assets(asset_input())
    file_request([asset_id])
    main_window.refresh()
    main_window.register_tab.select_asset(asset_id)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args: pytest.fail("no choice to offer"))
    main_window.change_status()
    number = assets.get_asset(asset_id).number
    assert warned == [
        f"资产 {number} 的状态为“待报废”，由报废申请决定，不能直接变更。请在“报废申请”中审批或驳回。"
    ]
    assert Asset.get_by_id(asset_id).status == "待报废"
