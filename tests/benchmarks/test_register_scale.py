"""The register at 100,000 assets against issue 3 §4's targets, printed as one table at the end.

Run on demand (about two minutes on two cores):

    python -m pytest tests/benchmarks/test_register_scale.py -m benchmark -s -p no:randomly

Everything measured is the real program on one demo database made by the real CLI
(``houqin demo --assets 100000 --moves 0``, timed once: it is itself a target):

- window start: ``installer/houqin_entry.py`` with the start-up probe, offscreen, on the demo
  database; from just before Popen to the main window's first paint (the register's first
  page is loaded before the window shows, so it is painted with it). The probe's own figure
  from Python's start is reported beside it, and the process's peak RSS.
- keystroke, sort, scrolling and memory: tests/benchmarks/register_scale_driver.py in a
  process of its own (see its docstring for what each figure spans); memory is that
  process's VmHWM after the searches, the sorts and loading all 100,000 rows.
- print-out: the register PDF of 10,000 assets through app.services.register_print, the
  function the GUI's progress dialog runs.

Figures are medians of RUNS runs; each test also asserts its limit, so a miss fails.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.benchmark

ASSETS = 100_000
RUNS = 3
ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("register_scale_driver.py")

# (target, measured, limit, met) rows of the closing table, in the order measured.
RESULTS: list[tuple[str, str, str, bool | None]] = []


def _record(target: str, measured: str, limit: str, met: bool | None) -> None:
    RESULTS.append((target, measured, limit, met))


def _table() -> str:
    widths = [max(len(row[i]) for row in RESULTS) for i in range(3)]
    header = ("target", "measured", "limit")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]

    def line(cells: tuple[str, str, str], verdict: str) -> str:
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=True)]
        return " | ".join([*padded, verdict])

    out = [line(header, "pass/miss"), "-+-".join("-" * w for w in [*widths, 9])]
    for target, measured, limit, met in RESULTS:
        verdict = "—" if met is None else ("pass" if met else "MISS")
        out.append(line((target, measured, limit), verdict))
    return "\n".join(out)


@pytest.fixture(scope="module", autouse=True)
def _on_demand(request: pytest.FixtureRequest) -> Iterator[None]:
    # Module scope: it must skip before the module's demo database is made.
    if "benchmark" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("benchmark: run with -m benchmark")
    yield
    if RESULTS:
        # Wall-clock figures are the targets; on a busy machine the CPU figures show the cost.
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        title = f"The register at {ASSETS:,} assets (issue 3 §4); load average {load}"
        print(f"\n\n{title}\n{_table()}\n")


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOUQIN_DATA_DIR=str(data_dir))
    return env


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """The demo database made by the real CLI, and how long that took."""
    folder = tmp_path_factory.mktemp("register_scale")
    db = folder / "demo100k.sqlite3"
    command = [sys.executable, "-m", "app", "demo", "--db", str(db), "--assets", str(ASSETS)]
    started = time.perf_counter()
    subprocess.run(
        [*command, "--moves", "0"], cwd=ROOT, env=_env(folder / "data"), check=True, timeout=600
    )
    return db, time.perf_counter() - started


@pytest.fixture(scope="module")
def driven(demo: tuple[Path, float], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The driver's figures: one GUI process searching, sorting and scrolling the register."""
    db, _ = demo
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(db), str(RUNS)],
        cwd=ROOT,
        env=_env(tmp_path_factory.mktemp("driver_data")),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_demo_generation(demo: tuple[Path, float]) -> None:
    _, seconds = demo
    ok = seconds < 60
    _record(f"demo generation ({ASSETS:,} assets, --moves 0)", f"{seconds:.1f} s", "60 s", ok)
    assert ok


def _probe_start(db: Path, data_dir: Path, origin: str) -> tuple[float, float, int]:
    """One GUI start: (seconds from before Popen, the probe's figure, peak RSS in KB)."""
    out = data_dir / "probe.txt"
    out.unlink(missing_ok=True)
    env = _env(data_dir)
    started_wall, started = time.time(), time.perf_counter()
    # A Unix time makes the probe measure from launch; anything else, from Python's start.
    env.update(
        HOUQIN_STARTUP_PROBE=f"{started_wall:.6f}" if origin == "launch" else "python",
        HOUQIN_STARTUP_PROBE_OUT=str(out),
    )
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "installer" / "houqin_entry.py"), "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    line = out.read_text(encoding="utf-8")
    shown = time.perf_counter() - started  # an upper bound: this includes the quit
    assert process.returncode == 0 and "window shown after" in line, line
    probe = float(line.split("window shown after ")[1].split(" s")[0])
    return shown, probe, usage.ru_maxrss


