"""Register walk-through findings on disposal: imported write-offs, residual value edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Asset, AssetEvent, DisposalLine
from app.services import assets
from app.services.asset_import import preview_import
from app.services.asset_import_apply import import_assets
from app.services.check import run_checks
from app.services.disposal import DisposalInput, approve_disposal, file_disposal
from app.services.errors import ValidationError
from tests.factories import asset_input, make_school

LEDGER = (
    "资产编号,资产名称,规格型号,数量,单价,购置日期,状态,存放地点\n"
    "GD-2012-001,台式计算机,联想启天M410,1,4800.00,2012-09-01,已报废,计算机教室\n"
    "GD-2019-002,投影仪,爱普生CB-X50,1,3200.00,2019-09-01,在用,计算机教室\n"
)


@pytest.fixture
def ids(db_path):
    return make_school()


def _import(tmp_path) -> None:
    path = tmp_path / "旧台账.csv"
    path.write_text(LEDGER, encoding="utf-8-sig")
    preview = preview_import(path)
    assert preview.is_clean, [str(p) for p in preview.problems]
    import_assets(preview, actor="测试员")


def test_an_old_write_off_imported_from_a_ledger_passes_the_check(tmp_path, ids) -> None:
    _import(tmp_path)
    scrapped = Asset.get(Asset.number == "GD-2012-001")
    assert scrapped.status == "已报废"
    assert run_checks() == []


def test_a_disposed_asset_registered_by_hand_is_still_found(ids) -> None:
    (asset_id,) = assets.register_assets(asset_input(number="GD-2020-009"))
    Asset.update(status="已报废").where(Asset.id == asset_id).execute()
    assert "资产 GD-2020-009 状态为已报废，但没有经批准的报废申请" in run_checks()


def _pending(ids) -> tuple[str, int]:
    (asset_id,) = assets.register_assets(
        asset_input(room_id=ids["lab"], purchase_date=dt.date(2018, 3, 1))
    )
    data = DisposalInput(
        asset_ids=[asset_id], reason="主板损坏", assessors="王芳、张敏、赵磊", requested_by="李强"
    )
    return file_disposal(data), asset_id


def test_a_residual_with_three_decimals_is_refused_and_changes_nothing(ids) -> None:
    number, asset_id = _pending(ids)
    with pytest.raises(ValidationError, match="残值") as caught:
        approve_disposal(number, "赵校长", "出售", {asset_id: "12.345"})
    assert caught.value.field == "residuals"
    assert Asset.get_by_id(asset_id).status == "待报废"


def test_a_residual_above_the_net_value_is_allowed(ids) -> None:
    """Selling a fully depreciated computer for ¥150 is ordinary: net ¥0, proceeds ¥150."""
    number, asset_id = _pending(ids)
    approve_disposal(number, "赵校长", "出售", {asset_id: "150"})
    line = DisposalLine.get(DisposalLine.asset == asset_id)
    assert line.net_value_fen == 0
    assert line.residual_value_fen == 15000
    assert Asset.get_by_id(asset_id).status == "已报废"
    assert run_checks() == []


def test_the_import_line_in_history_records_the_imported_status(tmp_path, ids) -> None:
    _import(tmp_path)
    scrapped = Asset.get(Asset.number == "GD-2012-001")
    line = scrapped.events.where(AssetEvent.doc_type == "台账导入").get()
    assert (line.field, line.new_value) == ("状态", "已报废")
    assert line.summary == "从台账导入：旧台账.csv 第 2 行（状态：已报废）"
    in_use = Asset.get(Asset.number == "GD-2019-002")
    line = in_use.events.where(AssetEvent.doc_type == "台账导入").get()
    assert (line.field, line.new_value) == ("状态", "在用")
    assert line.summary == "从台账导入：旧台账.csv 第 3 行"


def test_an_asset_imported_in_use_and_written_off_behind_the_app_is_reported(tmp_path, ids) -> None:
    _import(tmp_path)
    Asset.update(status="已报废").where(Asset.number == "GD-2019-002").execute()
    problems = run_checks()
    assert "资产 GD-2019-002 状态为已报废，但没有经批准的报废申请" in problems
    assert not any("GD-2012-001" in p for p in problems)
