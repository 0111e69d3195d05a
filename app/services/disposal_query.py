"""Disposal requests as the list dialog, the detail view and the printed form show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from app.models import Asset, DisposalDoc, DisposalLine
from app.models.disposal import DISPOSAL_STATES
from app.money import format_yuan, from_fen
from app.reports.disposal_form import APPROVAL_LEVELS, DisposalForm, DisposalFormLine
from app.reports.disposal_form import render_disposal_form as _render
from app.services.disposal import net_value_fen
from app.services.disposal_rules import split_names
from app.services.errors import NotFoundError, ValidationError
from app.services.reference import room_label
from app.services.settings import Settings, load_settings


@dataclass(frozen=True)
class DisposalLineView:
    """One asset on a request, with its values when the request was filed."""

    asset_id: int
    asset_number: str
    name: str
    spec: str
    purchase_date: dt.date
    original_value: Decimal
    net_value: Decimal
    residual_value: Decimal
    location: str
    status: str  # the asset's status now
    status_before: str

    @property
    def accumulated(self) -> Decimal:
        """Accumulated depreciation when filed (原值 − 净值)."""
        return self.original_value - self.net_value


@dataclass
class DisposalView:
    """A request with its lines and decision."""

    number: str
    date: dt.date
    kind: str
    reason: str
    condition: str
    repair_worthwhile: bool | None
    assessors: list[str]
    method: str
    state: str
    requested_by: str
    decided_by: str
    decided_on: dt.date | None
    decision_note: str
    lines: list[DisposalLineView] = field(default_factory=list)

    def total(self, name: str) -> Decimal:
        """The sum of one value over the lines: original_value, net_value, residual_value…"""
        return sum((getattr(line, name) for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class DisposalSummary:
    """One request as a row of the list dialog."""

    id: int
    number: str
    date: dt.date
    kind: str
    state: str
    method: str
    count: int
    original_value: Decimal
    net_value: Decimal
    requested_by: str
    decided_by: str
    decided_on: dt.date | None


def approval_level(net_total: Decimal, settings: Settings | None = None) -> int:
    """How far up the approval chain a request goes: 0 后勤主任, 1 校长, 2 校务会."""
    settings = settings or load_settings()
    if net_total <= settings.disposal_director_limit:
        return 0
    if net_total <= settings.disposal_principal_limit:
        return 1
    return 2


def approval_text(net_total: Decimal, settings: Settings | None = None) -> str:
    """The approval a total net value needs, in words (…，须经后勤主任 → 校长审批)."""
    settings = settings or load_settings()
    level = approval_level(net_total, settings)
    director = format_yuan(settings.disposal_director_limit)
    principal = format_yuan(settings.disposal_principal_limit)
    bound = (
        f"不超过 ¥{director}",
        f"超过 ¥{director}、不超过 ¥{principal}",
        f"超过 ¥{principal}",
    )[level]
    chain = " → ".join(APPROVAL_LEVELS[: level + 1])
    return f"净值合计 ¥{format_yuan(net_total)}，{bound}，须经{chain}审批"


def list_disposal_numbers() -> list[str]:
    """Every request number, oldest first."""
    query = DisposalDoc.select(DisposalDoc.number).order_by(DisposalDoc.created_at, DisposalDoc.id)
    return [doc.number for doc in query]


def list_disposals(state: str = "") -> list[DisposalSummary]:
    """Requests newest first, optionally only those in one state, with counts and totals."""
    if state and state not in DISPOSAL_STATES:
        raise ValidationError(f"未知的审批状态：{state}", "state")
    query = (
        DisposalDoc.select(
            DisposalDoc,
            fn.COUNT(DisposalLine.id).alias("count"),
            fn.SUM(DisposalLine.original_value_fen).alias("original_fen"),
            fn.SUM(DisposalLine.net_value_fen).alias("net_fen"),
        )
        .join(DisposalLine)
        .group_by(DisposalDoc.id)
        .order_by(DisposalDoc.id.desc())
    )
    if state:
        query = query.where(DisposalDoc.state == state)
    return [
        DisposalSummary(
            id=doc.id,
            number=doc.number,
            date=doc.date,
            kind=doc.kind,
            state=doc.state,
            method=doc.method,
            count=doc.count,
            original_value=from_fen(doc.original_fen or 0),
            net_value=from_fen(doc.net_fen or 0),
            requested_by=doc.requested_by,
            decided_by=doc.decided_by,
            decided_on=doc.decided_on,
        )
        for doc in query
    ]


def disposal_view(number: str) -> DisposalView:
    """One request with its lines, for the decision dialog and the printed form."""
    doc = DisposalDoc.get_or_none(DisposalDoc.number == number.strip())
    if doc is None:
        raise NotFoundError(f"找不到报废申请 {number}。")
    lines = (
        DisposalLine.select(DisposalLine, Asset)
        .join(Asset)
        .where(DisposalLine.doc == doc.id)
        .order_by(DisposalLine.id)
    )
    return DisposalView(
        number=doc.number,
        date=doc.date,
        kind=doc.kind,
        reason=doc.reason,
        condition=doc.condition,
        repair_worthwhile=doc.repair_worthwhile,
        assessors=split_names(doc.assessors),
        method=doc.method,
        state=doc.state,
        requested_by=doc.requested_by,
        decided_by=doc.decided_by,
        decided_on=doc.decided_on,
        decision_note=doc.decision_note,
        lines=[
            DisposalLineView(
                asset_id=line.asset.id,
                asset_number=line.asset.number,
                name=line.asset.name,
                spec=line.asset.spec,
                purchase_date=line.asset.purchase_date,
                original_value=from_fen(line.original_value_fen),
                net_value=from_fen(line.net_value_fen),
                residual_value=from_fen(line.residual_value_fen),
                location=room_label(line.asset.room) if line.asset.room_id else "",
                status=line.asset.status,
                status_before=line.status_before,
            )
            for line in lines
        ],
    )


def preview_lines(asset_ids: list[int], as_of: dt.date) -> list[DisposalLineView]:
    """The given assets valued as a request filed on ``as_of`` would be (for the dialog)."""
    rule = load_settings().depreciation_start
    found = {a.id: a for a in Asset.select().where(Asset.id.in_(asset_ids))}
    lines = []
    for asset_id in asset_ids:
        asset = found.get(asset_id)
        if asset is None:
            continue
        lines.append(
            DisposalLineView(
                asset_id=asset.id,
                asset_number=asset.number,
                name=asset.name,
                spec=asset.spec,
                purchase_date=asset.purchase_date,
                original_value=from_fen(asset.original_value_fen),
                net_value=from_fen(net_value_fen(asset, as_of, rule)),
                residual_value=Decimal("0.00"),
                location=room_label(asset.room) if asset.room_id else "",
                status=asset.status,
                status_before=asset.status,
            )
        )
    return lines


def disposals_of_asset(asset_id: int) -> list[str]:
    """Numbers of the requests an asset was on, oldest first."""
    query = (
        DisposalDoc.select(DisposalDoc.number)
        .join(DisposalLine)
        .where(DisposalLine.asset == asset_id)
        .order_by(DisposalDoc.id)
    )
    return [doc.number for doc in query]


def disposal_form(number: str) -> DisposalForm:
    """The data of the printed 报废申请表 of one request."""
    view = disposal_view(number)
    settings = load_settings()
    net_total = view.total("net_value")
    return DisposalForm(
        school_name=settings.school_name or "（未设置学校名称）",
        number=view.number,
        date=view.date,
        kind=view.kind,
        method=view.method,
        state=view.state,
        requested_by=view.requested_by,
        assessors=view.assessors,
        repair_worthwhile=view.repair_worthwhile,
        reason=view.reason,
        condition=view.condition,
        lines=[
            DisposalFormLine(
                asset_number=line.asset_number,
                name=line.name,
                spec=line.spec,
                purchase_date=line.purchase_date,
                original_value=line.original_value,
                accumulated=line.accumulated,
                net_value=line.net_value,
                location=line.location,
            )
            for line in view.lines
        ],
        approval_level=approval_level(net_total, settings),
        approval_text=approval_text(net_total, settings),
        decided_by=view.decided_by,
        decided_on=view.decided_on,
        decision_note=view.decision_note,
        residual_total=view.total("residual_value"),
    )


def disposal_form_pdf(number: str) -> bytes:
    """The 报废申请表 of one request as PDF bytes."""
    return _render(disposal_form(number))
