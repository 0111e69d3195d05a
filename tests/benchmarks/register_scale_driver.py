"""Drive the real main window on a big register and measure it; prints one JSON object.

Run by tests/benchmarks/test_register_scale.py in a process of its own, so that the peak
memory it reports is the GUI's alone:

    python tests/benchmarks/register_scale_driver.py DB.sqlite3 [RUNS]

What it does, in the order a user would: opens the main window on DB, types search terms
into the register tab's search box one key at a time, sorts by every column in both orders
(with no search and with one), scrolls the unfiltered register to its last row, and at the
end reads the peak resident memory (VmHWM) from /proc/self/status.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QModelIndex, QObject, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NO_MATCH = "ZQX9"  # no asset number, name, spec, person or room contains this
SORT_SEARCH = "投影"


def proc_status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KB (VmHWM, VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


class _TimerClock(QObject):
    """Notes when the debounce timer's QTimerEvent arrives, before its timeout slots run."""

    def __init__(self) -> None:
        super().__init__()
        self.fired = self.fired_cpu = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.fired = time.perf_counter()
            self.fired_cpu = time.thread_time()
        return False


def _wait_for(app: QApplication, condition: Callable[[], bool]) -> None:
    # Blocks in the event loop until something happens; the debounce timer always does.
    while not condition():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def search_terms() -> dict[str, str]:
    """Realistic search terms for the demo school: a name, a number, a person, a room, nothing."""
    from peewee import fn

    from app.models import Asset, Building, Person, Room

    custodian = (
        Person.select(Person.name)
        .join(Asset, on=(Asset.custodian == Person.id))
        .group_by(Person.id)
        .order_by(fn.COUNT(Asset.id).desc())
        .scalar()
    )
    room = (
        Room.select(Building.code.concat("-").concat(Room.number))
        .join(Building)
        .switch(Room)
        .join(Asset, on=(Asset.room == Room.id))
        .group_by(Room.id)
        .order_by(fn.COUNT(Asset.id).desc())
        .scalar()
    )
    return {
        "name": "投影",
        "number": "2019-",
        "custodian": custodian,
        "room": room,
        "nothing": NO_MATCH,
    }


def _type_char(edit: Any, char: str) -> None:
    if char.isascii():
        QTest.keyClicks(edit, char)
    else:
        # QTest cannot press keys for Chinese; an input method commits them like this.
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QApplication.sendEvent(edit, event)


def measure_keystrokes(app: QApplication, window: Any, runs: int) -> dict[str, Any]:
    """Per term and keystroke: debounce fired -> filter applied and the view repainted."""
    tab = window.register_tab
    edit, timer, view = tab.search_edit, tab._search_timer, tab.table.viewport()
    clock = _TimerClock()
    timer.installEventFilter(clock)
    applied: list[tuple[float, float]] = []
    # Connected after the tab's own apply_filter, so this runs the moment it returns.
    timer.timeout.connect(lambda: applied.append((time.perf_counter(), time.thread_time())))
    terms = search_terms()
    result: dict[str, Any] = {"debounce_ms": timer.interval(), "terms": {}}
    debounce_seen: list[float] = []
    for label, term in terms.items():
        per_key: list[list[float]] = [[] for _ in term]
        per_key_cpu: list[list[float]] = [[] for _ in term]
        matched = 0
        for _ in range(runs):
            edit.clear()
            tab.apply_filter()
            for position, char in enumerate(term):
                before = len(applied)
                _type_char(edit, char)
                typed = time.perf_counter()
                _wait_for(app, lambda before=before: len(applied) > before)
                painted_from, painted_from_cpu = time.perf_counter(), time.thread_time()
                view.repaint()
                paint = time.perf_counter() - painted_from
                paint_cpu = time.thread_time() - painted_from_cpu
                done, done_cpu = applied[-1]
                per_key[position].append((done - clock.fired + paint) * 1000)
                per_key_cpu[position].append((done_cpu - clock.fired_cpu + paint_cpu) * 1000)
                debounce_seen.append((clock.fired - typed) * 1000)
            if tab.model.filter.text != term:
                raise AssertionError(
                    f"the search box holds {tab.model.filter.text!r}, not {term!r}"
                )
            matched = tab.model.total_count
        medians = [statistics.median(times) for times in per_key]
        result["terms"][label] = {
            "term": term,
            "matches": matched,
            "per_key_ms": [round(m, 1) for m in medians],
            "worst_ms": round(max(medians), 1),
            "worst_cpu_ms": round(max(statistics.median(t) for t in per_key_cpu), 1),
        }
    edit.clear()
    tab.apply_filter()
    timer.removeEventFilter(clock)
    result["debounce_seen_ms"] = round(statistics.median(debounce_seen), 1)
    return result


