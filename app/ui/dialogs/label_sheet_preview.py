"""A small drawing of the first label sheet: used positions grey, the labels to print in blue."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.label_print import PAGE_HEIGHT_MM, PAGE_WIDTH_MM, SheetLayout

_USED = QColor("#d0d0d0")
_PRINTED = QColor("#7aa7e0")
_EMPTY = QColor("#ffffff")


class SheetPreview(QWidget):
    """Shows where on the first sheet the labels go, so "start at N" is easy to check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet: SheetLayout | None = None
        self._start = 1
        self._count = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """About a ninth of A4 at screen size."""
        return QSize(150, 212)

    def show_sheet(self, sheet: SheetLayout | None, start: int, count: int) -> None:
        """Draw ``sheet`` with ``count`` labels from position ``start`` (None: nothing valid)."""
        self._sheet, self._start, self._count = sheet, start, count
        self.update()

    def position_state(self, position: int) -> str:
        """ "used", "printed" or "empty" for a 1-based position on the first sheet."""
        if position < self._start:
            return "used"
        if position < self._start + self._count:
            return "printed"
        return "empty"

    def paintEvent(self, event: QPaintEvent) -> None:
        """The paper, then every label position in its colour."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min((self.width() - 4) / PAGE_WIDTH_MM, (self.height() - 4) / PAGE_HEIGHT_MM)
        left = (self.width() - PAGE_WIDTH_MM * scale) / 2
        top = (self.height() - PAGE_HEIGHT_MM * scale) / 2
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(QRectF(left, top, PAGE_WIDTH_MM * scale, PAGE_HEIGHT_MM * scale))
        sheet = self._sheet
        if sheet is None:
            return
        colours = {"used": _USED, "printed": _PRINTED, "empty": _EMPTY}
        painter.setPen(QPen(QColor("#666666"), 0.8))
        for index in range(sheet.per_sheet):
            x, y = sheet.origin_mm(index)
            painter.setBrush(colours[self.position_state(index + 1)])
            painter.drawRect(
                QRectF(
                    left + x * scale,
                    top + y * scale,
                    sheet.label_width_mm * scale,
                    sheet.label_height_mm * scale,
                )
            )
