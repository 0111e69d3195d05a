"""The register's SQL depreciation agrees with app.services.depreciation, row by row and in total."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from app.models import Asset, Category
from app.models.base import now
from app.money import to_fen
from app.services import reference, settings
from app.services.assets import register_assets
from app.services.depreciation import depreciation
from app.services.register_query import (
    STATUS_ALL,
    AssetFilter,
    fetch_rows,
    iter_rows,
    register_totals,
)
from app.services.settings import DEPRECIATION_NEXT_MONTH, DEPRECIATION_SAME_MONTH
from tests.factories import asset_input, computer_category

AS_OF_DATES = [
    dt.date(2010, 1, 1),
    dt.date(2019, 12, 31),
    dt.date(2024, 2, 29),
    dt.date(2024, 12, 1),
    dt.date(2025, 1, 31),
    dt.date(2026, 6, 15),
    dt.date(2031, 7, 1),
    dt.date(2080, 1, 1),
]


def _odd_categories() -> list[int]:
    """Categories the seed data lacks: a one-year life, a life of 0, no life at all."""
    return [
        reference.save_record(
            "category",
            {
                "code": code,
                "name": name,
                "short_code": short,
                "useful_life_years": life,
                "depreciates": True,
            },
        )
        for code, name, short, life in (
            ("T0000001", "一年期设备", "YN", 1),
            ("T0000002", "零年限设备", "LN", 0),
            ("T0000003", "未设年限设备", "WN", None),
        )
    ]


def _many_assets(count: int, seed: int) -> None:
    """Assets across every category, with values from 0.01 yuan to a million, bought 2000–2026."""
    rng = random.Random(seed)
    category_ids = [c.id for c in Category.select(Category.id)] + _odd_categories()
    stamp = now()
    rows = []
    for index in range(count):
        bought = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 9700))
        value = rng.choice(
            [1, 99, 100_00, 4_999_00, 123_456_78, 100_000_000, rng.randrange(1, 10**9)]
        )
        rows.append(
            {
                "number": f"T-{index:05d}",
                "name": "测试资产",
                "category": rng.choice(category_ids),
                "original_value_fen": value,
                "purchase_date": bought,
                "booked_date": bought,
                "status": rng.choice(["在用", "闲置", "已报废"]),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    Asset.insert_many(rows).execute()


def _python_figures(as_of: dt.date, rule: str) -> dict[str, tuple[int, int]]:
    """(accumulated, net) in fen per asset number, by the Python formula."""
    figures = {}
    for asset in Asset.select(Asset, Category).join(Category):
        d = depreciation(
            asset.original_value_fen,
            asset.purchase_date,
            asset.category.useful_life_years,
            asset.category.depreciates,
            as_of,
            rule,
        )
        figures[asset.number] = (d.accumulated_fen, d.net_fen)
    return figures


@pytest.mark.parametrize("rule", [DEPRECIATION_NEXT_MONTH, DEPRECIATION_SAME_MONTH])
def test_sql_and_python_agree_on_every_asset_date_and_rule(db_path, rule):
    _many_assets(600, seed=7)
    settings.save_settings(school_name="测试学校", depreciation_start=rule)
    for as_of in AS_OF_DATES:
        expected = _python_figures(as_of, rule)
        flt = AssetFilter(status=STATUS_ALL, as_of=as_of)
        rows = list(iter_rows(flt))
        assert len(rows) == len(expected) == 600
        for row in rows:
            assert (to_fen(row.accumulated), to_fen(row.net_value)) == expected[row.number], (
                row.number,
                as_of,
            )
        totals = register_totals(flt)
        assert totals.count == 600
        assert to_fen(totals.accumulated) == sum(acc for acc, _ in expected.values())
        assert to_fen(totals.net_value) == sum(net for _, net in expected.values())
        assert totals.original_value == totals.accumulated + totals.net_value


def test_totals_follow_the_filter_and_the_date(school):
    computer = asset_input(original_value="7200.00", purchase_date=dt.date(2024, 9, 10))
    desk = asset_input(
        name="办公桌",
        category_id=Category.get(Category.code == "A05010000").id,
        original_value="1500.00",
        purchase_date=dt.date(2024, 9, 10),
    )
    register_assets(computer)
    register_assets(desk)
    # Next-month rule: October 2024 is the first month. A computer (6 years) loses 100.00 a
    # month, a desk (furniture, 15 years) 1500.00 / 180 = 8.33 (floor).
    one_year = register_totals(AssetFilter(as_of=dt.date(2025, 9, 30)))
    assert one_year.count == 2
    assert one_year.original_value == Decimal("8700.00")
    assert one_year.accumulated == Decimal("1200.00") + Decimal("100.00")
    assert one_year.net_value == Decimal("8700.00") - one_year.accumulated
    before = register_totals(AssetFilter(as_of=dt.date(2024, 9, 30)))
    assert (before.accumulated, before.net_value) == (Decimal("0.00"), Decimal("8700.00"))
    only_computers = register_totals(
        AssetFilter(category_id=computer_category().id, as_of=dt.date(2025, 9, 30))
    )
    assert (only_computers.count, only_computers.accumulated) == (1, Decimal("1200.00"))


def test_a_category_that_never_depreciates_keeps_its_value(school):
    books = Category.get(Category.code == "A04010000").id  # 图书: seeded as not depreciated
    register_assets(asset_input(name="古籍善本", category_id=books, original_value="30000"))
    (row,) = fetch_rows(AssetFilter(as_of=dt.date(2060, 1, 1)))
    assert (row.accumulated, row.net_value) == (Decimal("0.00"), Decimal("30000.00"))


def test_editing_a_category_life_changes_the_figures(school):
    register_assets(asset_input(original_value="7200.00", purchase_date=dt.date(2024, 9, 1)))
    flt = AssetFilter(as_of=dt.date(2025, 9, 30))
    assert register_totals(flt).accumulated == Decimal("1200.00")  # 12 of 72 months
    category = computer_category()
    reference.save_record("category", {"useful_life_years": 3}, record_id=category.id)
    assert register_totals(flt).accumulated == Decimal("2400.00")  # 12 of 36 months
    reference.save_record("category", {"depreciates": False}, record_id=category.id)
    assert register_totals(flt).accumulated == Decimal("0.00")


def test_the_start_rule_setting_moves_the_first_month(school):
    register_assets(asset_input(original_value="7200.00", purchase_date=dt.date(2025, 3, 20)))
    flt = AssetFilter(as_of=dt.date(2025, 3, 31))
    assert register_totals(flt).accumulated == Decimal("0.00")
    settings.save_settings(depreciation_start=DEPRECIATION_SAME_MONTH)
    assert register_totals(flt).accumulated == Decimal("100.00")


def test_rows_sort_by_accumulated_and_net_value_in_sql(school):
    for value, bought in (("3000", dt.date(2020, 1, 5)), ("9000", dt.date(2025, 1, 5))):
        register_assets(asset_input(original_value=value, purchase_date=bought))
    flt = AssetFilter(as_of=dt.date(2025, 12, 31))
    by_net = [r.original_value for r in fetch_rows(flt, sort="net_value")]
    by_accumulated = [r.original_value for r in fetch_rows(flt, sort="accumulated")]
    # 3000 bought 2020: 71 of 72 months gone, net 41.66; 9000 bought 2025: 11 months, net 7625.
    assert by_net == [Decimal("3000.00"), Decimal("9000.00")]
    assert by_accumulated == [Decimal("9000.00"), Decimal("3000.00")]


def test_without_a_date_the_figures_are_as_of_today(school):
    register_assets(asset_input(original_value="7200.00", purchase_date=dt.date(2020, 1, 1)))
    today = register_totals(AssetFilter(as_of=dt.date.today()))
    assert register_totals(AssetFilter()) == today
