"""The stock room at a million ledger moves: list, ledger, posting and check stay fast.

Run on demand: python -m pytest tests/benchmarks -m benchmark -s
The ledger is seeded with consistent rows in bulk (documents, lines, moves with running
balances, caches and number counters, as the services would write them); what is timed then
goes through the real services and widgets.
"""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from app.db import database
from app.models import Item, Unit
from app.services import stock_requisitions as rq
from app.services.stock_check import stock_checks
from app.services.stock_docs import LineInput, doc_id_of
from tests.factories import make_school

pytestmark = [pytest.mark.benchmark, pytest.mark.gui]
MOVES = 1_000_000
ITEMS = 300
LINES_PER_DOC = 5


@pytest.fixture(autouse=True)
def _on_demand(request: pytest.FixtureRequest) -> None:
    if "benchmark" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("benchmark: run with -m benchmark")


def _seed(moves: int) -> dict[str, int]:
    """Receipts and issued requisitions over one year, about ``moves`` ledger rows."""
    ids = make_school()
    unit = Unit.get(Unit.name == "个").id
    rng = random.Random(20260901)
    with database.atomic():
        cursor = database.cursor()
        cursor.executemany(
            "INSERT INTO item (code, name, spec, unit_id, category_id, shelf, reorder_level_m,"
            " on_hand_m, on_hand_value_fen, active, note) VALUES (?, ?, ?, ?, 1, '', 10000, 0, 0,"
            " 1, '')",
            [(f"W{n:05d}", f"物资{n}", f"规格{n % 17}", unit) for n in range(1, ITEMS + 1)],
        )
        balance = {n: [0, 0] for n in range(1, ITEMS + 1)}
        docs, lines, rows = [], [], []
        seq = {"入库": 0, "领用": 0}
        made = doc_id = 0
        while made < moves:
            kind = "入库" if rng.random() < 0.45 else "领用"
            seq[kind] += 1
            doc_id += 1
            day = (dt.date(2025, 1, 1) + dt.timedelta(days=made * 364 // moves)).isoformat()
            number = f"{'RK' if kind == '入库' else 'LY'}-2025-{seq[kind]:04d}"
            issued = kind == "领用"
            docs.append(
                (doc_id, kind, number, day, "已发放" if issued else "已过账")
                + ((ids["dept_physics"], ids["alice"]) if issued else (None, None))
            )
            for item in rng.sample(range(1, ITEMS + 1), LINES_PER_DOC):
                qty, value = balance[item]
                if not issued:
                    moved = 1000 * rng.randint(1, 20)
                    price = rng.randint(100, 5000)
                    amount = moved // 1000 * price
                    lines.append((doc_id, item, moved, None, price, amount))
                else:
                    if qty < 1000:
                        continue
                    moved = -1000 * rng.randint(1, min(qty // 1000, 5))
                    amount = value if -moved == qty else (2 * value * -moved + qty) // (2 * qty)
                    lines.append((doc_id, item, -moved, -moved, None, amount))
                    amount = -amount
                qty, value = qty + moved, value + amount
                balance[item] = [qty, value]
                rows.append((item, day, kind, moved, amount, qty, value, doc_id, number))
                made += 1
        cursor.executemany(
            "INSERT INTO stock_doc (id, doc_type, number, date, state, department_id, person_id,"
            " invoice_no, purpose, handled_by, checked_by, approved_by, issued_by, reject_reason,"
            " note, operator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', '', '',"
            " '', '', '2025-01-01 08:00:00')",
            docs,
        )
        cursor.executemany(
            "INSERT INTO stock_doc_line (doc_id, item_id, qty_m, issued_m, unit_price_fen,"
            " amount_fen, note) VALUES (?, ?, ?, ?, ?, ?, '')",
            lines,
        )
        cursor.executemany(
            "INSERT INTO stock_move (item_id, date, kind, qty_m, value_fen, balance_m,"
            " balance_value_fen, doc_id, doc_number, at, operator)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01 08:00:00', '')",
            rows,
        )
        cursor.executemany(
            "UPDATE item SET on_hand_m = ?, on_hand_value_fen = ? WHERE id = ?",
            [(qty, value, item) for item, (qty, value) in balance.items()],
        )
        cursor.executemany(
            "INSERT INTO number_series (series, year, last) VALUES (?, 2025, ?)",
            [("stock:入库", seq["入库"]), ("stock:领用", seq["领用"])],
        )
    return ids


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

    ids = _seed(MOVES)
    assert database.execute_sql("SELECT COUNT(*) FROM stock_move").fetchone()[0] >= MOVES

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
                department_id=ids["dept_physics"],
                person_id=ids["alice"],
                lines=[LineInput(item, "1") for item in items],
            ),
            actor="bench",
        )
        doc_id = doc_id_of(number)
        rq.submit_requisition(doc_id)
        rq.approve_requisition(doc_id, "赵校长")
        return doc_id

    posts = []
    for _ in range(5):
        doc_id = approved()
        start = time.perf_counter()
        rq.issue_requisition(doc_id, issued_by="bench")
        posts.append(time.perf_counter() - start)

    start = time.perf_counter()
    problems = stock_checks()
    checked = time.perf_counter() - start
    print(
        f"\n{MOVES:,} moves: stock tab opened in {opened * 1000:.0f} ms, item ledger "
        f"{ledger * 1000:.1f} ms, 20-line issue {min(posts) * 1000:.1f}–{max(posts) * 1000:.1f} ms,"
        f" stock check {checked:.1f} s"
    )
    assert problems == []
    assert opened < 1.0
    assert ledger < 0.2
    assert max(posts) < 0.1
