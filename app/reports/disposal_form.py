"""报废申请表 — the request to scrap or write off assets, with assessment and approval boxes.

The header, the ruled asset table and the page furniture are the shared form layout's own
pieces (app.reports.layout); below the table come what only this form has
(app.reports.disposal_boxes): the totals in capitals for both 原值 and 净值, the reason and
condition, the assessors' block and one box per approval level, the levels the request does
not need marked as such.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.money import format_yuan
from app.reports.disposal_boxes import capitals, closing_boxes, repair_text
from app.reports.layout import Column, FormSpec, render_form
from app.reports.styles import cjk_style, para

KINDS = ("报废", "报损")
STATES = ("待审批", "已批准", "已驳回")
# The approval chain, lowest first; a request goes up to the level its net value needs.
APPROVAL_LEVELS = ("后勤主任", "校长", "校务会")
FOOTNOTE = (
    "注：报废（报损）资产须经三人以上技术鉴定，按审批权限批准后方可处置；"
    "处置残值收入按规定入账。本表一式两份，后勤处、财务室各执一份。"
)
# Measured at 9 pt with 3 pt padding: the money columns hold a seven-figure total such as
# 1,079,881.00 and the number column 2018-DQ-00001 on one line; short names fit beside them.
COLUMNS = [
    Column("序号", 9, "center"),
    Column("资产编号", 25, "left"),
    Column("名称", 22.5, "left"),
    Column("规格型号", 22, "left"),
    Column("购置日期", 19, "center"),
    Column("原值（元）", 20.5, "right"),
    # Too wide for its column on one line; broken where a printed form would break it.
    Column("累计折旧\n（元）", 20.5, "right"),
    Column("净值（元）", 20.5, "right"),
    Column("存放地点", 21, "left"),
]


@dataclass(frozen=True)
class DisposalFormLine:
    """One asset on the form, valued as of the filing date."""

    asset_number: str
    name: str
    spec: str
    purchase_date: datetime.date
    original_value: Decimal
    accumulated: Decimal
    net_value: Decimal
    location: str


@dataclass
class DisposalForm:
    """A disposal request as printed; a decided one also shows the decision."""

    school_name: str
    number: str
    date: datetime.date
    kind: str
    method: str
    state: str
    requested_by: str
    assessors: list[str]
    repair_worthwhile: bool | None
    reason: str
    condition: str
    lines: list[DisposalFormLine] = field(default_factory=list)
    approval_level: int = 0  # index into APPROVAL_LEVELS
    approval_text: str = ""
    decided_by: str = ""
    decided_on: datetime.date | None = None
    decision_note: str = ""
    residual_total: Decimal = Decimal("0.00")

    def total(self, name: str) -> Decimal:
        """The sum of one value column: original_value, accumulated or net_value."""
        return sum((getattr(line, name) for line in self.lines), Decimal("0.00"))


def disposal_form_spec(form: DisposalForm) -> FormSpec:
    """The header, meta and asset table of the form in the shared layout's terms."""
    if form.kind not in KINDS:
        raise ValueError(f"申请类型“{form.kind}”无效，应为：{'、'.join(KINDS)}")
    if form.state not in STATES:
        raise ValueError(f"审批状态“{form.state}”无效，应为：{'、'.join(STATES)}")
    if not form.lines:
        raise ValueError("报废申请表至少要有一项资产")
    if not 0 <= form.approval_level < len(APPROVAL_LEVELS):
        raise ValueError(f"审批级别 {form.approval_level} 无效")
    rows = [
        [
            str(index),
            line.asset_number,
            line.name,
            line.spec,
            line.purchase_date.isoformat(),
            format_yuan(line.original_value),
            format_yuan(line.accumulated),
            format_yuan(line.net_value),
            line.location,
        ]
        for index, line in enumerate(form.lines, start=1)
    ]
    method = form.method if form.state != "待审批" else f"{form.method}（拟）"
    return FormSpec(
        school_name=form.school_name,
        title=f"{form.kind}申请表",
        number=form.number,
        date=form.date,
        meta=[
            ("申请类型", form.kind),
            ("处置方式", method),
            ("申请人", form.requested_by),
            ("资产数量", f"{len(form.lines)} 件"),
            ("有无修复价值", repair_text(form.repair_worthwhile)),
            ("鉴定人", "、".join(form.assessors)),
        ],
        columns=COLUMNS,
        rows=rows,
        total_row=[
            "合计",
            "",
            "",
            "",
            "",
            format_yuan(form.total("original_value")),
            format_yuan(form.total("accumulated")),
            format_yuan(form.total("net_value")),
            "",
        ],
    )


def render_disposal_form(form: DisposalForm) -> bytes:
    """Render the 报废申请表 as PDF bytes."""
    return render_form(
        disposal_form_spec(form),
        below_table=lambda width: [capitals(form, width)],
        closing=partial(_closing, form),
    )


def _closing(form: DisposalForm, width: float) -> list[Flowable]:
    """The assessment and approval boxes and the footnote, kept with the last rows."""
    return [
        Spacer(1, 4 * mm),
        closing_boxes(form, width),
        Spacer(1, 2 * mm),
        para(FOOTNOTE, cjk_style(8.5)),
    ]
