"""`houqin --self-test`: build the main window offscreen on a temporary database and render every
PDF kind; the packaged app runs this too."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path


def _check_pdf(name: str, pdf: bytes) -> str:
    if not pdf.startswith(b"%PDF"):
        raise AssertionError(f"{name}：不是 PDF 文件")
    if b"/FontFile2" not in pdf:
        raise AssertionError(f"{name}：中文字体没有嵌入")
    return f"{name}：{len(pdf) // 1024} KB，字体已嵌入"


def _render_every_form() -> list[str]:
    """One PDF of every document kind, plus labels and the register print-out."""
    from app.services.disposal import file_disposal
    from app.services.disposal_rules import DisposalInput
    from app.services.documents import document_keys, document_kind
    from app.services.label_print import label_sheet, labels_pdf
    from app.services.register_print import register_pdf
    from app.services.register_query import AssetFilter, fetch_ids

    ids = fetch_ids(AssetFilter(), limit=3)
    # The demo files no disposal request: file one so the 报废申请表 is rendered too.
    file_disposal(
        DisposalInput(
            asset_ids=ids[:1], reason="自检：性能老化", assessors="甲、乙、丙", requested_by="自检"
        ),
        actor="selftest",
    )
    lines = []
    for key in document_keys():
        kind = document_kind(key)
        numbers = kind.list_numbers()
        if not numbers:
            raise AssertionError(f"演示数据中没有{kind.label}")
        lines.append(_check_pdf(f"{kind.label} {numbers[0]}", kind.render_pdf(numbers[0])))
    lines.append(_check_pdf("资产标签", labels_pdf(ids, None, label_sheet("3x8"))))
    lines.append(_check_pdf("固定资产台账", register_pdf(AssetFilter())))
    return lines


def _run(workdir: Path) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.db import close_database, open_database
    from app.services.demo import build_demo
    from app.ui.main_window import MainWindow
    from app.ui.pdf_output import PdfOutput
    from app.ui.qt_app import create_application
    from app.ui.worker import TaskRunner

    report = []
    app = QApplication.instance() or create_application([sys.argv[0]])
    report.append(f"界面：Qt {app.platformName()} 平台")
    open_database(workdir / "selftest.sqlite3")
    try:
        summary = build_demo(n_assets=60)
        report.append(f"数据库：已创建，{summary.assets} 件演示资产")
        opened: list[Path] = []
        window = MainWindow(
            workdir / "selftest.sqlite3",
            TaskRunner(synchronous=True),
            PdfOutput(workdir / "prints", opener=lambda p: opened.append(p) or True),
            actor="selftest",
        )
        window.show()
        rows = window.register_tab.model.rowCount()
        if rows == 0:
            raise AssertionError("主窗口：校产台账没有显示任何资产")
        image = window.grab()
        if image.isNull():
            raise AssertionError("主窗口：无法绘制")
        report.append(f"主窗口：已创建，台账显示 {rows} 行，{image.width()}×{image.height()}")
        report += _render_every_form()
        window.close()
    finally:
        close_database()
    return report


def run_self_test() -> int:
    """Exit code 0 when the window builds and every form renders; 1 with the reason otherwise."""
    with tempfile.TemporaryDirectory(prefix="houqin-selftest-") as tmp:
        try:
            for line in _run(Path(tmp)):
                print(line)
        except Exception as exc:  # the self-test reports any failure instead of crashing
            print(f"自检失败：{exc}", file=sys.stderr)
            traceback.print_exc()
            return 1
    print("自检通过")
    return 0
