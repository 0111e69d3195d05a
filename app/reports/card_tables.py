"""The tables of the printed asset card: number line, field grid, history, signature line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from app.reports.flowables import FakeBold
from app.reports.fonts import register_cjk_font
from app.reports.styles import cjk_style, format_date, para
from app.reports.text_fit import ellipsize, text_width, wrap_text

if TYPE_CHECKING:
    from app.reports.asset_card import CardHistoryRow, CardSheet

LABEL_GREY = colors.HexColor("#EFEFEF")
HEADER_GREY = colors.HexColor("#E4E4E4")
# Paragraphs collapse ordinary and ideographic spaces; non-breaking ones keep the gap.
NBSP = "\u00a0"
HISTORY_TITLES = ("日期", "类型", "内容", "单据编号", "经办人")
HISTORY_WIDTHS = (22, 14, 90, 30, 18)
LABEL_PADDING = 3  # points between a field-grid cell's rules and its text


def sign_line(width: float, size: float) -> Table:
    """Who made the card and who keeps the asset sign at the foot of the card."""
    texts = [f"{role}：{'＿' * 6}" for role in ("建卡人", "资产管理员", "保管人（签字）")]
    texts.append("日期：＿＿＿年＿＿月＿＿日")
    # Each cell as wide as its text, the spare width shared out, so no blank breaks in two.
    needed = [text_width(text, register_cjk_font(), size) + 2 for text in texts]
    spare = max(0.0, width - sum(needed)) / len(texts)
    cells = [para(text, cjk_style(size)) for text in texts[:-1]]
    cells.append(para(texts[-1], cjk_style(size, "right")))
    line = Table([cells], colWidths=[w + spare for w in needed])
    line.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return line


def number_line(card: CardSheet, width: float, size: float, with_school: bool = False) -> Table:
    """单位 (when asked), 资产编号 and the print date on one line."""
    left = f"资产编号：{card.number}"
    if with_school:
        school = ellipsize(card.school_name, register_cjk_font(), size + 1, width * 0.3)
        left = f"单位：{school}{NBSP * 6}{left}"
    cells = [
        [
            para(left, cjk_style(size + 1)),
            para(f"打印日期：{format_date(card.printed_on)}", cjk_style(size, "right")),
        ]
    ]
    line = Table(cells, colWidths=[width * 0.7, width * 0.3])
    line.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
    )
    return line


def field_grid(card: CardSheet, width: float, size: float, compact: bool) -> Table:
    """Label/value pairs two to a row, labels shaded; the note spans the last row."""
    label_style, value_style = cjk_style(size, "center"), cjk_style(size)
    # Labels never wrap: the label columns are as wide as the longest label plus air on
    # both sides (a label flush against its rules reads as cramped).
    longest = max(text_width(label, register_cjk_font(), size) for label, _ in card.fields)
    label_width = max(width * 0.14, longest + 2 * LABEL_PADDING + size)
    value_width = width / 2 - label_width
    widths = [label_width, value_width, label_width, value_width]
    # Half a page holds the card only if no value runs long: two lines each, the note three.
    clip = clipper(size, widths[1] - 6, 2) if compact else str
    pairs = [(label, clip(value)) for label, value in card.fields]
    if len(pairs) % 2:
        pairs.append(("", ""))
    data: list[list[object]] = []
    for first in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[first : first + 2]:
            row += [para(label, label_style), para(value, value_style)]
        data.append(row)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_GREY),
        ("BACKGROUND", (2, 0), (2, -1), LABEL_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if compact else 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), LABEL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), LABEL_PADDING),
    ]
    note = clipper(size, sum(widths[1:]) - 6, 3)(card.note) if compact else card.note
    data.append([para("备注", label_style), para(note, value_style), "", ""])
    commands.append(("SPAN", (1, len(data) - 1), (3, len(data) - 1)))
    commands.append(("BACKGROUND", (2, len(data) - 1), (2, len(data) - 1), colors.white))
    grid = Table(data, colWidths=widths)
    grid.setStyle(TableStyle(commands))
    return grid


def history_title(shown: int, total: int, size: float) -> Flowable:
    """资产履历（共 N 条）, saying so when only the latest rows fit."""
    text = f"资产履历（共 {total} 条）"
    if shown < total:
        text += f"　仅列最近 {shown} 条，完整履历请按每页一张打印"
    return FakeBold(para(text, cjk_style(size + 0.5)))


def clipper(size: float, width: float, lines: int) -> Callable[[str], str]:
    """Cut text to what fits in ``lines`` lines of ``width`` points, ending in … when cut."""

    def clip(text: str) -> str:
        fitted = wrap_text(text, register_cjk_font(), size, width * 0.97, lines)
        return "".join(fitted)

    return clip


def history_table(rows: list[CardHistoryRow], width: float, size: float, total: int) -> Table:
    """The history table, header repeated when it runs onto another page."""
    header = [FakeBold(para(t, cjk_style(size, "center"))) for t in HISTORY_TITLES]
    style = cjk_style(size - 0.5)
    data: list[list[object]] = [header]
    for row in rows:
        data.append(
            [
                para(row.date, style),
                para(row.kind, cjk_style(size - 0.5, "center")),
                para(row.summary, style),
                para(row.doc_number, style),
                para(row.operator, style),
            ]
        )
    if not rows:
        empty = "（无记录）" if total == 0 else "（篇幅所限未列出）"
        data.append([para(empty, cjk_style(size - 0.5, "center")), "", "", "", ""])
    requested = sum(HISTORY_WIDTHS)
    table = Table(data, colWidths=[width * w / requested for w in HISTORY_WIDTHS], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table
