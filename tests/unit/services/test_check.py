"""`houqin check` finds tampering that breaks the register's invariants."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import database
from app.services import assets, handover
from app.services.check import run_checks
from tests.factories import asset_input, make_school


@pytest.fixture
def posted(db_path):
    ids = make_school()
    created = assets.register_assets(asset_input(), quantity=3)
    number = handover.post_handover(
        handover.HandoverInput(
            kind="领用", asset_ids=created, date=dt.date.today(), to_person_id=ids["alice"]
        )
    )
    return number, created


def test_sound_database_passes(posted):
    assert run_checks() == []


def test_a_deleted_slip_line_is_found(posted):
    number, created = posted
    database.execute_sql("DELETE FROM handover_line WHERE asset_id = ?", (created[1],))
    problems = run_checks()
    assert any(number in p and "没有它" in p for p in problems)


def test_a_gap_in_slip_numbers_is_found(posted):
    number, _ = posted
    database.execute_sql(
        "UPDATE handover_doc SET number = ? WHERE number = ?",
        (number.replace("-0001", "-0003"), number),
    )
    assert any("不连续" in p for p in run_checks())


def test_an_asset_without_registration_history_is_found(posted):
    _, created = posted
    database.execute_sql(
        "DELETE FROM asset_event WHERE asset_id = ? AND kind = '登记'", (created[0],)
    )
    assert any("没有登记履历" in p for p in run_checks())
