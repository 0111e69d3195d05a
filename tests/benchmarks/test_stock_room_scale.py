"""The stock room at a million ledger moves: list, ledger, posting and check stay fast.

Run on demand: python -m pytest tests/benchmarks -m benchmark -s
The ledger is seeded by the demo's own bulk path (`houqin demo --moves N`: documents, lines,
moves with running balances, caches and number counters, as the services would write them);
what is timed then goes through the real services and widgets. The test prints a table of
target, measured figure, limit and verdict.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.db import database
from app.models import Department, Item, Person
from app.services import stock_requisitions as rq
from app.services.check import run_checks
from app.services.demo import build_demo
from app.services.stock_docs import LineInput, doc_id_of

pytestmark = [pytest.mark.benchmark, pytest.mark.gui]
MOVES = 1_000_000
DEMO_LIMIT_S = 180.0


@pytest.fixture(autouse=True)
def _on_demand(request: pytest.FixtureRequest) -> None:
    if "benchmark" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("benchmark: run with -m benchmark")


def _seed(moves: int) -> tuple[dict[str, int], float]:
    """A demo school whose stock room has about ``moves`` ledger rows; the ids and the seconds."""
    start = time.perf_counter()
    build_demo(50, moves=moves)
    seconds = time.perf_counter() - start
    person = Person.select().join(Department).where(Department.name == "总务处").first()
    return {"department": person.department_id, "person": person.id}, seconds


def _best(call, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def test_a_million_moves(qtbot, db_path, tmp_path) -> None:
    from app.ui.pdf_output import PdfOutput
    from app.ui.stock.tab import StockTab
    from app.ui.worker import TaskRunner

    ids, seeded = _seed(MOVES)
    moves = database.execute_sql("SELECT COUNT(*) FROM stock_move").fetchone()[0]
    assert moves >= 0.95 * MOVES

    start = time.perf_counter()
    tab = StockTab(TaskRunner(synchronous=True), PdfOutput(tmp_path), actor="bench")
    qtbot.addWidget(tab)
    tab.refresh()
    opened = time.perf_counter() - start
    busiest = Item.select().order_by(Item.on_hand_m.desc()).first().id
    tab.stock_panel.select_item(busiest)
    ledger = _best(lambda: tab.stock_panel.ledger.model.show_item(busiest))

    items = [row.id for row in Item.select(Item.id).order_by(Item.on_hand_m.desc()).limit(20)]

    def approved() -> int:
        number = rq.create_requisition(
            rq.RequisitionInput(
                date=dt.date.today(),
                department_id=ids["department"],
                person_id=ids["person"],
                lines=[LineInput(item, "1") for item in items],
            ),
            actor="bench",
        )
        doc_id = doc_id_of(number)
        rq.submit_requisition(doc_id)
        rq.approve_requisition(doc_id, "基准审批人")
        return doc_id

    posts = []
    for _ in range(5):
        doc_id = approved()
        start = time.perf_counter()
        rq.issue_requisition(doc_id, issued_by="bench")
        posts.append(time.perf_counter() - start)

    start = time.perf_counter()
    problems = run_checks()
    checked = time.perf_counter() - start
    rows = [
        (f"houqin demo --moves {MOVES:,}", seeded, DEMO_LIMIT_S, "s"),
        ("stock tab opens", opened, 1.0, "s"),
        ("item ledger shows", ledger, 0.2, "s"),
        ("20-line requisition issued (worst of 5)", max(posts), 0.1, "s"),
        (f"houqin check on {moves:,} moves", checked, 60.0, "s"),
    ]
    print(f"\n{'target':<42} | {'measured':>10} | {'limit':>8} | pass")
    for target, measured, limit, unit in rows:
        verdict = "yes" if measured < limit else "NO"
        print(f"{target:<42} | {measured:>9.3f}{unit} | {limit:>7.1f}{unit} | {verdict}")
    assert problems == []
    assert all(measured < limit for _, measured, limit, _ in rows)
