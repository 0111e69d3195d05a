"""Registering, editing and changing the status of assets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models import Asset, AssetEvent, AuditEntry
from app.services import assets, settings
from app.services.errors import ConflictError, ValidationError
from tests.factories import asset_input, make_school


@pytest.fixture
def ids(db_path):
    return make_school()


def test_register_one_asset_numbers_it_from_the_pattern(ids):
    [asset_id] = assets.register_assets(asset_input(), actor="李强")
    asset = Asset.get_by_id(asset_id)
    assert asset.number == "2024-XX-00001"
    assert asset.original_value_fen == 499900
    assert [e.kind for e in asset.events] == ["登记"]


def test_batch_gets_consecutive_numbers(ids):
    created = assets.register_assets(asset_input(), quantity=5)
    numbers = [Asset.get_by_id(i).number for i in created]
    assert numbers == [f"2024-XX-{n:05d}" for n in range(1, 6)]


def test_explicit_number_is_kept_and_duplicates_refused(ids):
    assets.register_assets(asset_input(number="ZC-0001"))
    with pytest.raises(ConflictError, match="ZC-0001 已被使用"):
        assets.register_assets(asset_input(number="ZC-0001"))
    assert Asset.select().count() == 1


def test_pattern_skips_numbers_already_taken_by_imports(ids):
    assets.register_assets(asset_input(number="2024-XX-00001"))
    [second] = assets.register_assets(asset_input())
    assert Asset.get_by_id(second).number == "2024-XX-00002"


@pytest.mark.parametrize(
    ("value", "message"),
    [("-5", "不能为负数"), ("abc", "不是有效数字"), ("0", "必须大于零"), ("12.345", "小数")],
)
def test_bad_prices_are_refused(ids, value, message):
    with pytest.raises(ValidationError, match=message) as info:
        assets.register_assets(asset_input(original_value=value))
    assert info.value.field == "original_value"
    assert Asset.select().count() == 0


def test_price_written_like_a_ledger_is_accepted(ids):
    [asset_id] = assets.register_assets(asset_input(original_value="¥1,200.50"))
    assert Asset.get_by_id(asset_id).original_value_fen == 120050


def test_future_purchase_date_is_refused(ids):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="晚于今天"):
        assets.register_assets(asset_input(purchase_date=tomorrow))


def test_missing_name_and_category_are_refused(ids):
    with pytest.raises(ValidationError, match="资产名称"):
        assets.register_assets(asset_input(name="  "))
    with pytest.raises(ValidationError, match="资产分类"):
        assets.register_assets(asset_input(category_id=None))


def test_batch_with_explicit_number_is_refused(ids):
    with pytest.raises(ValidationError, match="批量"):
        assets.register_assets(asset_input(number="X-1"), quantity=2)


def test_edit_records_each_changed_field(ids):
    [asset_id] = assets.register_assets(asset_input())
    changed = assets.update_asset(
        asset_id, asset_input(number="2024-XX-00001", name="笔记本电脑", room_id=ids["lab"])
    )
    assert set(changed) == {"资产名称", "存放地点"}
    events = assets.asset_history(asset_id)
    summaries = [e.summary for e in events]
    assert "资产名称：台式计算机 → 笔记本电脑" in summaries
    assert "存放地点：（空） → B2-303 物理实验室" in summaries
    assert Asset.get_by_id(asset_id).name == "笔记本电脑"


def test_edit_without_changes_writes_nothing(ids):
    [asset_id] = assets.register_assets(asset_input())
    before = AssetEvent.select().count()
    data = assets.asset_input_of(Asset.get_by_id(asset_id))
    assert assets.update_asset(asset_id, data) == []
    assert AssetEvent.select().count() == before


def test_status_change_goes_into_history_and_audit(ids):
    [asset_id] = assets.register_assets(asset_input())
    assets.change_status(asset_id, "维修中", "屏幕不亮", actor="李强")
    assert Asset.get_by_id(asset_id).status == "维修中"
    assert assets.asset_history(asset_id)[-1].summary == "状态：在用 → 维修中（屏幕不亮）"
    assert AuditEntry.select().where(AuditEntry.action == "变更资产状态").count() == 1
    with pytest.raises(ConflictError):
        assets.change_status(asset_id, "维修中")


def test_threshold_setting_decides_low_value_items(ids):
    assert assets.is_below_threshold(Decimal("999.99"))
    assert not assets.is_below_threshold(Decimal("1000.00"))
    settings.save_settings(fixed_asset_threshold="500")
    assert not assets.is_below_threshold(Decimal("999.99"))
