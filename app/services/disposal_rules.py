"""What a disposal request and its decision must satisfy: the checks, with Chinese messages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from app.models import DisposalDoc, DisposalLine
from app.models.assets import STATUS_DISPOSED, STATUS_LOST
from app.models.disposal import DISPOSAL_METHODS
from app.money import AmountError, parse_amount, to_fen
from app.services.errors import ValidationError

DISPOSAL_KINDS = ("报废", "报损")
MAX_LINES = 500
# DOMAIN_RULES.md: the technical assessment is made by three or more people.
MIN_ASSESSORS = 3
NOT_DISPOSABLE = (STATUS_DISPOSED, STATUS_LOST)
_NAME_SPLIT = re.compile(r"[,，、;；/\s]+")


@dataclass
class DisposalInput:
    """What the disposal dialog collects when a request is filed."""

    asset_ids: list[int]
    reason: str
    assessors: list[str] | str
    requested_by: str
    kind: str = "报废"
    condition: str = ""
    repair_worthwhile: bool | None = None
    method: str = "报废"  # 拟处置方式; the approver confirms or changes it
    date: dt.date = field(default_factory=dt.date.today)


def split_names(names: list[str] | str) -> list[str]:
    """Assessors' names from a list or a text separated by commas, 、 or spaces."""
    parts = _NAME_SPLIT.split(names) if isinstance(names, str) else names
    return [name.strip() for name in parts if name and name.strip()]


def clean_text(value: str, label: str, name: str, limit: int, required: bool = False) -> str:
    """Strip a text input; refuse it when required and empty, or longer than ``limit``."""
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{label}。", name)
    if len(value) > limit:
        raise ValidationError(f"{label}太长（最多 {limit} 个字）。", name)
    return value


def check_assessors(names: list[str] | str) -> list[str]:
    """The assessors' names: three or more, none twice."""
    assessors = split_names(names)
    if len(assessors) < MIN_ASSESSORS:
        raise ValidationError(
            f"鉴定人至少需要 {MIN_ASSESSORS} 人（报废须由三人或以上共同鉴定），"
            f"现在只填了 {len(assessors)} 人。多个姓名请用逗号或顿号隔开。",
            "assessors",
        )
    seen: set[str] = set()
    for name in assessors:
        if name in seen:
            raise ValidationError(f"鉴定人“{name}”重复填写了。", "assessors")
        if len(name) > 20:
            raise ValidationError(f"鉴定人姓名“{name[:20]}…”太长。", "assessors")
        seen.add(name)
    return assessors


def same_person(a: str, b: str) -> bool:
    """Whether two typed names are the same person's (spaces and case ignored)."""
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


def validate_filing(data: DisposalInput, today: dt.date) -> dict[str, object]:
    """Check a request's input; return the cleaned texts as DisposalDoc column values."""
    if data.kind not in DISPOSAL_KINDS:
        raise ValidationError(f"申请类型只能是：{'、'.join(DISPOSAL_KINDS)}。", "kind")
    if data.method not in DISPOSAL_METHODS:
        raise ValidationError(f"处置方式只能是：{'、'.join(DISPOSAL_METHODS)}。", "method")
    if not data.asset_ids:
        raise ValidationError("报废申请上至少要有一件资产。", "assets")
    if len(set(data.asset_ids)) != len(data.asset_ids):
        raise ValidationError("同一件资产在报废申请上出现了两次。", "assets")
    if len(data.asset_ids) > MAX_LINES:
        raise ValidationError(f"一张报废申请最多 {MAX_LINES} 件资产，请分单办理。", "assets")
    if data.date > today:
        raise ValidationError("申请日期不能晚于今天。", "date")
    values: dict[str, object] = {
        "reason": clean_text(data.reason, "报废原因", "reason", 500, required=True),
        "condition": clean_text(data.condition, "现状", "condition", 500),
        "requested_by": clean_text(data.requested_by, "申请人", "requested_by", 30, required=True),
    }
    values["assessors"] = "、".join(check_assessors(data.assessors))
    return values


def validate_decision(
    doc: DisposalDoc, decided_by: str, decided_on: dt.date, today: dt.date
) -> str:
    """Check who decides and when: not the requester, not before filing, not in the future."""
    decided_by = clean_text(decided_by, "审批人", "decided_by", 30, required=True)
    if same_person(decided_by, doc.requested_by):
        raise ValidationError(
            f"审批人不能是申请人本人（{doc.requested_by}）：申请与审批须由不同的人办理。",
            "decided_by",
        )
    if decided_on > today:
        raise ValidationError("审批日期不能晚于今天。", "decided_on")
    if decided_on < doc.date:
        raise ValidationError(f"审批日期不能早于申请日期 {doc.date.isoformat()}。", "decided_on")
    return decided_by


def residuals_fen(
    lines: list[DisposalLine], residuals: Mapping[int | str, str | Decimal]
) -> dict[int, int]:
    """Asset id -> residual value in fen; keys may be asset ids or asset numbers."""
    by_key: dict[int | str, int] = {}
    numbers: dict[int, str] = {}
    for line in lines:
        by_key[line.asset.id] = by_key[line.asset.number] = line.asset.id
        numbers[line.asset.id] = line.asset.number
    result = {line.asset.id: 0 for line in lines}
    for key, text in residuals.items():
        asset_id = by_key.get(key.strip() if isinstance(key, str) else key)
        if asset_id is None:
            raise ValidationError(f"资产 {key} 不在这张报废申请上。", "residuals")
        number = numbers[asset_id]
        try:
            value = parse_amount(text) if str(text).strip() else Decimal("0")
        except AmountError as exc:
            raise ValidationError(f"资产 {number} 的残值：{exc.args[0]}", "residuals") from exc
        result[asset_id] = to_fen(value)
    return result
