"""Entry script of the frozen 后勤管家: both executables of the bundle start here.

``houqin.exe`` (windowed: no console flashes up behind the window) and ``houqin-cli.exe`` (a
console program: school IT scripts see its output and exit code) are the same program built
twice by installer/houqin.spec; app.main decides between the GUI and a subcommand.

Start-up probe (for CI and for measuring a PC): with ``HOUQIN_STARTUP_PROBE`` set, the GUI quits
as soon as the main window has been painted for the first time and reports
``startup-probe: window shown after N.NNN s``.  The value is the launch time as Unix seconds
(``date +%s.%N``), so the figure includes the bootloader; any other value measures from the
start of Python.  The line goes to stderr and, when ``HOUQIN_STARTUP_PROBE_OUT`` names a file,
is appended there too (the windowed .exe has no stderr).
"""

from __future__ import annotations

import os
import sys
import time

_PYTHON_STARTED = time.time()


def _probe_report(text: str) -> None:
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)
    out = os.environ.get("HOUQIN_STARTUP_PROBE_OUT")
    if out:
        with open(out, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")


def _install_startup_probe(value: str) -> object:
    """Create the QApplication early with an event filter that times the first paint."""
    try:
        launched = float(value)
        origin = "launch"
    except ValueError:
        launched, origin = _PYTHON_STARTED, "Python start"
    if launched < 1e9:  # not a Unix time
        launched, origin = _PYTHON_STARTED, "Python start"

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.ui.qt_app import create_application

    # app.ui.launcher.run_gui reuses an existing QApplication.
    app = QApplication.instance() or create_application(sys.argv[:1] or ["houqin"])

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.done = True
                elapsed = time.time() - launched
                # Qt's own Chinese (qtbase_zh_CN.qm) loaded? Cancel reads 取消 then.
                cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
                _probe_report(
                    f"startup-probe: window shown after {elapsed:.3f} s (since {origin}), "
                    f"platform {QApplication.platformName()}, Qt's Cancel button: {cancel}"
                )
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint(app)
    app.installEventFilter(probe)
    return probe


def main() -> int:
    """Run 后勤管家 exactly as ``python -m app`` does."""
    probe_value = os.environ.get("HOUQIN_STARTUP_PROBE")
    # Kept referenced until the app returns; only meant for GUI starts (no subcommand).
    _probe = _install_startup_probe(probe_value) if probe_value else None

    from app.main import main as app_main

    return app_main()


if __name__ == "__main__":
    raise SystemExit(main())
