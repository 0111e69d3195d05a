"""An asset's history is dated by its documents: the slip, the request, the decision, the booking."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Asset, AssetEvent, Person
from app.services import assets, handover
from app.services.asset_card import asset_card, asset_history
from app.services.card_print import card_sheet
from app.services.disposal import approve_disposal, file_disposal, reject_disposal
from app.services.disposal_rules import DisposalInput
from tests.factories import asset_input

TODAY = dt.date.today()
# Every document below is dated in the past and recorded today, as a clerk catching up would.
BOUGHT = TODAY - dt.timedelta(days=400)
BOOKED = BOUGHT + dt.timedelta(days=12)
HANDED = TODAY - dt.timedelta(days=90)
FILED = TODAY - dt.timedelta(days=30)
DECIDED = TODAY - dt.timedelta(days=21)


@pytest.fixture
def asset_id(school) -> int:
    """A computer bought 400 days ago, booked 12 days later, handed over 90 days ago."""
    (asset_id,) = assets.register_assets(asset_input(purchase_date=BOUGHT))
    Asset.update(booked_date=BOOKED).where(Asset.id == asset_id).execute()
    to = Person.get(Person.name == "张敏").id
    handover.post_handover(
        handover.HandoverInput(kind="调拨", date=HANDED, asset_ids=[asset_id], to_person_id=to)
    )
    return asset_id


def _file(asset_id: int) -> str:
    return file_disposal(
        DisposalInput(
            asset_ids=[asset_id],
            reason="主板损坏，无维修价值",
            assessors="王芳、张敏、赵磊",
            requested_by="李强",
            date=FILED,
        )
    )


def test_filing_and_approval_are_dated_by_the_request_and_the_decision(asset_id):
    number = _file(asset_id)
    approve_disposal(number, "赵校长", "报废", decided_on=DECIDED)
    history = asset_history(asset_id, BOOKED)
    assert [(line.kind, line.date) for line in history] == [
        ("登记", BOOKED),
        ("交接", HANDED),
        ("报废", FILED),
        ("报废", DECIDED),
    ]
    # `at` still says when each line was recorded.
    assert all(line.at.date() == TODAY for line in history)


def test_a_rejection_is_dated_by_the_decision(asset_id):
    number = _file(asset_id)
    reject_disposal(number, "赵校长", "仍可维修使用", decided_on=DECIDED)
    dates = [line.date for line in asset_card(asset_id).history]
    assert dates[-2:] == [FILED, DECIDED]


def test_a_pending_request_is_dated_by_the_request(asset_id):
    _file(asset_id)
    assert asset_card(asset_id).history[-1].date == FILED


def test_the_printed_card_shows_the_document_dates(asset_id):
    number = _file(asset_id)
    approve_disposal(number, "赵校长", "报废", decided_on=DECIDED)
    rows = card_sheet(asset_id).history
    assert [row.date for row in rows] == [
        day.isoformat() for day in (BOOKED, HANDED, FILED, DECIDED)
    ]


def test_lines_read_in_the_order_things_happened(asset_id):
    """A slip dated before a status change but typed in after it still comes first."""
    assets.change_status(asset_id, "维修中", "屏幕闪烁送修")
    to = Person.get(Person.name == "王芳").id
    handover.post_handover(
        handover.HandoverInput(
            kind="调拨", date=HANDED + dt.timedelta(days=1), asset_ids=[asset_id], to_person_id=to
        )
    )
    kinds = [line.kind for line in asset_history(asset_id, BOOKED)]
    assert kinds == ["登记", "交接", "交接", "状态"]
    assert AssetEvent.select().where(AssetEvent.asset == asset_id).count() == 4
