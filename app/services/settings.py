"""Settings stored in the database, each declared once with its default and its parser."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from app.models import Setting
from app.money import AmountError, from_fen, parse_amount, to_fen
from app.services.errors import ValidationError
from app.services.transaction import action

DEPRECIATION_NEXT_MONTH = "next_month"
DEPRECIATION_SAME_MONTH = "same_month"
DEFAULT_ASSET_PATTERN = "{year}-{cat}-{seq:05d}"
_PATTERN_TOKEN = re.compile(r"\{(year|cat|code|seq(?::0?(\d))?d?)\}")


@dataclass(frozen=True)
class Settings:
    """Every setting with its default; the database only stores what differs."""

    school_name: str = ""
    asset_number_pattern: str = DEFAULT_ASSET_PATTERN
    fixed_asset_threshold: Decimal = Decimal("1000.00")
    depreciation_start: str = DEPRECIATION_NEXT_MONTH
    handover_prefix: str = "JJ"
    # The stock room: document prefixes, separation of duties, and the requisition slip.
    receipt_prefix: str = "RK"
    requisition_prefix: str = "LY"
    return_prefix: str = "TK"
    write_off_prefix: str = "BS"
    stocktake_prefix: str = "PD"
    forbid_self_approval: bool = True
    requisition_two_copies: bool = False
    # 报废审批 by total net value: up to the first limit the logistics director, up to the
    # second the principal, above it the school's administrative meeting (三重一大).
    disposal_prefix: str = "BF"
    disposal_director_limit: Decimal = Decimal("500.00")
    disposal_principal_limit: Decimal = Decimal("10000.00")


_TEXT_KEYS = (
    "school_name",
    "asset_number_pattern",
    "depreciation_start",
    "handover_prefix",
    "receipt_prefix",
    "requisition_prefix",
    "return_prefix",
    "write_off_prefix",
    "stocktake_prefix",
    "disposal_prefix",
)
_DISPOSAL_LIMITS = ("disposal_director_limit", "disposal_principal_limit")
# Every numbered document's prefix setting and the document it numbers, in the settings
# dialog's order; a new kind of document adds one line here (and its field above).
DOCUMENT_PREFIXES: tuple[tuple[str, str], ...] = (
    ("handover_prefix", "资产交接单"),
    ("disposal_prefix", "报废申请表"),
    ("receipt_prefix", "入库单"),
    ("requisition_prefix", "领用单"),
    ("return_prefix", "退库单"),
    ("write_off_prefix", "报损单"),
    ("stocktake_prefix", "盘点调整单"),
)
PREFIX_MAX_LENGTH = 6
_PREFIX = re.compile(rf"[A-Z]{{1,{PREFIX_MAX_LENGTH}}}")
_BOOL_KEYS = ("forbid_self_approval", "requisition_two_copies")


def load_settings() -> Settings:
    """Read all settings (defaults for the keys not stored)."""
    stored = {row.key: row.value for row in Setting.select()}
    values: dict[str, object] = {k: stored[k] for k in _TEXT_KEYS if k in stored}
    if "fixed_asset_threshold_fen" in stored:
        values["fixed_asset_threshold"] = from_fen(int(stored["fixed_asset_threshold_fen"]))
    for name in _DISPOSAL_LIMITS:
        if f"{name}_fen" in stored:
            values[name] = from_fen(int(stored[f"{name}_fen"]))
    for key in _BOOL_KEYS:
        if key in stored:
            values[key] = stored[key] == "1"
    return Settings(**values)  # type: ignore[arg-type]


def validate_asset_pattern(pattern: str) -> str:
    """Check an asset-number pattern: only known tokens, and a serial so numbers stay unique."""
    pattern = pattern.strip()
    if "{seq" not in pattern:
        raise ValidationError(
            "资产编号规则必须包含流水号 {seq}，否则编号会重复。", "asset_number_pattern"
        )
    leftover = _PATTERN_TOKEN.sub("", pattern)
    if "{" in leftover or "}" in leftover:
        raise ValidationError(
            "资产编号规则只能使用 {year}、{cat}、{code}、{seq:05d} 这几个占位符。",
            "asset_number_pattern",
        )
    try:
        format_asset_number(pattern, dt.date(2026, 1, 1), "SB", "A02000000", 1)
    except (KeyError, ValueError, IndexError) as exc:
        raise ValidationError(f"资产编号规则无效：{exc}", "asset_number_pattern") from exc
    return pattern


def format_asset_number(pattern: str, date: dt.date, short_code: str, code: str, seq: int) -> str:
    """Fill an asset-number pattern."""
    return pattern.format(year=date.year, cat=short_code, code=code, seq=seq)


def save_settings(
    *,
    school_name: str | None = None,
    asset_number_pattern: str | None = None,
    fixed_asset_threshold: str | Decimal | None = None,
    depreciation_start: str | None = None,
    forbid_self_approval: bool | None = None,
    requisition_two_copies: bool | None = None,
    disposal_director_limit: str | Decimal | None = None,
    disposal_principal_limit: str | Decimal | None = None,
    prefixes: Mapping[str, str] | None = None,
) -> Settings:
    """Validate and store the given settings in one transaction; return the new settings.

    ``prefixes`` maps prefix settings (DOCUMENT_PREFIXES) to new prefixes; a changed prefix
    applies to the next number only, the numbers already issued stay as they were.
    """
    updates: dict[str, str] = {}
    if school_name is not None:
        name = school_name.strip()
        if not name:
            raise ValidationError("学校名称不能为空，它会印在每一张单据上。", "school_name")
        if len(name) > 60:
            raise ValidationError("学校名称太长（最多 60 个字）。", "school_name")
        updates["school_name"] = name
    if asset_number_pattern is not None:
        updates["asset_number_pattern"] = validate_asset_pattern(asset_number_pattern)
    if fixed_asset_threshold is not None:
        try:
            amount = parse_amount(fixed_asset_threshold)
        except AmountError as exc:
            raise ValidationError(exc.args[0], "fixed_asset_threshold") from exc
        if amount <= 0:
            raise ValidationError("固定资产价值标准必须大于零。", "fixed_asset_threshold")
        updates["fixed_asset_threshold_fen"] = str(to_fen(amount))
    if depreciation_start is not None:
        if depreciation_start not in (DEPRECIATION_NEXT_MONTH, DEPRECIATION_SAME_MONTH):
            raise ValidationError("折旧起始月份只能是“当月”或“次月”。", "depreciation_start")
        updates["depreciation_start"] = depreciation_start
    for key, flag in (
        ("forbid_self_approval", forbid_self_approval),
        ("requisition_two_copies", requisition_two_copies),
    ):
        if flag is not None:
            updates[key] = "1" if flag else "0"
    updates.update(_disposal_limit_updates(disposal_director_limit, disposal_principal_limit))
    if prefixes:
        updates.update(_prefix_updates(prefixes))
    with action():
        for key, value in updates.items():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
    return load_settings()


def _disposal_limit_updates(
    director: str | Decimal | None, principal: str | Decimal | None
) -> dict[str, str]:
    """Check the two disposal approval limits; the one not given keeps its stored value."""
    if director is None and principal is None:
        return {}
    current = load_settings()
    limits = {
        "disposal_director_limit": (director, current.disposal_director_limit, "后勤主任审批限额"),
        "disposal_principal_limit": (principal, current.disposal_principal_limit, "校长审批限额"),
    }
    parsed: dict[str, Decimal] = {}
    for name, (given, stored, label) in limits.items():
        if given is None:
            parsed[name] = stored
            continue
        try:
            parsed[name] = parse_amount(given)
        except AmountError as exc:
            raise ValidationError(f"{label}：{exc.args[0]}", name) from exc
        if parsed[name] <= 0:
            raise ValidationError(f"{label}必须大于零。", name)
    if parsed["disposal_director_limit"] >= parsed["disposal_principal_limit"]:
        raise ValidationError(
            "后勤主任审批限额必须小于校长审批限额。",
            "disposal_director_limit" if director is not None else "disposal_principal_limit",
        )
    return {
        f"{name}_fen": str(to_fen(parsed[name]))
        for name, (given, _stored, _label) in limits.items()
        if given is not None
    }


def validate_prefix(prefix: str, label: str, key: str) -> str:
    """A document prefix as stored: 1–6 letters, upper case (typed lower case is raised)."""
    text = (prefix or "").strip()
    if not text:
        raise ValidationError(f"请填写{label}的编号前缀。", key)
    upper = text.upper()
    if not _PREFIX.fullmatch(upper):
        raise ValidationError(
            f"{label}的编号前缀“{text}”无效：只能用 1 到 {PREFIX_MAX_LENGTH} 个英文大写字母，"
            "如 RK、LY。",
            key,
        )
    return upper


def _prefix_updates(prefixes: Mapping[str, str]) -> dict[str, str]:
    """Check the given prefixes; with the stored ones they must all differ from each other."""
    labels = dict(DOCUMENT_PREFIXES)
    current = load_settings()
    final: dict[str, str] = {key: getattr(current, key) for key in labels if hasattr(current, key)}
    given: dict[str, str] = {}
    for key, prefix in prefixes.items():
        if key not in final:
            raise ValidationError(f"未知的编号前缀设置：{key}", key)
        given[key] = final[key] = validate_prefix(prefix, labels[key], key)
    owner: dict[str, str] = {}
    # Unchanged prefixes claim theirs first, so a clash names the field the user just changed.
    changed = [k for k in given if given[k] != getattr(current, k)]
    for key in [*(k for k in final if k not in changed), *changed]:
        prefix = final[key]
        if prefix in owner:
            other, mine = owner[prefix], key
            raise ValidationError(
                f"{labels[mine]}的编号前缀“{prefix}”与{labels[other]}相同，"
                "两种单据的编号会混在一起，请换一个前缀。",
                mine,
            )
        owner[prefix] = key
    return given
