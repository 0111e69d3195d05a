"""资产标签 — QR asset labels on common A4 label sheets, starting anywhere on a used sheet.

Each label carries the school name, a QR code holding the asset number (so a scanner at the
stocktake reads exactly what the register is keyed on), the number, name and location.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from app.reports.fonts import register_cjk_font
from app.reports.text_fit import ellipsize, shrink_to_fit, wrap_text

# Called with (labels drawn, all labels); it may raise to cancel the rendering.
Progress = Callable[[int, int], None]
PAGE_WIDTH_MM = A4[0] / mm
PAGE_HEIGHT_MM = A4[1] / mm
# The white border around each QR code, in modules: ISO/IEC 18004 asks for four, and the
# label's own edge cannot be counted on (it may be stuck on a dark desk or cabinet).
QUIET_MODULES = 4
# Label sheets run to the paper's edge (8 × 37 mm = 296 of 297 mm), but office printers leave
# 3-5 mm at each edge unprinted and feed a sheet up to a millimetre off: whatever is printed
# stays this far inside the paper, so the outer labels keep their school name and QR code.
PRINTER_SAFE_MM = 5.0
# Inside a label, away from its die-cut edge (the sides, head and foot), at 70 × 37 mm.
LABEL_PADDING_MM = (1.5, 2.5, 1.5, 2.0)


@dataclass(frozen=True)
class SheetLayout:
    """Where the labels sit on an A4 sheet, all lengths in millimetres."""

    key: str
    name: str
    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float
    top_mm: float
    left_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0

    @property
    def per_sheet(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows

    def adjusted(
        self,
        top_mm: float | None = None,
        left_mm: float | None = None,
        gap_x_mm: float | None = None,
        gap_y_mm: float | None = None,
    ) -> SheetLayout:
        """The same sheet with other margins or gaps (the printer feeds it a little off)."""
        return replace(
            self,
            top_mm=self.top_mm if top_mm is None else top_mm,
            left_mm=self.left_mm if left_mm is None else left_mm,
            gap_x_mm=self.gap_x_mm if gap_x_mm is None else gap_x_mm,
            gap_y_mm=self.gap_y_mm if gap_y_mm is None else gap_y_mm,
        )

    def right_edge_mm(self) -> float:
        """Where the last column ends, from the left edge of the paper."""
        width = self.columns * self.label_width_mm + (self.columns - 1) * self.gap_x_mm
        return self.left_mm + width

    def bottom_edge_mm(self) -> float:
        """Where the last row ends, from the top edge of the paper."""
        height = self.rows * self.label_height_mm + (self.rows - 1) * self.gap_y_mm
        return self.top_mm + height

    def fits_on_a4(self) -> bool:
        """Whether every label lies on the paper (a hair of rounding allowed)."""
        return (
            min(self.top_mm, self.left_mm, self.gap_x_mm, self.gap_y_mm) >= 0
            and self.right_edge_mm() <= PAGE_WIDTH_MM + 0.05
            and self.bottom_edge_mm() <= PAGE_HEIGHT_MM + 0.05
        )

    def content_insets_mm(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) white margin inside every label, the same on each.

        At least the label's own padding; more where the outermost labels would otherwise
        print closer than PRINTER_SAFE_MM to the paper's edge. Every label gets the same
        margins so that all codes on a sheet are the same size and the labels look alike.
        """
        scale = min(self.label_width_mm / 70, self.label_height_mm / 37)
        left, top, right, bottom = (pad * scale for pad in LABEL_PADDING_MM)
        return (
            max(left, PRINTER_SAFE_MM - self.left_mm),
            max(top, PRINTER_SAFE_MM - self.top_mm),
            max(right, PRINTER_SAFE_MM - (PAGE_WIDTH_MM - self.right_edge_mm())),
            max(bottom, PRINTER_SAFE_MM - (PAGE_HEIGHT_MM - self.bottom_edge_mm())),
        )

    def origin_mm(self, position: int) -> tuple[float, float]:
        """(left, top) of the label at ``position`` (0-based, row by row) on its sheet."""
        row, column = divmod(position % self.per_sheet, self.columns)
        left = self.left_mm + column * (self.label_width_mm + self.gap_x_mm)
        top = self.top_mm + row * (self.label_height_mm + self.gap_y_mm)
        return left, top


# The common Chinese office sheets: 24 labels of 70 × 37 mm and 10 of 105 × 57 mm, no gaps.
SHEETS: dict[str, SheetLayout] = {
    sheet.key: sheet
    for sheet in (
        SheetLayout("3x8", "A4 3 列 × 8 行（70 × 37 mm，24 枚）", 3, 8, 70, 37, 0.5, 0),
        SheetLayout("2x5", "A4 2 列 × 5 行（105 × 57 mm，10 枚）", 2, 5, 105, 57, 6, 0),
    )
}


@dataclass(frozen=True)
class AssetLabel:
    """What one label shows."""

    number: str
    name: str
    location: str


@dataclass
class LabelJob:
    """A run of labels: the sheet, where on the first sheet to start, the school's name."""

    school_name: str
    sheet: SheetLayout
    labels: Sequence[AssetLabel]
    start: int = 1  # 1-based position of the first label on the first sheet
    outline: bool = False  # draw each label's edge (test prints on plain paper)


def sheets_needed(count: int, per_sheet: int, start: int) -> int:
    """Sheets used by ``count`` labels beginning at position ``start`` of the first sheet."""
    if count <= 0:
        return 0
    return (start - 1 + count + per_sheet - 1) // per_sheet


