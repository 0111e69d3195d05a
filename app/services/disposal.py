"""Disposal requests (报废/报损申请): file with an assessment, then approve or reject.

Filing numbers the request and puts its assets into 待报废; approval takes them off the active
register as 已报废 with the disposal method and residual value; rejection puts each asset back
to the status it had before. Every step writes the assets' history and one audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from app.models import Asset, AssetEvent, DisposalDoc, DisposalLine
from app.models.assets import STATUS_DISPOSED, STATUS_PENDING_DISPOSAL
from app.models.base import now
from app.models.disposal import (
    DISPOSAL_APPROVED,
    DISPOSAL_METHODS,
    DISPOSAL_PENDING,
    DISPOSAL_REJECTED,
)
from app.money import format_fen
from app.services import numbering
from app.services.audit import record
from app.services.depreciation import depreciation
from app.services.disposal_rules import (
    NOT_DISPOSABLE,
    DisposalInput,
    clean_text,
    residuals_fen,
    validate_decision,
    validate_filing,
)
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.settings import load_settings
from app.services.transaction import action

DOC_TYPE = "报废申请表"
SERIES = "disposal"


def _pending_request_of(asset_ids: list[int]) -> dict[int, str]:
    """Asset id -> number of the pending request it is already on."""
    query = (
        DisposalLine.select(DisposalLine.asset, DisposalDoc.number)
        .join(DisposalDoc)
        .where((DisposalDoc.state == DISPOSAL_PENDING) & (DisposalLine.asset.in_(asset_ids)))
    )
    return {asset_id: number for asset_id, number in query.tuples()}


def file_disposal(data: DisposalInput, actor: str = "") -> str:
    """File a request: number it, snapshot the values, set the assets to 待报废; return the number."""
    values = validate_filing(data, dt.date.today())
    with action():
        assets = {a.id: a for a in Asset.select().where(Asset.id.in_(data.asset_ids))}
        pending = _pending_request_of(data.asset_ids)
        for asset_id in data.asset_ids:
            asset = assets.get(asset_id)
            if asset is None:
                raise NotFoundError(f"资产不存在（内部编号 {asset_id}）。")
            if asset.status in NOT_DISPOSABLE:
                raise ConflictError(
                    f"资产 {asset.number} {asset.name} 状态为“{asset.status}”，不能申请报废。"
                )
            if asset_id in pending:
                raise ConflictError(
                    f"资产 {asset.number} {asset.name} 已在待审批的报废申请"
                    f" {pending[asset_id]} 中，不能重复申请。"
                )
            if asset.purchase_date > data.date:
                raise ValidationError(
                    f"申请日期 {data.date.isoformat()} 早于资产 {asset.number} 的购置日期"
                    f" {asset.purchase_date.isoformat()}，请检查。",
                    "date",
                )
        settings = load_settings()
        seq = numbering.allocate(SERIES, data.date.year)
        number = numbering.document_number(settings.disposal_prefix, data.date.year, seq)
        stamp = now()
        doc_id = DisposalDoc.insert(
            number=number,
            date=data.date,
            kind=data.kind,
            repair_worthwhile=data.repair_worthwhile,
            method=data.method,
            state=DISPOSAL_PENDING,
            operator=actor,
            created_at=stamp,
            **values,
        ).execute()
        for asset_id in data.asset_ids:
            asset = assets[asset_id]
            DisposalLine.insert(
                doc=doc_id,
                asset=asset_id,
                original_value_fen=asset.original_value_fen,
                net_value_fen=net_value_fen(asset, data.date, settings.depreciation_start),
                status_before=asset.status,
            ).execute()
            _set_status(
                asset,
                STATUS_PENDING_DISPOSAL,
                f"申请{data.kind}（{number}）：状态 {asset.status} → {STATUS_PENDING_DISPOSAL}",
                number,
                actor,
                stamp,
            )
        record(actor, f"申请{data.kind}", "disposal", doc_id, f"{number} {len(assets)} 件")
    return number


def net_value_fen(asset: Asset, as_of: dt.date, rule: str) -> int:
    """An asset's net value (原值 − 累计折旧) as of a date, by its category's useful life."""
    category = asset.category
    return depreciation(
        asset.original_value_fen,
        asset.purchase_date,
        category.useful_life_years,
        category.depreciates,
        as_of,
        rule,
    ).net_fen


def _set_status(
    asset: Asset, status: str, summary: str, number: str, actor: str, stamp: dt.datetime
) -> None:
    AssetEvent.insert(
        asset=asset.id,
        at=stamp,
        kind="报废",
        field="状态",
        old_value=asset.status,
        new_value=status,
        summary=summary,
        doc_type=DOC_TYPE,
        doc_number=number,
        operator=actor,
    ).execute()
    Asset.update(status=status, updated_at=stamp).where(Asset.id == asset.id).execute()


def _pending_doc(number: str) -> DisposalDoc:
    doc = DisposalDoc.get_or_none(DisposalDoc.number == number.strip())
    if doc is None:
        raise NotFoundError(f"找不到报废申请 {number}。")
    if doc.state != DISPOSAL_PENDING:
        raise ConflictError(f"报废申请 {doc.number} {doc.state}，不能再审批。")
    return doc


def _lines_still_pending(doc: DisposalDoc) -> list[DisposalLine]:
    """The request's lines; refuses when an asset's status was changed outside the request."""
    lines = list(
        DisposalLine.select(DisposalLine, Asset)
        .join(Asset)
        .where(DisposalLine.doc == doc.id)
        .order_by(DisposalLine.id)
    )
    for line in lines:
        if line.asset.status != STATUS_PENDING_DISPOSAL:
            raise ConflictError(
                f"资产 {line.asset.number} 的状态已变为“{line.asset.status}”，不再是待报废，"
                f"请驳回报废申请 {doc.number} 后重新办理。"
            )
    return lines


def approve_disposal(
    number: str,
    decided_by: str,
    method: str,
    residuals: Mapping[int | str, str | Decimal] | None = None,
    note: str = "",
    decided_on: dt.date | None = None,
    actor: str = "",
) -> None:
    """Approve a pending request: its assets become 已报废 with the method and residual value."""
    decided_on = decided_on or dt.date.today()
    if method not in DISPOSAL_METHODS:
        raise ValidationError(f"处置方式只能是：{'、'.join(DISPOSAL_METHODS)}。", "method")
    note = clean_text(note, "审批意见", "note", 300)
    with action():
        doc = _pending_doc(number)
        decided_by = validate_decision(doc, decided_by, decided_on, dt.date.today())
        lines = _lines_still_pending(doc)
        fen = residuals_fen(lines, residuals or {})
        stamp = now()
        for line in lines:
            DisposalLine.update(residual_value_fen=fen[line.asset.id]).where(
                DisposalLine.id == line.id
            ).execute()
            _set_status(
                line.asset,
                STATUS_DISPOSED,
                f"{doc.kind}（{doc.number}）：处置方式 {method}，"
                f"残值 ¥{format_fen(fen[line.asset.id])}",
                doc.number,
                actor,
                stamp,
            )
        DisposalDoc.update(
            state=DISPOSAL_APPROVED,
            method=method,
            decided_by=decided_by,
            decided_on=decided_on,
            decision_note=note,
        ).where(DisposalDoc.id == doc.id).execute()
        total = sum(fen.values())
        record(
            actor,
            f"批准{doc.kind}",
            "disposal",
            doc.id,
            f"{doc.number} {method} {len(lines)} 件，残值合计 ¥{format_fen(total)}",
        )


def reject_disposal(
    number: str,
    decided_by: str,
    note: str,
    decided_on: dt.date | None = None,
    actor: str = "",
) -> None:
    """Reject a pending request: each asset goes back to the status it had before filing."""
    decided_on = decided_on or dt.date.today()
    note = clean_text(note, "驳回理由", "note", 300, required=True)
    with action():
        doc = _pending_doc(number)
        decided_by = validate_decision(doc, decided_by, decided_on, dt.date.today())
        lines = list(
            DisposalLine.select(DisposalLine, Asset)
            .join(Asset)
            .where(DisposalLine.doc == doc.id)
            .order_by(DisposalLine.id)
        )
        stamp = now()
        for line in lines:
            # An asset whose status someone changed meanwhile keeps that newer status.
            if line.asset.status != STATUS_PENDING_DISPOSAL:
                continue
            back = (
                f"状态仍为{STATUS_PENDING_DISPOSAL}"
                if line.status_before == STATUS_PENDING_DISPOSAL
                else f"状态 {STATUS_PENDING_DISPOSAL} → {line.status_before}"
            )
            _set_status(
                line.asset,
                line.status_before,
                f"{doc.kind}申请驳回（{doc.number}）：{back}",
                doc.number,
                actor,
                stamp,
            )
        DisposalDoc.update(
            state=DISPOSAL_REJECTED,
            decided_by=decided_by,
            decided_on=decided_on,
            decision_note=note,
        ).where(DisposalDoc.id == doc.id).execute()
        record(actor, f"驳回{doc.kind}", "disposal", doc.id, f"{doc.number}：{note}")
