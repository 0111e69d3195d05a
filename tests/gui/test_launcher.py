"""Start-up: one instance per database file, and refusals that name the file."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui import launcher

pytestmark = pytest.mark.gui


def test_second_lock_on_the_same_database_is_refused(tmp_path, qapp):
    db = tmp_path / "school.sqlite3"
    first = launcher.acquire_instance_lock(db)
    assert first is not None
    try:
        assert launcher.acquire_instance_lock(db) is None
    finally:
        first.unlock()
    again = launcher.acquire_instance_lock(db)
    assert again is not None
    again.unlock()


def test_lock_held_by_another_process_refuses_start_with_the_file_name(tmp_path, qapp, monkeypatch):
    db = tmp_path / "school.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from PySide6.QtCore import QLockFile
            lock = QLockFile({str(launcher.lock_path_for(db))!r})
            assert lock.tryLock(1000)
            print("locked", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
        assert launcher.run_gui(db, ["houqin"]) == 1
        assert len(shown) == 1
        assert str(db) in shown[0] and "另一个后勤管家窗口" in shown[0]
        assert not db.exists()  # refused before the database was even created
    finally:
        holder.communicate("\n", timeout=10)


def test_lock_left_by_a_crashed_instance_is_taken_over(tmp_path, qapp):
    db = tmp_path / "school.sqlite3"
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import os
            from PySide6.QtCore import QLockFile
            lock = QLockFile({str(launcher.lock_path_for(db))!r})
            assert lock.tryLock(1000)
            os._exit(0)  # dies without unlocking, like a crash
        """),
        ],
        check=True,
    )
    assert crashed.returncode == 0
    assert launcher.lock_path_for(db).exists()
    lock = launcher.acquire_instance_lock(db)
    assert lock is not None
    lock.unlock()


def test_newer_database_is_refused_at_start_with_a_message(tmp_path, qapp, monkeypatch):
    import sqlite3

    from app.db.migrations import LATEST_VERSION

    db = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert launcher.run_gui(db, ["houqin"]) == 1
    assert "更新版本" in shown[0]
