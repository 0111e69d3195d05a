"""The demo school's handover slips: realistic groups of assets changing hands, posted for real."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.models.assets import (
    KIND_HANDOVER,
    KIND_ISSUE,
    KIND_RETURN,
    KIND_TRANSFER,
    STATUS_IDLE,
    STATUS_IN_USE,
)
from app.services.demo_records import ACTOR, Held, Slip, room_text
from app.services.handover import HandoverInput, post_handover


class HandoverPlanner:
    """Picks groups of assets for realistic slips (领用/调拨/移交/归还) and posts them."""

    KIND_WEIGHTS = ((KIND_ISSUE, 3), (KIND_TRANSFER, 3), (KIND_HANDOVER, 2), (KIND_RETURN, 2))

    def __init__(self, builder: Any) -> None:
        self.b = builder
        self.rng = builder.rng
        self.used: set[int] = set()
        # Only assets not yet on a slip are ever picked, so each index is built once.
        self.groups: dict[str, dict[object, list[Held]]] = {}

    def _grouped(
        self,
        name: str,
        key: Callable[[Held], object | None],
    ) -> dict[object, list[Held]]:
        if name not in self.groups:
            groups: dict[object, list[Held]] = defaultdict(list)
            for held in self.b.held:
                group = key(held)
                if group is not None:
                    groups[group].append(held)
            self.groups[name] = groups
        return self.groups[name]

    def post_one(self, date: dt.date, size: int) -> None:
        """Post one slip dated ``date`` with up to ``size`` lines, trying the kinds in turn."""
        kinds = [k for k, _ in self.KIND_WEIGHTS]
        first = self.rng.choices(kinds, [w for _, w in self.KIND_WEIGHTS])[0]
        order = kinds[kinds.index(first) :] + kinds[: kinds.index(first)]
        plans = {
            KIND_ISSUE: self._plan_issue,
            KIND_TRANSFER: self._plan_transfer,
            KIND_HANDOVER: self._plan_handover,
            KIND_RETURN: self._plan_return,
        }
        for kind in order:
            slip = plans[kind](date, size)
            if slip is not None:
                self._post(kind, date, slip)
                return

    def _free(self, held: Held, date: dt.date) -> bool:
        return held.id not in self.used and held.booked <= date

    def _pick_group(
        self, groups: dict[object, list[Held]], date: dt.date, size: int
    ) -> list[Held] | None:
        """The free assets of a random group with ``size`` of them, else of the biggest group."""
        keys = list(groups)
        self.rng.shuffle(keys)
        best: list[Held] = []
        for key in keys:
            if len(groups[key]) <= len(best):
                continue
            free = [h for h in groups[key] if self._free(h, date)]
            if len(free) >= size:
                return free
            if len(free) > len(best):
                best = free
        return best or None

    def _plan_issue(self, date: dt.date, size: int) -> Slip | None:
        groups = self._grouped(
            "issue",
            lambda h: h.product.key if h.status == STATUS_IDLE and h.custodian is None else None,
        )
        free = self._pick_group(groups, date, size)
        if free is None:
            return None
        product = free[0].product
        if product.personal:
            offices = [r for r in self.b.by_place["office"] if self.b.staff[r.spec.department]]
            room = self.rng.choice(offices)
            person = self.rng.choice(self.b.staff[room.spec.department])
            items = free[: min(size, 2)]
        else:
            places = [p for p in product.places if self.b.by_place[p]]
            room = self.rng.choice(self.b.by_place[self.rng.choice(places)])
            person = self.b.keeper(room)
            items = free[:size]
        if person is None:
            return None
        store_keeper = self.b.role("总务处", "库管员")
        note = "新学期教学办公需要，从总务仓库领用"
        return Slip(items, person, room, room.spec.department, store_keeper, person, note)

    def _plan_transfer(self, date: dt.date, size: int) -> Slip | None:
        groups = self._grouped(
            "transfer",
            lambda h: (
                (h.room.id, h.product.key)
                if h.status == STATUS_IN_USE
                and not h.product.personal
                and len(self.b.by_place[h.room.spec.place]) > 1
                else None
            ),
        )
        free = self._pick_group(groups, date, size)
        if free is None:
            return None
        source = free[0].room
        target = self.rng.choice([r for r in self.b.by_place[source.spec.place] if r is not source])
        person = self.b.keeper(target)
        note = f"因使用安排调整，由{room_text(source)}调至{room_text(target)}"
        return Slip(
            free[:size], person, target, target.spec.department, free[0].custodian, person, note
        )

    def _plan_handover(self, date: dt.date, size: int) -> Slip | None:
        groups = self._grouped(
            "handover",
            lambda h: (
                (h.custodian.id, h.department)
                if h.custodian is not None
                and h.status == STATUS_IN_USE
                and len(self.b.staff[h.custodian.department]) > 1
                else None
            ),
        )
        free = self._pick_group(groups, date, size)
        if free is None:
            return None
        giver = free[0].custodian
        assert giver is not None
        taker = self.rng.choice([s for s in self.b.staff[giver.department] if s is not giver])
        note = f"{giver.name}工作调整，所保管资产移交{taker.name}"
        return Slip(free[:size], taker, None, free[0].department, giver, taker, note)

    def _plan_return(self, date: dt.date, size: int) -> Slip | None:
        storage = self.b.storage
        if storage is None:
            return None
        groups = self._grouped(
            "return",
            lambda h: (
                h.custodian.id
                if h.custodian is not None and h.product.personal and h.status == STATUS_IN_USE
                else None
            ),
        )
        free = self._pick_group(groups, date, size)
        if free is None:
            return None
        keeper = self.b.role("总务处", "库管员")
        note = "设备暂不使用，归还总务仓库"
        return Slip(free[: min(size, 3)], None, storage, "总务处", free[0].custodian, keeper, note)

    def _post(self, kind: str, date: dt.date, slip: Slip) -> None:
        """Post the slip through the handover service and mirror the moves in memory."""
        items, person, room = slip.items, slip.person, slip.room
        total = sum((h.value for h in items), Decimal(0))
        approver = (
            self.b.role("校长室", "校长") if total > 10_000 else self.b.role("总务处", "总务主任")
        )
        manager = self.b.role("总务处", "库管员")
        number = post_handover(
            HandoverInput(
                kind=kind,
                asset_ids=[h.id for h in items],
                date=date,
                to_person_id=person.id if person else None,
                to_room_id=room.id if room else None,
                to_department_id=self.b.departments[slip.department],
                handed_by=slip.giver.name if slip.giver else "",
                received_by=slip.receiver.name if slip.receiver else "",
                manager=manager.name if manager else "",
                approver=approver.name if approver else "",
                note=slip.note,
            ),
            actor=ACTOR,
        )
        self.b.handover_numbers.append(number)
        for h in items:
            self.used.add(h.id)
            h.custodian = None if kind == KIND_RETURN else (person or h.custodian)
            h.room = room or h.room
            h.department = slip.department
            h.status = STATUS_IDLE if kind == KIND_RETURN else STATUS_IN_USE
