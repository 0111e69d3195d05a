"""The `houqin` subcommands end to end on temporary databases, in-process and as a real process."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.main import main, make_console_safe
from app.models import StockMove

REPO = Path(__file__).resolve().parents[2]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A small demo school on disk (the database is closed again)."""
    path = tmp_path / "demo.sqlite3"
    code, out, err = _run(capsys, "demo", "--db", str(path), "--assets", "120", "--seed", "7")
    assert (code, err) == (0, "")
    assert "资产 120 件" in out
    return path


def _sql(db: Path, statement: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Run one statement with plain sqlite3 (as a tamperer would) and commit."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def _numbers(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    code, out, _ = _run(capsys, "list", "handover", "--db", str(db))
    assert code == 0
    return out.split()


def test_demo_list_print_check_in_process(demo_db, tmp_path, capsys):
    numbers = _numbers(capsys, demo_db)
    assert len(numbers) >= 10
    assert all(n.startswith("JJ-") for n in numbers)

    pdf = tmp_path / "交接单.pdf"
    code, out, err = _run(
        capsys, "--db", str(demo_db), "print", "handover", numbers[0], "-o", str(pdf)
    )
    assert (code, err) == (0, "")
    assert numbers[0] in out
    assert numbers[0] in _pdf_text(pdf)

    code, out, err = _run(capsys, "check", "--db", str(demo_db))
    assert (code, err) == (0, "")
    assert out.startswith("检查通过：资产 120 件")
    assert f"交接单 {len(numbers)} 张" in out
    moves = StockMove.select().count()
    assert moves > 0 and f"收发记录 {moves:,} 笔" in out  # the stock ledger was checked too


def test_list_is_every_slip_oldest_first(demo_db, capsys):
    numbers = _numbers(capsys, demo_db)
    dates = dict(_sql(demo_db, "SELECT number, date FROM handover_doc"))
    assert sorted(numbers) == sorted(dates)
    listed_dates = [dates[n] for n in numbers]
    assert listed_dates == sorted(listed_dates)


def test_real_process_demo_list_print_check(tmp_path):
    db = tmp_path / "process.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}

    def houqin(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *argv],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )

    demo = houqin("demo", "--db", str(db), "--assets", "80")
    assert demo.returncode == 0, demo.stderr
    listed = houqin("list", "handover", "--db", str(db))
    assert listed.returncode == 0
    number = listed.stdout.split()[0]
    printed = houqin("print", "handover", number, "-o", "slip.pdf", "--db", str(db))
    assert printed.returncode == 0, printed.stderr
    assert number in _pdf_text(tmp_path / "slip.pdf")
    checked = houqin("check", "--db", str(db))
    assert checked.returncode == 0
    assert "检查通过" in checked.stdout
    unknown = houqin("print", "handover", "JJ-1999-0001", "-o", "x.pdf", "--db", str(db))
    assert unknown.returncode == 1
    assert "找不到交接单 JJ-1999-0001" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_subcommands_never_import_qt(demo_db):
    code = (
        "import sys; from app.main import main; "
        f"rc = main(['check', '--db', {str(demo_db)!r}]); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.stdout.split()[-2:] == ["0", "False"], result.stderr


def test_unknown_number_is_a_clear_error(demo_db, tmp_path, capsys):
    code, _, err = _run(
        capsys,
        "print",
        "handover",
        "JJ-2000-0099",
        "-o",
        str(tmp_path / "x.pdf"),
        "--db",
        str(demo_db),
    )
    assert code == 1
    assert "找不到交接单 JJ-2000-0099" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("target", ["missing-folder/x.pdf", "a-file.txt/x.pdf", "."])
def test_unwritable_output_path_is_a_clear_error(demo_db, tmp_path, capsys, target):
    (tmp_path / "a-file.txt").write_text("not a folder", encoding="utf-8")
    number = _numbers(capsys, demo_db)[0]
    code, _, err = _run(
        capsys, "print", "handover", number, "-o", str(tmp_path / target), "--db", str(demo_db)
    )
    assert code == 1
    assert "输出" in err
    assert "Traceback" not in err


def test_demo_refuses_a_database_with_assets(demo_db, capsys):
    code, out, err = _run(capsys, "demo", "--db", str(demo_db), "--assets", "50")
    assert code == 1
    assert "已有 120 件资产" in err
    assert out == ""
    code, out, _ = _run(capsys, "check", "--db", str(demo_db))
    assert "资产 120 件" in out


def test_demo_needs_an_explicit_database(capsys):
    code, _, err = _run(capsys, "demo", "--assets", "10")
    assert code == 2
    assert "--db" in err


def test_check_reports_a_slip_that_lost_its_lines(demo_db, capsys):
    number = _numbers(capsys, demo_db)[0]
    _sql(
        demo_db,
        "DELETE FROM handover_line WHERE doc_id = (SELECT id FROM handover_doc WHERE number = ?)",
        (number,),
    )
    code, out, err = _run(capsys, "check", "--db", str(demo_db))
    assert code == 1
    assert "检查未通过" in out
    assert f"1. 交接单 {number} 没有任何资产明细" in out
    assert "Traceback" not in err


def test_check_reports_a_broken_number_sequence(demo_db, capsys):
    number = _numbers(capsys, demo_db)[-1]
    prefix, year, _ = number.split("-")
    _sql(
        demo_db,
        "UPDATE handover_doc SET number = ? WHERE number = ?",
        (f"{prefix}-{year}-0999", number),
    )
    code, out, _ = _run(capsys, "check", "--db", str(demo_db))
    assert code == 1
    assert f"{year} 年交接单编号不连续" in out
    assert "  1. " in out


def test_damaged_file_is_a_clear_error(demo_db, capsys):
    size = demo_db.stat().st_size
    with demo_db.open("r+b") as fh:
        for offset in range(4096 * 3, size, 4096 * 7):
            fh.seek(offset + 100)
            fh.write(b"\xff" * 300)
    code, _, err = _run(capsys, "check", "--db", str(demo_db))
    assert code == 1
    assert "损坏" in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_database_is_refused(tmp_path, capsys):
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库，只是一份笔记。\n" * 200, encoding="utf-8")
    for argv in (["check"], ["list", "handover"], ["demo", "--assets", "5"]):
        code, _, err = _run(capsys, *argv, "--db", str(path))
        assert code == 1
        assert "不是后勤管家的数据库" in err
    assert path.read_text(encoding="utf-8").startswith("这不是数据库")


@pytest.mark.parametrize("table", ["notes", "category"])
def test_another_programs_sqlite_file_is_left_alone(tmp_path, capsys, table):
    path = tmp_path / "other.sqlite3"
    _sql(path, f"CREATE TABLE {table} (text TEXT)")
    _sql(path, f"INSERT INTO {table} VALUES ('别人的数据')")
    for argv in (["check"], ["demo", "--assets", "5"]):
        code, _, err = _run(capsys, *argv, "--db", str(path))
        assert code == 1
        assert "不是后勤管家的数据库" in err
        assert "Traceback" not in err
    assert _sql(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [(table,)]


@pytest.mark.parametrize(
    "argv", [["check"], ["list", "handover"], ["print", "handover", "JJ-2026-0001", "-o", "x.pdf"]]
)
def test_read_commands_never_create_a_missing_database(tmp_path, capsys, argv):
    missing = tmp_path / "no-such-folder" / "houqin.sqlite3"
    code, _, err = _run(capsys, *argv, "--db", str(missing))
    assert code == 1
    assert "数据库文件不存在" in err
    assert not missing.parent.exists()


def test_a_folder_given_as_database_is_refused(tmp_path, capsys):
    code, _, err = _run(capsys, "check", "--db", str(tmp_path))
    assert code == 1
    assert "是一个文件夹" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list"], "缺少必需的参数"),
        (["frobnicate"], "无效"),
        (["demo", "--db", "x.sqlite3", "--assets", "0"], "必须是正整数"),
        (["demo", "--db", "x.sqlite3", "--assets", "many"], "不是整数"),
        (["print", "handover", "JJ-2026-0001"], "缺少必需的参数：-o/--output"),
    ],
)
def test_usage_errors_exit_2_in_chinese(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert "错误：" in err
    assert message in err
    assert not (tmp_path / "x.sqlite3").exists()


def test_version_and_help(capsys):
    code, out, _ = _run(capsys, "--version")
    assert code == 0
    assert "后勤管家" in out
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert "用法：houqin" in out
    assert "检查数据库" in out


def test_interrupting_the_demo_saves_nothing(tmp_path, capsys, monkeypatch):
    from app.services import demo as demo_service

    real_build = demo_service.build_demo

    def interrupted(n_assets, seed, progress=None):  # type: ignore[no-untyped-def]
        def stop(done: int, total: int) -> None:
            raise KeyboardInterrupt

        return real_build(n_assets, seed, stop)

    monkeypatch.setattr(demo_service, "build_demo", interrupted)
    path = tmp_path / "cancelled.sqlite3"
    code, _, err = _run(capsys, "demo", "--db", str(path), "--assets", "100")
    assert code == 1
    assert "已取消" in err
    assert _sql(path, "SELECT COUNT(*) FROM asset") == [(0,)]


def test_no_subcommand_starts_the_gui_with_the_database(tmp_path, monkeypatch):
    calls: list[tuple[Path, list[str]]] = []
    launcher = types.ModuleType("app.ui.launcher")
    launcher.run_gui = lambda db_path, argv: calls.append((db_path, argv)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.launcher", launcher)

    assert main(["--db", str(tmp_path / "school.sqlite3")]) == 0
    assert main([]) == 0
    assert calls[0][0] == tmp_path / "school.sqlite3"
    assert calls[1][0] == tmp_path / "userdata" / "houqin.sqlite3"  # the default location
    assert isinstance(calls[0][1], list)


def test_self_test_option_runs_the_self_test(monkeypatch):
    selftest = types.ModuleType("app.selftest")
    selftest.run_self_test = lambda: 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.selftest", selftest)
    assert main(["--self-test"]) == 3


def test_console_that_cannot_show_chinese_is_switched_to_utf8(monkeypatch):
    raw = io.BytesIO()
    ascii_console = io.TextIOWrapper(raw, encoding="ascii")
    gbk_console = io.TextIOWrapper(io.BytesIO(), encoding="gbk")
    monkeypatch.setattr(sys, "stdout", ascii_console)
    monkeypatch.setattr(sys, "stderr", gbk_console)
    make_console_safe()
    # A Chinese Windows code page can show Chinese: it is kept, but can no longer crash.
    assert (gbk_console.encoding, gbk_console.errors) == ("gbk", "replace")
    print("检查通过")
    ascii_console.flush()
    assert raw.getvalue().decode("utf-8") == "检查通过\n"
