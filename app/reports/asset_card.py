"""固定资产卡片 — the asset card: every field of one asset and its history, one or two per page."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from app.reports.card_tables import (
    field_grid,
    history_table,
    history_title,
    number_line,
    sign_line,
)
from app.reports.flowables import NumberedCanvas, SpacedTitle
from app.reports.fonts import register_cjk_font
from app.reports.styles import cjk_style, para

TITLE = "固定资产卡片"
MARGIN = 15 * mm
HALF_MARGIN = 10 * mm
# Called with (cards laid out, all cards); it may raise to cancel the rendering.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CardHistoryRow:
    """One line of the card's history (变动记录)."""

    date: str
    kind: str
    summary: str
    doc_number: str
    operator: str


@dataclass
class CardSheet:
    """One asset card as printed."""

    school_name: str
    number: str
    name: str
    fields: list[tuple[str, str]]  # label/value pairs, laid out two to a row
    history: list[CardHistoryRow] = field(default_factory=list)  # oldest first
    note: str = ""
    printed_on: datetime.date = field(default_factory=datetime.date.today)


def render_asset_cards(
    cards: Sequence[CardSheet], per_page: int = 1, progress: Progress | None = None
) -> bytes:
    """Render cards one per A4 page (history flows on) or two per page (history cut to fit)."""
    if per_page not in (1, 2):
        raise ValueError("每页只能印一张或两张卡片")
    if not cards:
        raise ValueError("至少要有一张卡片")
    font = register_cjk_font()
    buffer = io.BytesIO()
    margin = MARGIN if per_page == 1 else HALF_MARGIN
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{TITLE} {cards[0].number}" + (f" 等 {len(cards)} 张" if len(cards) > 1 else ""),
        author=cards[0].school_name,
        creator="后勤管家 Houqin",
        invariant=True,
        initialFontName=font,
    )
    started: dict[int, str] = {}  # page -> number of the card that starts on it
    current: list[str] = [""]
    starts: list[int] = []  # the page each card starts on, in card order
    frames = _frames(doc, per_page)
    doc.addPageTemplates(
        PageTemplate(
            id="cards",
            frames=frames,
            onPageEnd=partial(_running_head, started, current, cards[0].school_name),
        )
    )
    story: list[Flowable] = []
    for index, card in enumerate(cards):
        if index:
            story.append(PageBreak() if per_page == 1 else FrameBreak())
        story.append(_CardStart(card.number, started, current, starts, index, len(cards), progress))
        if per_page == 1:
            story += _card_flowables(card, doc.width, None, compact=False)
        else:
            height = frames[0]._aH
            content = _card_flowables(card, doc.width, height, compact=True)
            # Only absurdly long values can outgrow half a page; they shrink, never spill over.
            story.append(KeepInFrame(doc.width, height, content, mode="shrink"))
    doc.build(
        story,
        canvasmaker=partial(CardCanvas, footer_font=font, starts=starts, two_up=per_page == 2),
    )
    return buffer.getvalue()


def _frames(doc: BaseDocTemplate, per_page: int) -> list[Frame]:
    """One frame for a page, or the upper and lower halves with a cut line between."""
    padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    if per_page == 1:
        return [
            Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="card", **padding)
        ]
    half = doc.pagesize[1] / 2
    # The lower card stays clear of the page-number footer in the bottom margin.
    bottom = HALF_MARGIN + 3 * mm
    height = half - HALF_MARGIN * 0.8 - bottom
    return [
        Frame(doc.leftMargin, half + HALF_MARGIN * 0.8, doc.width, height, id="upper", **padding),
        Frame(doc.leftMargin, bottom, doc.width, height, id="lower", **padding),
    ]


