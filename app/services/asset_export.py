"""Export the (filtered) register to .xlsx in the columns the import reads back.

Beside them, 累计折旧 and 净值 as of the filter's date, as the register tab shows them; the
import does not recognise those two titles, so an exported register still imports unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from app.io.register_export import Column, write_workbook
from app.models import (
    Asset,
    Building,
    Category,
    Department,
    FundingSource,
    Person,
    Room,
    Supplier,
    Unit,
)
from app.money import from_fen
from app.services.reference import room_label
from app.services.register_query import (
    AssetFilter,
    depreciation_date,
    depreciation_sql,
    fetch_ids,
)
from app.services.settings import load_settings

Progress = Callable[[int, int, str], None]
MAX_EXPORT = 10_000_000
_CHUNK = 500

# Titles the import recognises, so an exported register imports again unchanged.
IMPORTED_COLUMNS: tuple[Column, ...] = (
    Column("资产编号", "text", 18),
    Column("原资产编号", "text", 14),
    Column("资产名称", "text", 20),
    Column("资产分类", "text", 24),
    Column("规格型号", "text", 24),
    Column("品牌", "text", 10),
    Column("计量单位", "text", 8),
    Column("数量", "int", 6),
    Column("原值（元）", "money", 13),
    # 累计折旧 and 净值 follow here (see columns()): read-only figures the import skips.
    Column("购置日期", "date", 12),
    Column("取得方式", "text", 10),
    Column("经费来源", "text", 10),
    Column("供应商", "text", 20),
    Column("发票号", "text", 14),
    Column("序列号", "text", 16),
    Column("保修截止", "date", 12),
    Column("状态", "text", 8),
    Column("楼栋", "text", 10),
    Column("存放地点", "text", 20),
    Column("保管人", "text", 10),
    Column("使用部门", "text", 12),
    Column("备注", "text", 30),
)


_AFTER_VALUE = [c.title for c in IMPORTED_COLUMNS].index("原值（元）") + 1


def columns(as_of: dt.date) -> tuple[Column, ...]:
    """The export's columns, 累计折旧 and 净值 (titled with their date) after 原值."""
    # The brackets keep the titles unknown to the import (header_key drops bracketed text,
    # leaving 累计折旧 / 净值), so these figures are never read back as 原值 or 单价.
    figures = (
        Column(f"累计折旧（元，截至 {as_of.isoformat()}）", "money", 15),
        Column(f"净值（元，截至 {as_of.isoformat()}）", "money", 15),
    )
    return IMPORTED_COLUMNS[:_AFTER_VALUE] + figures + IMPORTED_COLUMNS[_AFTER_VALUE:]


def _names(model) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {r.id: r.name for r in model.select(model.id, model.name)}


def _depreciation(chunk: list[int], as_of: dt.date, rule: str) -> dict[int, tuple[int, int]]:
    """Accumulated depreciation and net value in fen, by asset id, with the register's formula."""
    accumulated, net = depreciation_sql(as_of, rule)
    query = (
        Asset.select(Asset.id, accumulated, net)
        .join(Category, on=Asset.category == Category.id)
        .where(Asset.id.in_(chunk))
    )
    return {aid: (acc, value) for aid, acc, value in query.tuples()}


def register_rows(
    ids: list[int], as_of: dt.date, progress: Progress | None = None
) -> Iterator[tuple[object, ...]]:
    """The export's rows for these assets, in the order given, with depreciation as of ``as_of``."""
    rule = load_settings().depreciation_start
    categories = {c.id: f"{c.code} {c.name}" for c in Category.select()}
    units = _names(Unit)
    funding = _names(FundingSource)
    suppliers = _names(Supplier)
    people = _names(Person)
    departments = _names(Department)
    rooms = {
        r.id: (r.building.name, room_label(r)) for r in Room.select(Room, Building).join(Building)
    }
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        by_id = {a.id: a for a in Asset.select().where(Asset.id.in_(chunk))}
        figures = _depreciation(chunk, as_of, rule)
        for asset_id in chunk:
            a = by_id[asset_id]
            accumulated, net = figures[asset_id]
            building, place = rooms.get(a.room_id, ("", ""))
            yield (
                a.number,
                a.old_number,
                a.name,
                categories[a.category_id],
                a.spec,
                a.brand,
                units.get(a.unit_id, ""),
                a.quantity,
                from_fen(a.original_value_fen),
                from_fen(accumulated),
                from_fen(net),
                a.purchase_date,
                a.acquisition,
                funding.get(a.funding_source_id, ""),
                suppliers.get(a.supplier_id, ""),
                a.invoice_no,
                a.serial_no,
                a.warranty_end,
                a.status,
                building,
                place,
                people.get(a.custodian_id, ""),
                departments.get(a.department_id, ""),
                a.note,
            )
        if progress is not None:
            progress(min(start + _CHUNK, len(ids)), len(ids), "正在导出台账…")


def export_register(flt: AssetFilter, progress: Progress | None = None) -> tuple[bytes, int]:
    """The register rows matching ``flt`` (in number order) as .xlsx bytes, and how many.

    累计折旧 and 净值 are as of the filter's date (today when it names none).
    """
    ids = fetch_ids(flt, limit=MAX_EXPORT)
    as_of = depreciation_date(flt)
    rows = register_rows(ids, as_of, progress)
    data = write_workbook(columns(as_of), rows, "资产台账", total=len(ids))
    return data, len(ids)
