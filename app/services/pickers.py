"""Read-only look-ups the dialogs need to fill pickers and lists (no writes here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models import Asset, FundingSource, Person
from app.models.assets import STATUS_DISPOSED, STATUS_LOST, STATUS_PENDING_DISPOSAL
from app.money import from_fen
from app.services.reference import choices, display_name, kind_spec, list_records, room_label
from app.services.register_query import AssetFilter, AssetRow, fetch_rows

# Statuses the handover service refuses; the picker does not offer them.
_NOT_HANDED_OVER = (STATUS_DISPOSED, STATUS_LOST, STATUS_PENDING_DISPOSAL)


@dataclass(frozen=True)
class PersonInfo:
    """What the handover dialog needs about a receiver."""

    id: int
    name: str
    department_id: int | None


@dataclass(frozen=True)
class ReferenceRow:
    """One reference record as plain values: refs resolved to display names, the rest raw."""

    id: int
    values: tuple[Any, ...]
    active: bool


def funding_source_choices() -> list[tuple[int, str]]:
    """(id, name) pairs of the funding sources (经费来源) for a combo box."""
    return [(s.id, s.name) for s in FundingSource.select().order_by(FundingSource.id)]


def ref_choices(kind: str, include: int | None = None) -> list[tuple[int, str]]:
    """(id, display name) pairs for any referenced kind, funding sources included."""
    if kind == "funding_source":
        return funding_source_choices()
    return choices(kind, include=include)


def person_info(person_id: int) -> PersonInfo | None:
    """A person's bare name and department, or None if there is no such person."""
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        return None
    return PersonInfo(person.id, person.name, person.department_id)


def handover_candidates(text: str, limit: int = 300) -> list[AssetRow]:
    """Register rows matching ``text`` that can be handed over (not awaiting disposal)."""
    rows = fetch_rows(AssetFilter(text=text), sort="number", limit=limit)
    return [row for row in rows if row.status not in _NOT_HANDED_OVER]


def asset_rows(asset_ids: list[int]) -> list[AssetRow]:
    """Register rows for the given assets, in the given order, whatever their status."""
    query = Asset.select().where(Asset.id.in_(asset_ids))
    found = {a.id: a for a in query}
    rows = []
    for asset_id in asset_ids:
        a = found.get(asset_id)
        if a is None:
            continue
        rows.append(
            AssetRow(
                a.id,
                a.number,
                a.name,
                a.category.name,
                a.spec,
                a.unit.name if a.unit_id else "",
                from_fen(a.original_value_fen),
                a.purchase_date,
                a.status,
                room_label(a.room) if a.room_id else "",
                a.custodian.name if a.custodian_id else "",
                a.department.name if a.department_id else "",
            )
        )
    return rows


def record_values(kind: str, record_id: int) -> dict[str, Any]:
    """A reference record's editable values (ids for references), for the edit dialog."""
    spec = kind_spec(kind)
    record = spec.model.get_by_id(record_id)
    values: dict[str, Any] = {}
    for f in spec.fields:
        if f.kind.startswith("ref:"):
            values[f.name] = getattr(record, f.name + "_id")
        else:
            values[f.name] = getattr(record, f.name)
    return values


def reference_rows(
    kind: str, *, include_inactive: bool = False, text: str = ""
) -> list[ReferenceRow]:
    """The records of one kind as plain rows for the reference-data table."""
    spec = kind_spec(kind)
    names: dict[str, dict[int, str]] = {}
    for f in spec.fields:
        if f.kind.startswith("ref:"):
            target = f.kind[4:]
            names[f.name] = {
                r.id: display_name(target, r) for r in list_records(target, include_inactive=True)
            }
    rows = []
    for record in list_records(kind, include_inactive=include_inactive, text=text):
        values: list[Any] = []
        for f in spec.fields:
            if f.kind.startswith("ref:"):
                ref_id = getattr(record, f.name + "_id")
                values.append(names[f.name].get(ref_id, "") if ref_id is not None else "")
            else:
                values.append(getattr(record, f.name))
        active = bool(record.active) if spec.has_active else True
        rows.append(ReferenceRow(record.id, tuple(values), active))
    return rows
