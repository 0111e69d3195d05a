"""Where printed forms go: a file in the prints folder, opened in the system PDF viewer."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import HouqinError


def _open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfOutput:
    """Writes PDFs into one folder and hands them to a viewer (replaceable in tests)."""

    def __init__(self, folder: Path, opener: Callable[[Path], bool] | None = None) -> None:
        self.folder = folder
        self.opener = opener or _open_with_system_viewer
        self.last_path: Path | None = None
        self.last_opened = False

    def publish(self, pdf: bytes, name: str) -> Path:
        """Write ``pdf`` as <folder>/<name>.pdf, open it in the viewer, and remember it."""
        safe = re.sub(r'[\\/:*?"<>|]+', "_", name).strip() or "document"
        path = self.folder / f"{safe}.pdf"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
        except OSError as exc:
            raise HouqinError(f"无法保存 PDF 文件 {path}：{exc.strerror or exc}") from exc
        self.last_path = path
        self.last_opened = bool(self.opener(path))
        return path

    def save_as(self, parent: QWidget | None, target: str | None = None) -> Path | None:
        """Copy the last printed PDF where the user chooses; None if cancelled or nothing yet."""
        if self.last_path is None or not self.last_path.exists():
            raise HouqinError("还没有打印过单据，没有可以另存的 PDF。")
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("PdfOutput", "另存为"),
                str(Path.home() / self.last_path.name),
                "PDF (*.pdf)",
            )
        if not target:
            return None
        destination = Path(target)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_suffix(".pdf")
        try:
            shutil.copyfile(self.last_path, destination)
        except OSError as exc:
            raise HouqinError(f"无法保存到 {destination}：{exc.strerror or exc}") from exc
        return destination