def test_window_start(demo: tuple[Path, float], tmp_path: Path) -> None:
    db, _ = demo
    launches = [_probe_start(db, tmp_path, "launch") for _ in range(RUNS)]
    pythons = [_probe_start(db, tmp_path, "python") for _ in range(RUNS)]
    shown = statistics.median(probe for _, probe, _ in launches)
    whole = statistics.median(wall for wall, _, _ in launches)
    in_process = statistics.median(probe for _, probe, _ in pythons)
    peak = max(rss for _, _, rss in launches + pythons) / 1024
    ok = shown < 1.0
    _record(
        "window shown, first page painted",
        f"{shown:.2f} s from Popen (in-process {in_process:.2f} s; until exit {whole:.2f} s)",
        "1 s",
        ok,
    )
    _record("peak RSS of that start", f"{peak:.0f} MB", "300 MB", peak < 300)
    assert ok and peak < 300


def test_search_keystroke(driven: dict[str, Any]) -> None:
    keys = driven["keystrokes"]
    _record(
        "search debounce (not counted below)",
        f"{keys['debounce_ms']} ms set, {keys['debounce_seen_ms']:.0f} ms seen",
        "—",
        None,
    )
    worst = 0.0
    for label, figures in keys["terms"].items():
        per_key = figures["per_key_ms"]
        worst = max(worst, figures["worst_ms"])
        _record(
            f"keystroke, {label} “{figures['term']}” ({figures['matches']:,} found)",
            f"worst key {figures['worst_ms']:.0f} ms, CPU {figures['worst_cpu_ms']:.0f} ms "
            f"(keys {', '.join(f'{t:.0f}' for t in per_key)})",
            "100 ms",
            figures["worst_ms"] < 100,
        )
    assert worst < 100


def test_sort_every_column(driven: dict[str, Any]) -> None:
    ok = True
    for sort in driven["sorts"]:
        scope = f"search “{sort['search']}”" if sort["search"] else "no search"
        met = sort["worst_ms"] < 200
        ok = ok and met
        _record(
            f"sort, 13 columns × 2 orders, {scope}",
            f"median {sort['median_ms']:.0f} ms, worst {sort['worst_ms']:.0f} ms "
            f"({sort['worst_column']}), CPU worst {sort['worst_cpu_ms']:.0f} ms",
            "200 ms",
            met,
        )
    assert ok


def test_memory_after_use(driven: dict[str, Any]) -> None:
    scroll = driven["scroll"]
    # The demo retires some assets (已报废, 丢失); the register shows the rest.
    assert scroll["rows"] == driven["assets"] > 0.9 * ASSETS
    _record(
        "scroll to the last row (fetchMore)",
        f"{scroll['pages']} pages in {scroll['total_s']:.1f} s; a page: median "
        f"{scroll['page_median_ms']:.0f} ms, last ten {scroll['last_pages_ms']:.0f} ms",
        "—",
        None,
    )
    start = driven["rss_after_start_kb"] / 1024
    peak = driven["peak_rss_kb"] / 1024
    ok = peak < 300
    _record(
        "peak RSS after searches, sorts, all rows loaded",
        f"{peak:.0f} MB (after start {start:.0f} MB)",
        "300 MB",
        ok,
    )
    assert ok


def test_register_print_10000_rows(demo: tuple[Path, float]) -> None:
    from app.db import close_database, open_database
    from app.services.register_print import register_pdf
    from app.services.register_query import AssetFilter, fetch_ids

    db, _ = demo
    open_database(db)
    try:
        flt = AssetFilter(ids=tuple(fetch_ids(AssetFilter(), limit=10_000)))
        reported: list[float] = []
        started = time.perf_counter()
        pdf = register_pdf(flt, progress=lambda done, total, text: reported.append(done / total))
        seconds = time.perf_counter() - started
    finally:
        close_database()
    ok = seconds < 5 and len(reported) > 20 and reported == sorted(reported)
    _record(
        "register print-out, 10,000 rows",
        f"{seconds:.2f} s, {len(pdf) / 1e6:.1f} MB, {len(reported)} progress steps",
        "5 s",
        ok,
    )
    assert ok