def measure_sorts(window: Any, runs: int, search: str) -> dict[str, Any]:
    """Every column, both orders: sortByColumn (the header click) until the view is repainted."""
    from app.ui.register.table_model import COLUMN_KEYS

    tab = window.register_tab
    tab.search_edit.setText(search)
    tab.apply_filter()
    table, model = tab.table, tab.model
    matches = model.total_count
    orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):
        # Each step changes column or order, so the header always asks the model to sort.
        for column, key in enumerate(COLUMN_KEYS):
            for order in orders:
                started, started_cpu = time.perf_counter(), time.thread_time()
                table.sortByColumn(column, order)
                table.viewport().repaint()
                elapsed = (time.perf_counter() - started) * 1000
                used = (time.thread_time() - started_cpu) * 1000
                if model.sort_key != key or model.descending != (order == orders[1]):
                    raise AssertionError(f"sortByColumn({column}) did not sort by {key}")
                direction = "desc" if order == orders[1] else "asc"
                times.setdefault((key, direction), []).append(elapsed)
                cpu.setdefault((key, direction), []).append(used)
    medians = {f"{key} {direction}": statistics.median(t) for (key, direction), t in times.items()}
    worst = max(medians, key=medians.__getitem__)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    tab.search_edit.clear()
    tab.apply_filter()
    return {
        "search": search,
        "matches": matches,
        "per_column_ms": {k: round(v, 1) for k, v in medians.items()},
        "median_ms": round(statistics.median(medians.values()), 1),
        "worst_column": worst,
        "worst_ms": round(medians[worst], 1),
        "worst_cpu_ms": round(max(statistics.median(t) for t in cpu.values()), 1),
    }


def scroll_to_bottom(app: QApplication, window: Any) -> dict[str, Any]:
    """Scroll the unfiltered register down until every row is loaded, as the scroll bar does."""
    tab = window.register_tab
    table, model = tab.table, tab.model
    pages: list[float] = []
    started = time.perf_counter()
    stalled = 0
    while model.canFetchMore(QModelIndex()):
        loaded = model.rowCount()
        step = time.perf_counter()
        table.scrollToBottom()
        app.processEvents()
        if model.rowCount() == loaded:
            # The view has not laid out the last page yet; a direct fetch is what it would do.
            stalled += 1
            model.fetchMore(QModelIndex())
        pages.append((time.perf_counter() - step) * 1000)
    table.scrollToBottom()
    app.processEvents()
    return {
        "rows": model.rowCount(),
        "pages": len(pages),
        "direct_fetches": stalled,
        "total_s": round(time.perf_counter() - started, 2),
        "page_median_ms": round(statistics.median(pages), 1) if pages else 0.0,
        "last_pages_ms": round(statistics.median(pages[-10:]), 1) if pages else 0.0,
        "page_worst_ms": round(max(pages), 1) if pages else 0.0,
    }


def main(argv: list[str]) -> int:
    """Open the window on argv[1], use it, print the figures as JSON."""
    db_path = Path(argv[1])
    runs = int(argv[2]) if len(argv) > 2 else 3
    started = time.perf_counter()
    from app.db import close_database, open_database
    from app.ui.main_window import MainWindow
    from app.ui.pdf_output import PdfOutput
    from app.ui.qt_app import create_application
    from app.ui.worker import TaskRunner

    app = create_application(["houqin"])
    open_database(db_path)
    prints = Path(tempfile.mkdtemp(prefix="houqin-bench-"))
    window = MainWindow(db_path, TaskRunner(), PdfOutput(prints), actor="基准测试")
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.register_tab.table.viewport().repaint()
    figures: dict[str, Any] = {
        "load_average": os.getloadavg()[0],
        "window_ms": round((time.perf_counter() - started) * 1000),
        "assets": window.register_tab.model.total_count,
        "rss_after_start_kb": proc_status_kb("VmRSS"),
    }
    figures["keystrokes"] = measure_keystrokes(app, window, runs)
    figures["sorts"] = [measure_sorts(window, runs, ""), measure_sorts(window, runs, SORT_SEARCH)]
    figures["scroll"] = scroll_to_bottom(app, window)
    figures["rss_end_kb"] = proc_status_kb("VmRSS")
    figures["peak_rss_kb"] = proc_status_kb("VmHWM")
    window.close()
    close_database()
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
