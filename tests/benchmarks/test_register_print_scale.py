"""The register print-out at 10,000 rows and the depreciation totals at 100,000 assets.

Run on demand: python -m pytest tests/benchmarks -m benchmark -s
"""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from app.models import Asset, Category, Room
from app.models.base import now
from app.services.register_print import register_pdf
from app.services.register_query import AssetFilter, fetch_rows, register_totals
from tests.factories import make_school

pytestmark = pytest.mark.benchmark

NAMES = ("台式计算机", "交互式电子白板一体机", "学生课桌椅（单人）", "投影仪", "三角钢琴")
SPECS = ("联想启天M437 i5/16G/512G", "86英寸 4K 触控", "升降式 1200×500", "CB-X50", "C3X 186cm")


@pytest.fixture(autouse=True)
def _on_demand(request: pytest.FixtureRequest) -> None:
    if "benchmark" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("benchmark: run with -m benchmark")


def _seed(count: int) -> None:
    """``count`` assets with realistic names, rooms and dates, inserted in bulk."""
    make_school()
    rng = random.Random(20260901)
    categories = [c.id for c in Category.select(Category.id).where(Category.parent.is_null(False))]
    rooms = [r.id for r in Room.select(Room.id)]
    stamp = now()
    batch = []
    for index in range(count):
        bought = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, 5000))
        batch.append(
            {
                "number": f"{bought.year}-XX-{index:06d}",
                "name": NAMES[index % len(NAMES)],
                "spec": SPECS[index % len(SPECS)],
                "category": rng.choice(categories),
                "original_value_fen": rng.randrange(100_000, 5_000_000),
                "purchase_date": bought,
                "booked_date": bought,
                "room": rng.choice(rooms),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        if len(batch) == 5000:
            Asset.insert_many(batch).execute()
            batch = []
    if batch:
        Asset.insert_many(batch).execute()


def test_a_10000_row_register_print_out(db_path):
    _seed(10_000)
    reported: list[int] = []
    started = time.perf_counter()
    pdf = register_pdf(AssetFilter(), progress=lambda done, total, text: reported.append(done))
    elapsed = time.perf_counter() - started
    print(f"\n10,000-row register print-out: {elapsed:.2f} s, {len(pdf) / 1e6:.1f} MB")
    assert reported == sorted(reported) and len(reported) > 20
    assert elapsed < 5


def test_depreciation_totals_at_100000_assets(db_path):
    _seed(100_000)
    flt = AssetFilter(as_of=dt.date(2026, 6, 30))
    register_totals(flt)  # warm the page cache as a running app has
    started = time.perf_counter()
    totals = register_totals(flt)
    elapsed = time.perf_counter() - started
    page_started = time.perf_counter()
    fetch_rows(flt, sort="net_value", descending=True)
    page = time.perf_counter() - page_started
    print(
        f"\n100,000 assets: totals line {elapsed * 1000:.0f} ms, first page by net value {page * 1000:.0f} ms"
    )
    assert totals.count == 100_000
    assert totals.original_value == totals.accumulated + totals.net_value
    assert elapsed < 1 and page < 1
