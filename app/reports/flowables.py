"""Small reportlab pieces the form layout needs: fake bold, the spaced title, page marks."""

from __future__ import annotations

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

# PDF text render mode 2 = fill and stroke; a thin stroke thickens the glyphs. The bundled
# font has no bold face, and this is how Chinese office software prints 粗体 with it.
_FILL_AND_STROKE = "2 Tr"


class FakeBold(Flowable):
    """Draw another flowable (usually a Paragraph) with stroked, thicker glyphs."""

    def __init__(self, inner: Flowable, stroke: float = 0.35) -> None:
        super().__init__()
        self.inner = inner
        self.stroke = stroke

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Size exactly like the wrapped flowable."""
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        """Draw the inner flowable inside a graphics state with fill-and-stroke text."""
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.stroke)
        canv.setStrokeColor(black)
        canv.addLiteral(_FILL_AND_STROKE)
        self.inner.drawOn(canv, 0, 0)
        canv.restoreState()


class SpacedTitle(Flowable):
    """A centred, bold, letter-spaced form title with a double rule under it (资 产 交 接 单)."""

    def __init__(self, text: str, font: str, size: float = 20, underline: bool = True) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.underline = underline
        # Roughly half a character of air between characters, as on printed forms.
        self.char_space = size * 0.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take the full width; height is one line plus the rules."""
        self.width = availWidth
        self.height = self.size * 1.15 + (7 if self.underline else 0)
        return self.width, self.height

    def text_width(self) -> float:
        """Width of the drawn text, without the trailing character space."""
        glyphs = stringWidth(self.text, self.font, self.size)
        return glyphs + self.char_space * max(len(self.text) - 1, 0)

    def draw(self) -> None:
        """Draw the title centred, stroked for weight, then the double rule."""
        canv = self.canv
        width = self.text_width()
        x = (self.width - width) / 2
        baseline = self.height - self.size * 0.95
        canv.saveState()
        canv.setLineWidth(0.6)
        canv.setStrokeColor(black)
        text = canv.beginText(x, baseline)
        text.setFont(self.font, self.size)
        text.setCharSpace(self.char_space)
        text.setTextRenderMode(2)
        text.textOut(self.text)
        canv.drawText(text)
        if self.underline:
            pad = self.size * 0.4
            canv.setLineWidth(0.9)
            canv.line(x - pad, baseline - 5, x + width + pad, baseline - 5)
            canv.setLineWidth(0.5)
            canv.line(x - pad, baseline - 7.5, x + width + pad, baseline - 7.5)
        canv.restoreState()


class PageStamp(Flowable):
    """Draw an inner flowable (or nothing) and note in `pages[key]` the page it landed on."""

    def __init__(self, pages: dict[str, int], key: str, inner: Flowable | None = None) -> None:
        super().__init__()
        self.pages = pages
        self.key = key
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Size like the inner flowable; without one, take no room at all."""
        if self.inner is None:
            return 0, 0
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        """Record the page number, then draw the inner flowable if any."""
        self.pages[self.key] = self.canv.getPageNumber()
        if self.inner is not None:
            self.inner.drawOn(self.canv, 0, 0)


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end so each footer can say 共 N 页."""

    def __init__(self, *args: object, footer_font: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._footer_font = footer_font
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        """Remember the finished page instead of writing it out now."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Write every page with its "第 x 页 / 共 y 页" footer, then the file."""
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        """Centre the page number in the bottom margin."""
        width, _height = self._pagesize
        self.saveState()
        self.setFont(self._footer_font, 9)
        self.drawCentredString(width / 2, 8 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
        self.restoreState()
