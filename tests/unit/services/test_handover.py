"""Posting handover slips: numbering, moving assets, history, and refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Asset, HandoverDoc
from app.services import assets, handover
from app.services.errors import ConflictError, ValidationError
from tests.disposal_factories import scrap
from tests.factories import asset_input, make_school

TODAY = dt.date.today()


@pytest.fixture
def ids(db_path):
    return make_school()


def _issue(ids, asset_ids, **kw):
    data = handover.HandoverInput(
        kind=kw.pop("kind", "领用"),
        asset_ids=asset_ids,
        date=kw.pop("date", TODAY),
        to_person_id=kw.pop("to_person_id", ids["alice"]),
        to_room_id=kw.pop("to_room_id", ids["lab"]),
        handed_by="李强",
        received_by="王芳",
        manager="李强",
        approver="赵校长",
        **kw,
    )
    return handover.post_handover(data, actor="李强")


def test_issue_moves_assets_and_numbers_gaplessly(ids):
    created = assets.register_assets(asset_input(), quantity=3)
    first = _issue(ids, created[:2])
    second = _issue(ids, created[2:])
    year = TODAY.year
    assert (first, second) == (f"JJ-{year}-0001", f"JJ-{year}-0002")
    moved = Asset.get_by_id(created[0])
    assert moved.custodian_id == ids["alice"]
    assert moved.room_id == ids["lab"]
    assert moved.department_id == ids["dept_physics"]  # follows the receiver's department
    assert assets.asset_history(created[0])[-1].doc_number == first
    assert handover.list_handover_numbers() == [first, second]


def test_view_for_printing(ids):
    created = assets.register_assets(asset_input(), quantity=2)
    number = _issue(ids, created)
    view = handover.handover_view(number)
    assert view.kind == "领用"
    assert [line.asset_number for line in view.lines] == ["2024-XX-00001", "2024-XX-00002"]
    assert str(view.total) == "9998.00"
    assert "王芳" in view.to_text and "B2-303" in view.to_text


def test_return_clears_custodian_and_marks_idle(ids):
    [asset_id] = assets.register_assets(asset_input())
    _issue(ids, [asset_id])
    handover.post_handover(
        handover.HandoverInput(
            kind="归还", asset_ids=[asset_id], date=TODAY, to_room_id=ids["store"]
        )
    )
    asset = Asset.get_by_id(asset_id)
    assert (asset.custodian_id, asset.room_id, asset.status) == (None, ids["store"], "闲置")


def test_scrapped_asset_cannot_be_handed_over_and_nothing_changes(ids):
    good, scrapped = assets.register_assets(asset_input(), quantity=2)
    scrap([scrapped], "主板烧坏")
    with pytest.raises(ConflictError, match="已报废"):
        _issue(ids, [good, scrapped])
    assert HandoverDoc.select().count() == 0
    assert Asset.get_by_id(good).custodian_id is None
    # the failed attempt used no number: the next slip is still 0001
    assert _issue(ids, [good]).endswith("-0001")


def test_handover_without_assets_is_refused(ids):
    with pytest.raises(ValidationError, match="至少要有一件资产"):
        _issue(ids, [])


def test_handover_needs_a_destination_and_a_person_for_issue(ids):
    [asset_id] = assets.register_assets(asset_input())
    with pytest.raises(ValidationError, match="接收人"):
        _issue(ids, [asset_id], to_person_id=None, to_room_id=None)
    with pytest.raises(ValidationError, match="必须指定接收人"):
        _issue(ids, [asset_id], to_person_id=None)


def test_future_date_and_duplicate_lines_are_refused(ids):
    [asset_id] = assets.register_assets(asset_input())
    with pytest.raises(ValidationError, match="晚于今天"):
        _issue(ids, [asset_id], date=TODAY + dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="两次"):
        _issue(ids, [asset_id, asset_id])


def test_handover_to_the_current_holder_is_refused(ids):
    [asset_id] = assets.register_assets(asset_input())
    _issue(ids, [asset_id])
    with pytest.raises(ConflictError, match="无需交接"):
        _issue(ids, [asset_id], kind="移交")


def test_slip_dated_before_the_purchase_is_refused(ids):
    [asset_id] = assets.register_assets(asset_input(purchase_date=dt.date(2024, 9, 1)))
    with pytest.raises(ValidationError, match="早于资产"):
        _issue(ids, [asset_id], date=dt.date(2024, 8, 31))
