"""Building blocks of the form layout: the label：value grid and the signature block."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from app.reports.fonts import register_cjk_font
from app.reports.styles import cjk_style, para

_META_SIZE = 10
_SIGN_SIZE = 10.5
# Room for a handwritten signature: blank lines need height as well as length.
_SIGN_ROW_PADDING = 9
_SIGN_BLANK = "＿" * 9
_DATE_BLANKS = "＿＿＿年＿＿月＿＿日"


def meta_grid(meta: list[tuple[str, str]], width: float, per_row: int = 2) -> Table:
    """Lay label：value pairs out in aligned columns, each value on a ruled fill-in line."""
    font = register_cjk_font()
    per_row = max(1, per_row)
    label_width = max(stringWidth(f"{label}：", font, _META_SIZE) for label, _ in meta) + 2
    gap = 8 * mm
    value_width = (width - per_row * label_width - (per_row - 1) * gap) / per_row
    widths: list[float] = []
    for index in range(per_row):
        widths += ([gap] if index else []) + [label_width, value_width]
    label_style, value_style = cjk_style(_META_SIZE, "right"), cjk_style(_META_SIZE)
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for start in range(0, len(meta), per_row):
        row: list[object] = []
        for index, (label, value) in enumerate(meta[start : start + per_row]):
            row += ([""] if index else []) + [
                para(f"{label}：", label_style),
                para(value, value_style),
            ]
            column = index * 3 + 1
            commands.append(
                ("LINEBELOW", (column, len(rows)), (column, len(rows)), 0.5, colors.black)
            )
        rows.append(row + [""] * (len(widths) - len(row)))
    grid = Table(rows, colWidths=widths)
    grid.setStyle(TableStyle(commands))
    return grid


def signature_block(signatures: list[tuple[str, str]], width: float) -> Table:
    """One line per role: role and printed name, a blank to sign on, a blank date."""
    font = register_cjk_font()
    role_width = max(stringWidth(f"{role}：", font, _SIGN_SIZE) for role, _ in signatures)
    name_width = max(stringWidth(name, font, _SIGN_SIZE) for _, name in signatures)
    first = max(role_width + name_width + 12 * mm, 45 * mm)
    rest = width - first
    style = cjk_style(_SIGN_SIZE)
    rows = [
        [
            para(f"{role}：{name}", style),
            para(f"签字：{_SIGN_BLANK}", style),
            para(f"日期：{_DATE_BLANKS}", cjk_style(_SIGN_SIZE, "right")),
        ]
        for role, name in signatures
    ]
    block = Table(rows, colWidths=[first, rest * 0.45, rest * 0.55])
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), _SIGN_ROW_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return block
