"""A ruled ledger table drawn straight on the canvas, fast enough for 10,000-row print-outs.

reportlab's Table lays every cell out as a Paragraph; at ten thousand rows that takes tens of
seconds. This flowable measures each row once (one or two lines per cell, cut with …), splits
across pages by itself with the header row repeated, and draws each page in one text object.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.reports.fonts import register_cjk_font
from app.reports.styles import Align
from app.reports.text_fit import text_width, wrap_text

HEADER_GREY = colors.HexColor("#E4E4E4")
RowProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class LedgerColumn:
    """One column; widths are scaled together to fill the frame."""

    title: str
    width_mm: float
    align: Align = "left"
    max_lines: int = 2


class _Layout:
    """Column widths and each row's wrapped lines, computed once and shared by all page parts."""

    def __init__(
        self,
        columns: Sequence[LedgerColumn],
        rows: Sequence[Sequence[str]],
        total_row: Sequence[str] | None,
        size: float,
        progress: RowProgress | None,
        closing: Sequence[Flowable] = (),
    ) -> None:
        self.columns = list(columns)
        self.closing = list(closing)
        self.closing_height = 0.0
        self.rows = rows
        self.total_row = list(total_row) if total_row is not None else None
        self.size = size
        self.leading = size * 1.25
        self.padding = size * 0.32
        self.font = register_cjk_font()
        self.progress = progress
        self.width = 0.0
        self.widths: list[float] = []
        self._lines: list[list[list[str]] | None] = [None] * len(rows)
        self.header_lines: list[list[str]] = []
        self.total_lines: list[list[str]] = []
        self.drawn = 0

    def fit(self, width: float) -> None:
        """Scale the columns to ``width``; a new width drops what was measured."""
        if width == self.width:
            return
        requested = sum(column.width_mm for column in self.columns)
        self.width = width
        self.widths = [width * column.width_mm / requested for column in self.columns]
        self._lines = [None] * len(self.rows)
        self.header_lines = [self._wrap(c.title, i, 2) for i, c in enumerate(self.columns)]
        self.closing_height = sum(f.wrap(width, 10_000)[1] for f in self.closing)
        if self.total_row is not None:
            self.total_lines = self._cells(self.total_row)
            # The totals label spans its empty neighbours, so it wraps in their joint width.
            span = 1
            while span < len(self.total_row) and not self.total_row[span]:
                span += 1
            room = sum(self.widths[:span]) - 2 * self.padding
            self.total_lines[0] = wrap_text(self.total_row[0], self.font, self.size, room, 2)

    def _wrap(self, text: str, column: int, max_lines: int) -> list[str]:
        return wrap_text(
            text, self.font, self.size, self.widths[column] - 2 * self.padding, max_lines
        )

    def _cells(self, row: Sequence[str]) -> list[list[str]]:
        return [self._wrap(text, i, self.columns[i].max_lines) for i, text in enumerate(row)]

    def lines(self, index: int) -> list[list[str]]:
        """The wrapped lines of every cell of row ``index``."""
        cached = self._lines[index]
        if cached is None:
            cached = self._lines[index] = self._cells(self.rows[index])
        return cached

    def height_of(self, cells: list[list[str]]) -> float:
        """Row height: the tallest cell plus padding."""
        count = max((len(lines) for lines in cells), default=1) or 1
        return count * self.leading + 2 * self.padding

    def row_height(self, index: int) -> float:
        """Height of data row ``index``."""
        return self.height_of(self.lines(index))


def _check_widths(
    width: int, rows: Sequence[Sequence[str]], total_row: Sequence[str] | None
) -> None:
    """Refuse rows that do not match the columns (a bug in the calling form)."""
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            raise ValueError(f"第 {number} 行有 {len(row)} 个单元格，表格有 {width} 列")
    if total_row is not None and len(total_row) != width:
        raise ValueError(f"合计行有 {len(total_row)} 个单元格，表格有 {width} 列")


# When the closing block would start a page of its own, this many rows go over with it.
TAIL_ROWS = 3


