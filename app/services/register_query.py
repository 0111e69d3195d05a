"""Register look-ups for the table view and print-outs: filter, sort and page in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, fn

from app.models import Asset, Building, Category, Department, Person, Room, Unit
from app.models.assets import INACTIVE_STATUSES
from app.money import from_fen

STATUS_ACTIVE_REGISTER = ""  # the default filter: everything still on the register
STATUS_ALL = "*"


@dataclass(frozen=True)
class AssetFilter:
    """What the search box and the filter combos ask for."""

    text: str = ""
    category_id: int | None = None
    department_id: int | None = None
    room_id: int | None = None
    status: str = STATUS_ACTIVE_REGISTER
    ids: tuple[int, ...] | None = None


class AssetRow(NamedTuple):
    """One register line as plain values (the table model keeps these, not model objects)."""

    id: int
    number: str
    name: str
    category: str
    spec: str
    unit: str
    original_value: Decimal
    purchase_date: dt.date
    status: str
    location: str
    custodian: str
    department: str


Custodian = Person.alias("custodian_p")
AssetDepartment = Department.alias("asset_dept")

# Column key -> SQL expression it sorts by.
SORT_KEYS = {
    "number": Asset.number,
    "name": Asset.name,
    "category": Category.code,
    "spec": Asset.spec,
    "unit": Unit.name,
    "original_value": Asset.original_value_fen,
    "purchase_date": Asset.purchase_date,
    "status": Asset.status,
    "location": (Building.code, Room.number),
    "custodian": Custodian.name,
    "department": AssetDepartment.name,
}


def _joined(query):  # type: ignore[no-untyped-def]
    return (
        query.join_from(Asset, Category, JOIN.LEFT_OUTER)
        .join_from(Asset, Unit, JOIN.LEFT_OUTER)
        .join_from(Asset, Room, JOIN.LEFT_OUTER)
        .join_from(Room, Building, JOIN.LEFT_OUTER)
        .join_from(Asset, Custodian, JOIN.LEFT_OUTER, on=(Asset.custodian == Custodian.id))
        .join_from(
            Asset, AssetDepartment, JOIN.LEFT_OUTER, on=(Asset.department == AssetDepartment.id)
        )
    )


def _where(query, flt: AssetFilter):  # type: ignore[no-untyped-def]
    if flt.status == STATUS_ACTIVE_REGISTER:
        query = query.where(Asset.status.not_in(INACTIVE_STATUSES))
    elif flt.status != STATUS_ALL:
        query = query.where(Asset.status == flt.status)
    if flt.ids is not None:
        query = query.where(Asset.id.in_(flt.ids))
    if flt.category_id is not None:
        children = Category.select(Category.id).where(
            (Category.id == flt.category_id) | (Category.parent == flt.category_id)
        )
        query = query.where(Asset.category.in_(children))
    if flt.department_id is not None:
        query = query.where(Asset.department == flt.department_id)
    if flt.room_id is not None:
        query = query.where(Asset.room == flt.room_id)
    for term in flt.text.split():
        query = query.where(
            Asset.number.contains(term)
            | Asset.old_number.contains(term)
            | Asset.name.contains(term)
            | Asset.spec.contains(term)
            | Custodian.name.contains(term)
            | Room.number.contains(term)
            | Room.name.contains(term)
            | (Building.code.concat("-").concat(Room.number)).contains(term)
        )
    return query


def count_and_total(flt: AssetFilter) -> tuple[int, Decimal]:
    """How many assets match and their total original value."""
    query = _where(_joined(Asset.select(fn.COUNT(Asset.id), fn.SUM(Asset.original_value_fen))), flt)
    count, total = query.scalar(as_tuple=True)
    return count, from_fen(total or 0)


def fetch_rows(
    flt: AssetFilter,
    sort: str = "number",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[AssetRow]:
    """One page of matching rows, sorted in SQL (ties broken by id so pages never overlap)."""
    keys = SORT_KEYS.get(sort, Asset.number)
    keys = keys if isinstance(keys, tuple) else (keys,)
    order = [k.desc() if descending else k.asc() for k in keys]
    order.append(Asset.id.desc() if descending else Asset.id.asc())
    query = (
        _where(
            _joined(
                Asset.select(
                    Asset.id,
                    Asset.number,
                    Asset.name,
                    Category.name,
                    Asset.spec,
                    Unit.name,
                    Asset.original_value_fen,
                    Asset.purchase_date,
                    Asset.status,
                    Building.code,
                    Building.name,
                    Room.number,
                    Room.name,
                    Custodian.name,
                    AssetDepartment.name,
                )
            ),
            flt,
        )
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    rows = []
    for r in query.tuples():
        (
            aid,
            number,
            name,
            category,
            spec,
            unit,
            value,
            bought,
            status,
            bcode,
            bname,
            rnumber,
            rname,
            custodian,
            department,
        ) = r
        location = ""
        if rnumber is not None:
            location = f"{bcode or bname}-{rnumber}" + (f" {rname}" if rname else "")
        rows.append(
            AssetRow(
                aid,
                number,
                name,
                category or "",
                spec,
                unit or "",
                from_fen(value),
                bought,
                status,
                location,
                custodian or "",
                department or "",
            )
        )
    return rows


def fetch_ids(flt: AssetFilter, limit: int = 100_000) -> list[int]:
    """The ids of matching assets in number order (for printing and picking)."""
    query = _where(_joined(Asset.select(Asset.id)), flt).order_by(Asset.number).limit(limit)
    return [r[0] for r in query.tuples()]
