"""The register's fast paths give the same answers: narrowed searches, paged rows, totals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import register_query
from app.services.assets import change_status, register_assets
from app.services.register_query import (
    STATUS_ALL,
    AssetFilter,
    fetch_ids,
    fetch_rows,
    iter_rows,
    narrowed,
    register_totals,
)
from tests.factories import asset_input, make_school

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def register(db_path) -> dict[str, int]:
    """Desks in the store, computers with 王芳 in the lab, a projector retired as lost."""
    ids = make_school()
    register_assets(
        asset_input(name="学生课桌", original_value="320.00", room_id=ids["store"]), quantity=30
    )
    register_assets(
        asset_input(
            room_id=ids["lab"], custodian_id=ids["alice"], purchase_date=dt.date(2021, 3, 5)
        ),
        quantity=12,
    )
    lost = register_assets(asset_input(name="投影仪", spec="CB-X50", original_value="6200.00"))
    change_status(lost[0], "丢失", "盘点未找到")
    return ids


def _same_answers(text: str, **filters: object) -> AssetFilter:
    flt = AssetFilter(text=text, as_of=AS_OF, **filters)  # type: ignore[arg-type]
    fast = narrowed(flt)
    assert register_totals(fast) == register_totals(flt)
    for sort in ("number", "net_value", "location", "custodian"):
        for descending in (False, True):
            expected = list(iter_rows(flt, sort, descending))
            assert fetch_rows(fast, sort, descending, 0, 1000) == expected
            # Pages of five put together give the same rows in the same order.
            pages = [fetch_rows(fast, sort, descending, start, 5) for start in range(0, 50, 5)]
            assert [row for page in pages for row in page] == expected
    return fast


def test_a_search_finding_few_assets_is_answered_from_their_ids(register):
    fast = _same_answers("王芳")
    assert fast.text == "" and fast.ids is not None and len(fast.ids) == 12
    assert fast.as_of == AS_OF


def test_custodian_room_and_room_label_are_still_found(register):
    assert register_totals(narrowed(AssetFilter(text="王芳"))).count == 12
    assert register_totals(narrowed(AssetFilter(text="器材库"))).count == 30
    assert register_totals(narrowed(AssetFilter(text="B2-303"))).count == 12
    assert register_totals(narrowed(AssetFilter(text="B2-303 台式"))).count == 12
    assert register_totals(narrowed(AssetFilter(text="B2-303 课桌"))).count == 0


def test_the_status_and_other_filters_still_apply_after_narrowing(register, monkeypatch):
    # The lost projector is off the active register, on it with 全部.
    assert _same_answers("投影").ids == ()
    assert len(_same_answers("投影", status=STATUS_ALL).ids or ()) == 1
    _same_answers("课桌", room_id=register["store"])
    _same_answers("课桌", room_id=register["lab"])


def test_a_search_finding_many_or_no_text_is_left_as_it_is(register, monkeypatch):
    monkeypatch.setattr(register_query, "NARROW_LIMIT", 10)
    flt = AssetFilter(text="课桌", as_of=AS_OF)
    assert narrowed(flt) is flt
    _same_answers("课桌")
    plain = AssetFilter(as_of=AS_OF)
    assert narrowed(plain) is plain


def test_totals_net_value_is_original_less_depreciation_row_by_row(register):
    flt = AssetFilter(status=STATUS_ALL, as_of=AS_OF)
    rows = list(iter_rows(flt))
    totals = register_totals(flt)
    assert totals.count == len(rows) == len(fetch_ids(flt)) == 43
    assert totals.accumulated == sum(row.accumulated for row in rows)
    assert totals.net_value == sum(row.net_value for row in rows)
    assert totals.accumulated > 0
