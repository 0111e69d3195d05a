"""The demo school's disposal requests: filed, approved, rejected through the real services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from app.models.assets import STATUS_DISPOSED, STATUS_IN_USE, STATUS_PENDING_DISPOSAL
from app.services.demo_data import DISPOSAL_REASON
from app.services.demo_records import ACTOR, Held, Staff
from app.services.disposal import approve_disposal, file_disposal, reject_disposal
from app.services.disposal_rules import DisposalInput

PER_REQUEST = 10
MIN_REQUESTS = 5
# Even a small demo school has a dozen worn-out items (8 years or older) on requests.
MIN_CANDIDATES = 12
OLD_DAYS = 8 * 365
# The most recent requests are still waiting for a decision; one earlier request was refused.
PENDING_REQUESTS = 2
REJECTED_INDEX = 1
DECISION_DAYS = 7
CONDITION = "设备老化，故障频繁，维修费用接近或超过重新购置的价格"
REJECT_NOTE = "经复核仍可维修使用，暂不报废"

# Staff of the demo school by department and role; returns the first person found or None.
FindStaff = Callable[[str, str], Staff | None]


def _name(find: FindStaff, department: str, role: str, fallback: str) -> str:
    person = find(department, role)
    return person.name if person is not None else fallback


def with_oldest(
    drawn: list[Held], held: Sequence[Held], today: dt.date, minimum: int = MIN_CANDIDATES
) -> list[Held]:
    """The drawn candidates, topped up with the oldest in-use items (8+ years) to ``minimum``."""
    if len(drawn) >= minimum:
        return drawn
    chosen = {h.id for h in drawn}
    oldest = sorted(
        (
            h
            for h in held
            if h.status == STATUS_IN_USE
            and h.id not in chosen
            and (today - h.bought).days >= OLD_DAYS
        ),
        key=lambda h: (h.bought, h.id),
    )
    return drawn + oldest[: minimum - len(drawn)]


def file_demo_disposals(candidates: Sequence[Held], find: FindStaff, today: dt.date) -> list[str]:
    """File the candidates in requests of up to ten, decide most of them; return the numbers.

    Dates run one week apart up to ``today``, oldest first, so every decision follows its
    filing; the candidates' statuses are updated in memory to what the requests left.
    """
    # A small school still shows every outcome: fewer items per request, at least five requests.
    size = max(1, min(PER_REQUEST, len(candidates) // MIN_REQUESTS))
    chunks = [candidates[i : i + size] for i in range(0, len(candidates), size)]
    requester = _name(find, "总务处", "库管员", "库管员")
    assessors = [
        _name(find, "总务处", "总务主任", "总务主任"),
        _name(find, "总务处", "电工", "电工"),
        _name(find, "总务处", "维修工", "维修工"),
    ]
    principal = _name(find, "校长室", "校长", "校长")
    numbers = []
    for index, chunk in enumerate(chunks):
        filed = today - dt.timedelta(days=DECISION_DAYS * (len(chunks) - index) + 3)
        number = file_disposal(
            DisposalInput(
                asset_ids=[held.id for held in chunk],
                reason=DISPOSAL_REASON,
                assessors=assessors,
                requested_by=requester,
                condition=CONDITION,
                repair_worthwhile=False,
                date=filed,
            ),
            actor=ACTOR,
        )
        numbers.append(number)
        decided = min(today, filed + dt.timedelta(days=DECISION_DAYS))
        if index >= len(chunks) - PENDING_REQUESTS:
            status = STATUS_PENDING_DISPOSAL
        elif index == REJECTED_INDEX:
            reject_disposal(number, principal, REJECT_NOTE, decided_on=decided, actor=ACTOR)
            continue  # each asset is back in the status it had
        else:
            approve_disposal(number, principal, "报废", decided_on=decided, actor=ACTOR)
            status = STATUS_DISPOSED
        for held in chunk:
            held.status = status
    return numbers