class _CardStart(Flowable):
    """Marks where a card begins: the page it starts on, for the continuation head and progress."""

    def __init__(
        self,
        number: str,
        started: dict[int, str],
        current: list[str],
        starts: list[int],
        index: int,
        count: int,
        progress: Progress | None,
    ) -> None:
        super().__init__()
        self.number, self.started, self.current = number, started, current
        self.starts, self.index, self.count, self.progress = starts, index, count, progress

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take no room."""
        return 0, 0

    def draw(self) -> None:
        """Note the page and report progress."""
        self.started.setdefault(self.canv.getPageNumber(), self.number)
        self.starts.append(self.canv.getPageNumber())
        self.current[0] = self.number
        if self.progress is not None:
            self.progress(self.index + 1, self.count)


class CardCanvas(NumberedCanvas):
    """Numbers the pages of each card on its own, so a card filed alone says 第 1 页 / 共 2 页.

    Two to a page, a card never runs over (it is cut to its half), so the foot names the
    cards on the sheet instead: 卡片 3–4 / 共 10 张.
    """

    def __init__(
        self, *args: object, footer_font: str, starts: list[int], two_up: bool, **kwargs: object
    ) -> None:
        super().__init__(*args, footer_font=footer_font, **kwargs)
        self._starts, self._two_up = starts, two_up

    def _draw_footer(self, total: int) -> None:
        """The card's own page x of y; in a batch, which card of how many."""
        page, starts, count = self._pageNumber, self._starts, len(self._starts)
        here = [index for index, start in enumerate(starts) if start == page]
        if self._two_up:
            if not here:
                return
            first, last = here[0] + 1, here[-1] + 1
            cards = f"{first}–{last}" if last > first else str(first)
            self._footer(f"卡片 {cards} / 共 {count} 张")
            return
        card = max((index for index, start in enumerate(starts) if start <= page), default=0)
        first = starts[card] if starts else 1
        last = starts[card + 1] - 1 if card + 1 < count else total
        self._footer(f"第 {page - first + 1} 页 / 共 {last - first + 1} 页")
        if count > 1:
            self._footer(f"卡片 {card + 1} / 共 {count} 张", right=True)

    def _footer(self, text: str, right: bool = False) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(self._footer_font, 9)
        if right:
            self.drawRightString(width - MARGIN, 8 * mm, text)
        else:
            self.drawCentredString(width / 2, 8 * mm, text)
        self.restoreState()


def _running_head(
    started: dict[int, str], current: list[str], school: str, canv: Canvas, doc: BaseDocTemplate
) -> None:
    """A page that continues a card's history names the card; two-up pages get a cut line."""
    width, height = doc.pagesize
    canv.saveState()
    if len(doc.pageTemplate.frames) == 2:
        canv.setDash(4, 3)
        canv.setLineWidth(0.4)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(HALF_MARGIN / 2, height / 2, width - HALF_MARGIN / 2, height / 2)
    elif doc.page not in started and current[0]:
        canv.setFont(register_cjk_font(), 8.5)
        canv.setFillColor(colors.HexColor("#333333"))
        y = height - MARGIN + 4 * mm
        canv.drawString(MARGIN, y, school)
        canv.drawCentredString(width / 2, y, f"{TITLE}（续）")
        canv.drawRightString(width - MARGIN, y, f"资产编号：{current[0]}")
    canv.restoreState()


def _card_flowables(
    card: CardSheet, width: float, height: float | None, compact: bool
) -> list[Flowable]:
    """Header, field grid and history of one card; given a height, the history is cut to fit."""
    size = 8.5 if compact else 9.5
    if compact:
        # Half a page is tight: the school's name moves into the line under the title.
        head: list[Flowable] = [
            SpacedTitle(TITLE, register_cjk_font(), size=14),
            Spacer(1, 1.5 * mm),
            number_line(card, width, size, with_school=True),
        ]
    else:
        head = [
            para(card.school_name, cjk_style(13, "center")),
            Spacer(1, 1 * mm),
            SpacedTitle(TITLE, register_cjk_font(), size=19),
            Spacer(1, 3 * mm),
            number_line(card, width, size),
        ]
    head += [
        Spacer(1, 1.5 * mm),
        field_grid(card, width, size, compact),
        Spacer(1, 2 * mm if compact else 4 * mm),
    ]
    history = card.history
    sign = [Spacer(1, 2 * mm if compact else 6 * mm), sign_line(width, size)]
    if height is None:
        title = history_title(len(history), len(history), size)
        return [*head, title, history_table(history, width, size, len(history)), *sign]
    used = sum(f.wrap(width, height)[1] for f in [*head, *sign])
    shown = _rows_that_fit(history, width, size, height - used)
    return [
        *head,
        history_title(shown, len(history), size),
        history_table(history[len(history) - shown :], width, size, len(history)),
        *sign,
    ]


def _rows_that_fit(history: list[CardHistoryRow], width: float, size: float, room: float) -> int:
    """How many of the latest history rows fit in ``room`` with the title and header row."""
    low, high = 0, len(history)
    while low < high:
        middle = (low + high + 1) // 2
        rows = history[len(history) - middle :]
        title = history_title(middle, len(history), size)
        needed = (
            title.wrap(width, room)[1]
            + history_table(rows, width, size, len(history)).wrap(width, room)[1]
        )
        if needed <= room:
            low = middle
        else:
            high = middle - 1
    return low