class LedgerTable(Flowable):
    """Rows ``start:`` of a ledger, header repeated on every page, optional totals row last.

    ``closing`` (the totals in words, the signatures) is drawn under the last rows, so it never
    stands on a page without any of the rows it sums up and signs for.
    """

    def __init__(
        self,
        columns: Sequence[LedgerColumn],
        rows: Sequence[Sequence[str]],
        total_row: Sequence[str] | None = None,
        size: float = 8.5,
        progress: RowProgress | None = None,
        closing: Sequence[Flowable] = (),
        *,
        _layout: _Layout | None = None,
        _start: int = 0,
        _stop: int | None = None,
    ) -> None:
        super().__init__()
        if _layout is None:  # the whole table; its page parts share the checked layout
            _check_widths(len(columns), rows, total_row)
            _layout = _Layout(columns, rows, total_row, size, progress, closing)
        self.layout = _layout
        self.start = _start
        self.stop = len(rows) if _stop is None else _stop

    @property
    def _is_last(self) -> bool:
        return self.stop == len(self.layout.rows)

    @property
    def _has_total(self) -> bool:
        return self.layout.total_row is not None and self._is_last

    def _ending_height(self) -> float:
        """The totals row and the closing block under the last part."""
        if not self._is_last:
            return 0.0
        total = self.layout.height_of(self.layout.total_lines) if self._has_total else 0.0
        return total + self.layout.closing_height

    def _header_height(self) -> float:
        return self.layout.height_of(self.layout.header_lines)

    def _fixed_height(self) -> float:
        return self._header_height() + self._ending_height()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Measure rows only until the page is full: a longer table is split anyway."""
        self.layout.fit(availWidth)
        height = self._fixed_height()
        for index in range(self.start, self.stop):
            height += self.layout.row_height(index)
            if height > availHeight:
                break
        self.width, self.height = availWidth, height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """This page's rows and the rest; the totals and closing never stand on a page alone."""
        layout = self.layout
        layout.fit(availWidth)
        used = self._header_height()
        stop = self.start
        while stop < self.stop and used + layout.row_height(stop) <= availHeight:
            used += layout.row_height(stop)
            stop += 1
        if stop == self.stop and used + self._ending_height() > availHeight:
            # Every row fits but not what closes the table: carry the last rows over with it.
            stop = max(self.start, self.stop - TAIL_ROWS)
        if stop <= self.start:
            return []
        head = LedgerTable(
            layout.columns, layout.rows, _layout=layout, _start=self.start, _stop=stop
        )
        tail = LedgerTable(
            layout.columns, layout.rows, _layout=layout, _start=stop, _stop=self.stop
        )
        return [head, tail]

    def draw(self) -> None:
        """Rule the grid and write every cell of this part in one text object."""
        layout, canv = self.layout, self.canv
        rows: list[tuple[list[list[str]], bool]] = [(layout.header_lines, True)]
        rows += [(layout.lines(i), False) for i in range(self.start, self.stop)]
        if self._has_total:
            rows.append((layout.total_lines, True))
        heights = [layout.height_of(cells) for cells, _ in rows]
        top = sum(heights)
        closing = layout.closing_height if self._is_last else 0.0
        canv.saveState()
        canv.translate(0, closing)
        canv.setFillColor(HEADER_GREY)
        canv.rect(0, top - heights[0], self.width, heights[0], stroke=0, fill=1)
        canv.setFillColor(colors.black)
        text = canv.beginText()
        text.setFont(layout.font, layout.size)
        y = top
        edges = [0.0]
        for width in layout.widths:
            edges.append(edges[-1] + width)
        for (cells, bold), height in zip(rows, heights, strict=True):
            self._write_row(text, cells, bold, y, height, edges, header=(y == top))
            y -= height
            canv.setLineWidth(0.5)
            canv.line(0, y, self.width, y)
        canv.setLineWidth(0.3)  # the stroke that thickens the bold rows' glyphs
        canv.drawText(text)
        canv.setLineWidth(0.5)
        canv.line(0, top - heights[0], self.width, top - heights[0])
        span = self._total_span() if self._has_total else 0
        for index, x in enumerate(edges[1:-1], start=1):
            bottom = heights[-1] if (self._has_total and index <= span) else 0.0
            canv.line(x, top, x, bottom)
        canv.setLineWidth(1.0)
        canv.rect(0, 0, self.width, top, stroke=1, fill=0)
        canv.restoreState()
        if self._is_last:
            y = closing
            for flowable in layout.closing:
                _width, height = flowable.wrap(self.width, 10_000)
                y -= height
                flowable.drawOn(canv, 0, y)
        layout.drawn += self.stop - self.start
        if layout.progress is not None:
            layout.progress(layout.drawn, len(layout.rows))

    def _total_span(self) -> int:
        """How many columns after the first the totals label covers (its empty neighbours)."""
        total = self.layout.total_row or []
        span = 0
        while span + 1 < len(total) and not total[span + 1]:
            span += 1
        return span

    def _write_row(
        self,
        text,  # type: ignore[no-untyped-def]
        cells: list[list[str]],
        bold: bool,
        top: float,
        height: float,
        edges: list[float],
        header: bool,
    ) -> None:
        layout = self.layout
        # Fill-and-stroke thickens the glyphs: the bundled font has no bold face.
        text.setTextRenderMode(2 if bold else 0)
        span = self._total_span() if (bold and not header) else 0
        for index, lines in enumerate(cells):
            if not lines:
                continue
            column = layout.columns[index]
            align = "center" if header else column.align
            left, right = edges[index], edges[index + 1 + (span if index == 0 else 0)]
            if index == 0 and span:
                align = "center"
            block = len(lines) * layout.leading
            # Centre the block of lines vertically; baselines sit 0.8 of the leading down.
            y = top - (height - block) / 2 - layout.leading * 0.8
            for line in lines:
                if align == "left":
                    x = left + layout.padding
                else:
                    width = text_width(line, layout.font, layout.size)
                    x = (
                        right - layout.padding - width
                        if align == "right"
                        else (left + right - width) / 2
                    )
                text.setTextOrigin(x, y)
                text.textOut(line)
                y -= layout.leading
        text.setTextRenderMode(0)
