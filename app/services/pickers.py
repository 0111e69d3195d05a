"""Read-only look-ups the dialogs need to fill pickers and lists (no writes here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models import Person
from app.services.handover import NOT_HANDED_OVER
from app.services.reference import choices, display_name, kind_spec, list_records
from app.services.register_query import STATUS_ALL, AssetFilter, AssetRow, fetch_rows


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


def ref_choices(kind: str, include: int | None = None) -> list[tuple[int, str]]:
    """(id, display name) pairs for any referenced kind."""
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
    return [row for row in rows if row.status not in NOT_HANDED_OVER]


def asset_rows(asset_ids: list[int]) -> list[AssetRow]:
    """Register rows for the given assets, in the given order, whatever their status."""
    flt = AssetFilter(ids=tuple(asset_ids), status=STATUS_ALL)
    found = {row.id: row for row in fetch_rows(flt, limit=len(asset_ids) or 1)}
    return [found[asset_id] for asset_id in asset_ids if asset_id in found]


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
