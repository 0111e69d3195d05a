"""Two postings at the same moment: SQLite serialises them, and stock never goes below zero."""

from __future__ import annotations

import threading

from app.db import thread_connection
from app.errors import HouqinError
from app.models import Item
from app.services import stock_requisitions as rq
from app.services.errors import ConflictError
from app.services.stock_check import stock_checks
from tests.unit.services.stock.helpers import approved, receive


def _race(doc_ids: list[int]) -> list[object]:
    """Issue every requisition from its own thread and connection, all released at once."""
    start = threading.Barrier(len(doc_ids))
    results: list[object] = [None] * len(doc_ids)

    def post(slot: int, doc_id: int) -> None:
        with thread_connection():
            start.wait()
            try:
                rq.issue_requisition(doc_id, issued_by="李强")
                results[slot] = "issued"
            except HouqinError as exc:
                results[slot] = exc

    threads = [threading.Thread(target=post, args=pair) for pair in enumerate(doc_ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_issues_of_the_last_stock_one_wins_one_is_told_what_is_short(room):
    for _ in range(5):
        receive([(room.paper, "10", "25.00")])
        results = _race([approved(room, [(room.paper, "6")]) for _ in range(2)])
        assert results.count("issued") == 1
        [refusal] = [r for r in results if r != "issued"]
        assert isinstance(refusal, ConflictError)
        assert "还差 2 包" in refusal.message
        paper = Item.get_by_id(room.paper)
        assert paper.on_hand_m == 4_000
        # Empty the shelf for the next round through the same services.
        rq.issue_requisition(approved(room, [(room.paper, "4")]))
    assert stock_checks() == []


def test_four_issues_at_once_never_take_more_than_there_is(room):
    receive([(room.paper, "10", "25.00")])
    results = _race([approved(room, [(room.paper, "3")]) for _ in range(4)])
    assert results.count("issued") == 3
    assert all(isinstance(r, ConflictError) for r in results if r != "issued")
    assert Item.get_by_id(room.paper).on_hand_m == 1_000
    assert stock_checks() == []
