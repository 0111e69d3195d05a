"""Statuses only disposal sets, and 取得方式 (acquisition method) on the register and card."""

from __future__ import annotations

import pytest

from app.models import Asset, AssetEvent, AuditEntry
from app.services import assets
from app.services.asset_card import asset_card
from app.services.disposal import reject_disposal
from app.services.errors import ConflictError, ValidationError
from tests.disposal_factories import file_request, scrap
from tests.factories import asset_input, make_school


@pytest.fixture
def ids(db_path):
    return make_school()


def _trail() -> tuple[object, ...]:
    """What a refused action must leave unchanged."""
    return (
        list(Asset.select(Asset.id, Asset.status, Asset.acquisition).tuples()),
        AssetEvent.select().count(),
        AuditEntry.select().count(),
    )


@pytest.mark.parametrize("status", ["待报废", "已报废"])
def test_change_status_refuses_the_disposal_statuses(ids, status) -> None:
    [asset_id] = assets.register_assets(asset_input())
    before = _trail()
    with pytest.raises(ValidationError, match="请通过“申请报废”提交报废申请") as caught:
        assets.change_status(asset_id, status, "老化")
    assert caught.value.field == "status"
    assert f"不能直接改为“{status}”" in caught.value.message
    assert _trail() == before


def test_a_pending_asset_is_decided_by_its_request(ids) -> None:
    [asset_id] = assets.register_assets(asset_input())
    number = file_request([asset_id])
    before = _trail()
    with pytest.raises(ConflictError, match=f"待报废，其状态由报废申请 {number}决定"):
        assets.change_status(asset_id, "在用", "还能用")
    assert _trail() == before
    assert assets.settable_statuses("待报废") == []
    # The request decides: rejected, the asset is back in use and can be changed again.
    reject_disposal(number, "赵校长", "还能修")
    assets.change_status(asset_id, "维修中", "送修")
    assert Asset.get_by_id(asset_id).status == "维修中"


def test_a_disposed_asset_keeps_its_status(ids) -> None:
    [asset_id] = assets.register_assets(asset_input())
    number = scrap([asset_id])
    before = _trail()
    with pytest.raises(ConflictError, match=f"已报废（报废申请 {number}），已离开在册台账"):
        assets.change_status(asset_id, "在用", "找回来了")
    assert _trail() == before
    assert assets.settable_statuses("已报废") == []


def test_lost_and_found_is_still_a_hand_change(ids) -> None:
    [asset_id] = assets.register_assets(asset_input())
    assets.change_status(asset_id, "丢失", "盘点未找到")
    assert assets.settable_statuses("丢失") == ["在用", "闲置", "维修中"]
    assets.change_status(asset_id, "在用", "在器材库找到")
    assert Asset.get_by_id(asset_id).status == "在用"


def test_editing_cannot_set_or_leave_a_disposal_status(ids) -> None:
    """The edit verb keeps the same rule: a typed status of 已报废 is refused, nothing saved."""
    [asset_id] = assets.register_assets(asset_input())
    before = _trail()
    with pytest.raises(ValidationError, match="不能直接改为“已报废”"):
        assets.update_asset(asset_id, asset_input(status="已报废", name="新名称"))
    assert _trail() == before
    assert Asset.get_by_id(asset_id).name == "台式计算机"
    file_request([asset_id])
    data = assets.asset_input_of(Asset.get_by_id(asset_id))
    data.status = "在用"
    with pytest.raises(ConflictError, match="待报废"):
        assets.update_asset(asset_id, data)
    # Other edits of a pending asset are fine while its status stays.
    data.status = "待报废"
    data.room_id = ids["store"]
    assert assets.update_asset(asset_id, data) == ["存放地点"]


# --- 取得方式 -----------------------------------------------------------------------------------


def test_acquisition_defaults_to_purchase_and_is_kept(ids) -> None:
    [bought] = assets.register_assets(asset_input())
    [given] = assets.register_assets(asset_input(acquisition="接受捐赠"))
    assert Asset.get_by_id(bought).acquisition == "购置"
    assert Asset.get_by_id(given).acquisition == "接受捐赠"
    assert assets.asset_input_of(Asset.get_by_id(given)).acquisition == "接受捐赠"


def test_an_unknown_acquisition_is_refused(ids) -> None:
    before = _trail()
    with pytest.raises(ValidationError, match="取得方式“捡的”无效，只能是：购置、调入") as caught:
        assets.register_assets(asset_input(acquisition="捡的"))
    assert caught.value.field == "acquisition"
    assert _trail() == before


def test_changing_the_acquisition_writes_history(ids) -> None:
    [asset_id] = assets.register_assets(asset_input())
    data = assets.asset_input_of(Asset.get_by_id(asset_id))
    data.acquisition = "调入"
    assert assets.update_asset(asset_id, data, actor="李强") == ["取得方式"]
    event = assets.asset_history(asset_id)[-1]
    assert (event.field, event.old_value, event.new_value) == ("取得方式", "购置", "调入")
    assert event.summary == "取得方式：购置 → 调入"


def test_the_card_shows_the_acquisition(ids) -> None:
    [asset_id] = assets.register_assets(asset_input(acquisition="接受捐赠"))
    card = asset_card(asset_id)
    assert ("取得方式", "接受捐赠") in card.printed_fields
    assert ("取得方式", "接受捐赠") in card.fields


def test_an_imported_pending_asset_on_no_request_can_be_set_back(ids) -> None:
    """A ledger may bring assets marked 待报废 with no request here: they must not be stuck."""
    [asset_id] = assets.register_assets(asset_input(status="待报废"))
    assert not assets.on_pending_request(asset_id)
    assert assets.settable_statuses("待报废", on_pending_request=False) == [
        "在用",
        "闲置",
        "维修中",
        "丢失",
    ]
    assets.change_status(asset_id, "在用", "经核查仍在使用")
    assert Asset.get_by_id(asset_id).status == "在用"
