"""Run slow work off the GUI thread; deliver result, error and progress on the GUI thread."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressCallback = Callable[[int, int, str], None]
TaskFunction = Callable[["CancelToken"], Any]


class TaskCancelled(Exception):
    """Raised inside a task by ``CancelToken.raise_if_cancelled`` once cancel was requested."""


class CancelToken:
    """Shared between the GUI and one task: cancellation flag and progress reporting."""

    def __init__(self, min_interval: float = 0.05) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._reporter: ProgressCallback | None = None
        self._min_interval = min_interval
        self._last_report = float("-inf")

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was requested."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Ask the task to stop at its next check; safe from any thread."""
        self._event.set()

    def raise_if_cancelled(self) -> None:
        """Raise TaskCancelled if cancellation was requested."""
        if self._event.is_set():
            raise TaskCancelled

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds, waking at once on cancel; return whether cancelled."""
        return self._event.wait(timeout)

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (total 0 = unknown) with an optional status text."""
        with self._lock:
            reporter = self._reporter
            if reporter is None:
                return
            now = time.monotonic()
            final = total > 0 and done >= total
            # A loop over a million rows must not flood the GUI's event queue; the last step
            # always goes through so a bar can reach 100 %.
            if not final and now - self._last_report < self._min_interval:
                return
            self._last_report = now
        reporter(done, total, text)

    def _set_reporter(self, reporter: ProgressCallback | None) -> None:
        """Route progress to ``reporter`` (None drops it); used by the runner only."""
        with self._lock:
            self._reporter = reporter


class Task(QObject):
    """Handle of one submitted callable; its signals and callbacks run on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_progress: ProgressCallback | None,
        on_cancelled: Callable[[], None] | None,
        release: Callable[[Task], None],
    ) -> None:
        super().__init__()
        self.token = CancelToken()
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_done = False
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._release = release

    def cancel(self) -> None:
        """Request cooperative cancellation; the task stops at its next check."""
        self.token.cancel()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        """Pass progress to the caller (GUI thread)."""
        if self.is_done:
            return
        if self._on_progress is not None:
            self._on_progress(done, total, text)
        self.progressed.emit(done, total, text)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        """Hand the result to the caller (GUI thread)."""
        self.result = result
        try:
            if self._on_success is not None:
                self._on_success(result)
            self.succeeded.emit(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        """Hand the exception to the caller, or to sys.excepthook if nobody handles it."""
        self.error = error
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                # An unhandled failure is a bug: the crash handler logs it and tells the user.
                sys.excepthook(type(error), error, error.__traceback__)
            self.failed.emit(error)
        finally:
            self._finish()

    @Slot()
    def _deliver_cancelled(self) -> None:
        """Tell the caller the task stopped on request (GUI thread)."""
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
            self.cancelled.emit()
        finally:
            self._finish()

    def _finish(self) -> None:
        """Mark the task done, emit finished and let the runner drop it."""
        self.is_done = True
        self.token._set_reporter(None)
        try:
            self.finished.emit()
        finally:
            self._release(self)


class _Relay(QObject):
    """Signals the worker emits; being owned by the Task, they are queued onto its thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)

    def __init__(self, task: Task) -> None:
        # Created and connected on the GUI thread, like the Task. As the Task's child it is
        # destroyed there too, never by a worker dropping the last reference.
        super().__init__(task)
        self.progressed.connect(task._deliver_progress)
        self.succeeded.connect(task._deliver_success)
        self.failed.connect(task._deliver_failure)
        self.cancelled.connect(task._deliver_cancelled)


def _call(fn: TaskFunction, token: CancelToken) -> tuple[str, Any]:
    """Run ``fn``; return ("ok", result), ("cancelled", None) or ("error", exception)."""
    try:
        return "ok", fn(token)
    except TaskCancelled:
        return "cancelled", None
    except BaseException as exc:  # everything reaches the caller; nothing dies silently
        return "error", exc


class _Runnable(QRunnable):
    """Runs one task on a pool thread and reports its outcome through the task's relay."""

    def __init__(self, fn: TaskFunction, token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._token = token
        # Holds no reference to the Task itself, so the Task is always freed on the GUI thread.
        self._relay = relay

    def run(self) -> None:
        """Execute the callable and emit exactly one outcome."""
        relay = self._relay
        self._token._set_reporter(
            lambda done, total, text: _emit(relay, "progressed", done, total, text)
        )
        kind, value = _call(self._fn, self._token)
        self._token._set_reporter(None)
        if kind == "ok":
            _emit(relay, "succeeded", value)
        elif kind == "cancelled":
            _emit(relay, "cancelled")
        else:
            _emit(relay, "failed", value)


def _emit(relay: _Relay, signal_name: str, *args: Any) -> None:
    """Emit from a worker unless the relay is gone (its runner was destroyed mid-task)."""
    if shiboken6.isValid(relay):
        getattr(relay, signal_name).emit(*args)


class TaskRunner(QObject):
    """Starts tasks on a thread pool (or inline when synchronous) and tracks the running ones.

    A task is a plain callable ``fn(token) -> result`` that must not touch widgets; it may call
    ``token.progress(done, total, text)`` and should call ``token.raise_if_cancelled()``
    between steps. A worker that uses the database opens and closes its own connection.
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        pool: QThreadPool | None = None,
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool(self)
        self._synchronous = synchronous
        self._active: set[Task] = set()
        self._retired: list[Task] = []

    @property
    def busy(self) -> bool:
        """Whether any task is still running or has an outcome not yet delivered."""
        return bool(self._active)

    def run(
        self,
        fn: TaskFunction,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        """Start ``fn(token)``; callbacks and the returned Task's signals fire on the GUI thread.

        Without ``on_failure`` an exception goes to ``sys.excepthook`` (the crash handler).
        In synchronous mode the task has already finished when this returns.
        """
        task = Task(on_success, on_failure, on_progress, on_cancelled, self._release)
        self._active.add(task)
        if len(self._active) == 1:
            self.busy_changed.emit(True)
        if self._synchronous:
            self._run_inline(fn, task)
        else:
            self._pool.start(_Runnable(fn, task.token, _Relay(task)))
        return task

    def cancel_all(self) -> None:
        """Ask every running task to stop."""
        for task in list(self._active):
            task.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel all tasks and wait for the pool's threads; return False on timeout."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)

    def _run_inline(self, fn: TaskFunction, task: Task) -> None:
        """Synchronous mode for tests: same outcome and callbacks, in the calling thread."""
        task.token._set_reporter(task._deliver_progress)
        kind, value = _call(fn, task.token)
        if kind == "ok":
            task._deliver_success(value)
        elif kind == "cancelled":
            task._deliver_cancelled()
        else:
            task._deliver_failure(value)

    def _release(self, task: Task) -> None:
        """Forget a finished task (called from inside that task's own slot)."""
        self._active.discard(task)
        # Dropping the last reference here would delete the Task while Qt is still delivering
        # its event; parking it until the next task finishes frees it safely outside that call.
        self._retired = [task]
        if not self._active:
            self.busy_changed.emit(False)