def render_labels(job: LabelJob, progress: Progress | None = None) -> bytes:
    """Draw the labels onto A4 sheets and return the PDF bytes."""
    sheet = job.sheet
    if not sheet.fits_on_a4():
        raise ValueError("标签超出 A4 纸的范围")
    if not 1 <= job.start <= sheet.per_sheet:
        raise ValueError(f"起始位置应在 1 到 {sheet.per_sheet} 之间")
    font = register_cjk_font()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=font)
    canv.setTitle(f"资产标签 {job.school_name}")
    canv.setAuthor(job.school_name)
    canv.setCreator("后勤管家 Houqin")
    total = len(job.labels)
    position = job.start - 1
    insets = tuple(inset * mm for inset in sheet.content_insets_mm())
    for done, label in enumerate(job.labels, start=1):
        if position and position % sheet.per_sheet == 0:
            canv.showPage()
        left, top = sheet.origin_mm(position)
        x, y = left * mm, A4[1] - (top + sheet.label_height_mm) * mm
        _draw_label(canv, job, label, (x, y), insets, font)
        position += 1
        if progress is not None:
            progress(done, total)
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def _draw_label(
    canv: Canvas,
    job: LabelJob,
    label: AssetLabel,
    corner: tuple[float, float],
    insets: tuple[float, ...],
    font: str,
) -> None:
    """One label with its lower left corner at ``corner``; nothing drawn inside ``insets``."""
    sheet = job.sheet
    x, y = corner
    width, height = sheet.label_width_mm * mm, sheet.label_height_mm * mm
    scale = min(width / (70 * mm), height / (37 * mm))
    canv.saveState()
    if job.outline:
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.setLineWidth(0.3)
        canv.roundRect(x, y, width, height, 2 * mm, stroke=1, fill=0)
    left, top, right, bottom = insets
    box_left, box_right = x + left, x + width - right
    box_top, box_bottom = y + height - top, y + bottom
    box_width = box_right - box_left
    # Head: the school's name over a rule, as on printed property tags.
    text = f"{job.school_name}　资产标签"
    head_size = shrink_to_fit(text, font, 8 * scale, box_width, 5.5 * scale)
    head = ellipsize(text, font, head_size, box_width)
    head_base = box_top - head_size * 0.85
    canv.setFont(font, head_size)
    canv.drawCentredString((box_left + box_right) / 2, head_base, head)
    rule_y = head_base - head_size * 0.45
    canv.setLineWidth(0.6)
    canv.line(box_left, rule_y, box_right, rule_y)
    # The QR code fills the height under the rule, on the left. Its quiet zone is blank
    # paper, so it may reach into the printer's unprintable margin; the dark modules may not.
    code = _qr_code(label.number)
    outer = 2 * QUIET_MODULES + code.getModuleCount()
    body_top = rule_y - 1.5 * mm * scale
    pad_left, _top, _right, pad_bottom = (pad * scale * mm for pad in LABEL_PADDING_MM)
    size = (body_top - box_bottom) * outer / (outer - QUIET_MODULES)
    size = min(size, body_top - (y + pad_bottom))
    quiet = QUIET_MODULES * size / outer
    qr_left = max(x + pad_left, box_left - quiet)
    _draw_qr(canv, code, qr_left, body_top - size, size)
    text_left = max(qr_left + size, box_left) + 1 * mm * scale
    _draw_fields(canv, label, font, text_left, body_top, box_right - text_left, box_bottom, scale)
    canv.restoreState()


def _draw_fields(
    canv: Canvas,
    label: AssetLabel,
    font: str,
    left: float,
    top: float,
    width: float,
    bottom: float,
    scale: float,
) -> None:
    """名称, 编号, 地点 beside the QR code, each label in grey over its value."""
    size = 7.6 * scale
    number_size = shrink_to_fit(label.number, font, 8.6 * scale, width, 5.5 * scale)
    blocks = [
        ("名称", wrap_text(label.name, font, size, width, 2), size),
        ("编号", [label.number], number_size),
        ("地点", wrap_text(label.location or "—", font, size, width, 2), size),
    ]
    caption = 5.6 * scale
    needed = sum(caption + len(lines) * text_size * 1.25 for _, lines, text_size in blocks)
    gap = max(0.0, (top - bottom) - needed) / len(blocks)
    y = top - gap / 2
    for title, lines, text_size in blocks:
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont(font, caption)
        y -= caption
        canv.drawString(left, y, title)
        canv.setFillColor(colors.black)
        canv.setFont(font, text_size)
        leading = text_size * 1.25
        for line in lines:
            y -= leading
            canv.drawString(left, y + leading * 0.2, line)
        y -= gap


def _qr_code(text: str) -> qrencoder.QRCode:
    """The QR code of ``text`` at error correction M."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    # Non-ASCII numbers go in as UTF-8 bytes: the encoder would otherwise pick Shift-JIS kanji.
    code.addData(text if text.isascii() else qrencoder.QR8bitByte(text))
    code.make()
    return code


def _draw_qr(canv: Canvas, code: qrencoder.QRCode, x: float, y: float, size: float) -> None:
    """A QR code as one filled path in a ``size`` square at (x, y), quiet zone included."""
    count = code.getModuleCount()
    module = size / (count + 2 * QUIET_MODULES)
    quiet = QUIET_MODULES
    path = canv.beginPath()
    for row in range(count):
        top = y + size - (quiet + row) * module
        column = 0
        while column < count:
            if not code.isDark(row, column):
                column += 1
                continue
            run = column
            while run < count and code.isDark(row, run):
                run += 1
            # Runs overlap a hair vertically so no hairline shows between rows when printed.
            path.rect(
                x + (quiet + column) * module,
                top - module * 1.02,
                (run - column) * module,
                module * 1.04,
            )
            column = run
    canv.setFillColor(colors.black)
    # Non-zero winding: under reportlab's default even-odd rule the hair where two runs
    # overlap would be left unfilled, printing thin white lines through the code.
    canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
