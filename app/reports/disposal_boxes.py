"""The blocks of the 报废申请表 below its asset table: totals in capitals, reason, assessment,
one box per approval level and the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.money import amount_in_capitals, format_yuan
from app.reports.flowables import FakeBold
from app.reports.fonts import register_cjk_font
from app.reports.layout import HEADER_GREY
from app.reports.styles import cjk_style, format_date, para

if TYPE_CHECKING:
    from app.reports.disposal_form import DisposalForm

_APPROVAL_BOXES = ("后勤主任意见", "校长意见", "校务会意见\n（三重一大）")
NOT_NEEDED = "（本单净值未达此级审批权限，无需填写）"
_LABEL_WIDTH = 30 * mm
_SIGN_LINE = "签字：＿＿＿＿＿＿\u00a0\u00a0\u00a0\u00a0日期：＿＿＿＿年＿＿月＿＿日"
# Paragraphs collapse ordinary and ideographic spaces; non-breaking ones keep the gap.
_GAP = "\u00a0" * 6


def repair_text(value: bool | None) -> str:
    """The assessment's conclusion in words."""
    return {True: "有修复价值", False: "无修复价值", None: "未作结论"}[value]


def _ruled(rows: list[list[object]], widths: list[float], extra: list[tuple]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), register_cjk_font()),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                *extra,
            ]
        )
    )
    return table


def capitals(form: DisposalForm, width: float) -> Table:
    """Both totals in figures and in capitals, ruled straight under the asset table."""
    style = cjk_style(10, leading=15)
    rows: list[list[object]] = [
        [
            para(
                f"{label}合计（小写）：¥{format_yuan(amount)}"
                f"{_GAP}（大写）：人民币{amount_in_capitals(amount)}",
                style,
            )
        ]
        for label, amount in (
            ("原值", form.total("original_value")),
            ("净值", form.total("net_value")),
        )
    ]
    return _ruled(rows, [width], [])


def _label(text: str) -> Flowable:
    return FakeBold(para(text, cjk_style(10, "center", leading=14)))


def _box(text: str, min_lines: int, sign: str | None) -> list[Flowable]:
    """A box's content: its text, room to write, and the signature/date line at the bottom."""
    content: list[Flowable] = [para(text, cjk_style(10, leading=15))] if text else []
    lines = max(0, min_lines - (text.count("\n") + 1 if text else 0))
    if lines:
        content.append(Spacer(1, lines * 15))
    if sign is not None:
        content.append(para(sign, cjk_style(10, "right", leading=15)))
    return content


def closing_boxes(form: DisposalForm, width: float) -> Table:
    """Reason, condition, assessment, one box per approval level and the decision."""
    assessors = _GAP.join(f"{name}＿＿＿＿" for name in form.assessors)
    rows: list[list[object]] = [
        [_label(f"{form.kind}原因"), _box(form.reason, 2, None)],
        [_label("资产现状"), _box(form.condition, 1, None)],
        [
            _label("技术鉴定意见"),
            _box(
                f"鉴定结论：{repair_text(form.repair_worthwhile)}。\n鉴定人（签字）：{assessors}",
                2,
                "日期：＿＿＿＿年＿＿月＿＿日",
            ),
        ],
        [_label("审批权限"), _box(form.approval_text, 1, None)],
    ]
    for level, title in enumerate(_APPROVAL_BOXES):
        needed = level <= form.approval_level
        box = _box("" if needed else NOT_NEEDED, 1, _SIGN_LINE if needed else None)
        rows.append([_label(title), box])
    extra: list[tuple] = []
    if form.state != "待审批":
        rows.append([_label("审批结果"), _box(_decision(form), 1, None)])
        extra.append(("BACKGROUND", (0, len(rows) - 1), (0, len(rows) - 1), HEADER_GREY))
    return _ruled(rows, [_LABEL_WIDTH, width - _LABEL_WIDTH], extra)


def _decision(form: DisposalForm) -> str:
    when = format_date(form.decided_on) if form.decided_on else ""
    head = f"{form.state}{_GAP}审批人：{form.decided_by}{_GAP}日期：{when}"
    if form.state == "已批准":
        residual = format_yuan(form.residual_total)
        head += f"\n处置方式：{form.method}{_GAP}残值合计：¥{residual}"
        if form.decision_note:
            head += f"\n意见：{form.decision_note}"
    else:
        head += f"\n驳回理由：{form.decision_note}"
    return head
