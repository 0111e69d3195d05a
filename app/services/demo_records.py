"""In-memory mirrors of the demo school's people, rooms, assets and planned slips."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.services.demo_data import Product, RoomSpec

ACTOR = "演示数据"  # the operator named in the demo's history and audit entries


@dataclass(slots=True)
class Staff:
    id: int
    name: str
    role: str
    department: str


@dataclass(slots=True)
class DemoRoom:
    id: int
    spec: RoomSpec
    keeper: Staff | None  # who keeps what is in the room; None: whoever bought it


@dataclass(slots=True)
class Held:
    """Where one demo asset is, mirrored in memory to pick sensible handovers quickly."""

    id: int
    product: Product
    bought: dt.date
    booked: dt.date  # on the register from this day: no slip may move it before
    value: Decimal
    room: DemoRoom
    custodian: Staff | None
    department: str
    status: str


@dataclass
class Slip:
    """A handover slip the planner wants to post."""

    items: list[Held]
    person: Staff | None
    room: DemoRoom | None
    department: str
    giver: Staff | None
    receiver: Staff | None
    note: str


def room_text(room: DemoRoom) -> str:
    """A demo room as the office writes it (A-101 初一（1）班)."""
    return f"{room.spec.building}-{room.spec.number} {room.spec.name}"
