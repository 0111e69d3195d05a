"""Register verbs: register assets (one or a batch), edit them, change their status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

from app.models import (
    ASSET_STATUSES,
    Asset,
    AssetEvent,
    Category,
    Department,
    DisposalDoc,
    DisposalLine,
    FundingSource,
    Person,
    Room,
    Supplier,
    Unit,
)
from app.models.assets import (
    ACQUIRED_PURCHASE,
    ACQUISITION_METHODS,
    DISPOSAL_STATUSES,
    STATUS_DISPOSED,
    STATUS_PENDING_DISPOSAL,
)
from app.models.base import now
from app.models.disposal import DISPOSAL_PENDING
from app.money import AmountError, format_fen, from_fen, parse_amount, to_fen
from app.services import numbering
from app.services.audit import record
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.reference import display_name
from app.services.settings import format_asset_number, load_settings
from app.services.transaction import action

MAX_BATCH = 999
EARLIEST_PURCHASE = dt.date(1950, 1, 1)


@dataclass
class AssetInput:
    """What a person types into the asset dialog (ids for picked records, text for amounts)."""

    name: str
    category_id: int | None
    original_value: str | Decimal
    purchase_date: dt.date | None
    number: str = ""
    acquisition: str = ACQUIRED_PURCHASE
    old_number: str = ""
    spec: str = ""
    brand: str = ""
    unit_id: int | None = None
    funding_source_id: int | None = None
    supplier_id: int | None = None
    invoice_no: str = ""
    serial_no: str = ""
    warranty_end: dt.date | None = None
    status: str = "在用"
    room_id: int | None = None
    custodian_id: int | None = None
    department_id: int | None = None
    note: str = ""


# Field name on Asset -> (label in history, reference kind or None).
_FIELD_LABELS: dict[str, tuple[str, str | None]] = {
    "number": ("资产编号", None),
    "old_number": ("原资产编号", None),
    "name": ("资产名称", None),
    "category": ("资产分类", "category"),
    "spec": ("规格型号", None),
    "brand": ("品牌", None),
    "unit": ("计量单位", "unit"),
    "original_value_fen": ("原值", None),
    "purchase_date": ("购置日期", None),
    "acquisition": ("取得方式", None),
    "funding_source": ("经费来源", "funding_source"),
    "supplier": ("供应商", "supplier"),
    "invoice_no": ("发票号", None),
    "serial_no": ("序列号", None),
    "warranty_end": ("保修截止", None),
    "status": ("状态", None),
    "room": ("存放地点", "room"),
    "custodian": ("保管人", "person"),
    "department": ("使用部门", "department"),
    "note": ("备注", None),
}

_REFS = {
    "category": (Category, "资产分类"),
    "unit": (Unit, "计量单位"),
    "funding_source": (FundingSource, "经费来源"),
    "supplier": (Supplier, "供应商"),
    "room": (Room, "存放地点"),
    "custodian": (Person, "保管人"),
    "department": (Department, "使用部门"),
}


def _text(value: str, label: str, field: str, max_length: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(f"请填写{label}。", field)
    if len(value) > max_length:
        raise ValidationError(f"{label}太长（最多 {max_length} 个字）。", field)
    return value


def _validated(data: AssetInput, today: dt.date) -> dict[str, object]:
    """Check one input and return Asset column values (without number)."""
    values: dict[str, object] = {
        "name": _text(data.name, "资产名称", "name", 100, required=True),
        "old_number": _text(data.old_number, "原资产编号", "old_number", 40),
        "spec": _text(data.spec, "规格型号", "spec", 200),
        "brand": _text(data.brand, "品牌", "brand", 60),
        "invoice_no": _text(data.invoice_no, "发票号", "invoice_no", 60),
        "serial_no": _text(data.serial_no, "序列号", "serial_no", 80),
        "note": _text(data.note, "备注", "note", 500),
    }
    if data.category_id is None:
        raise ValidationError("请选择资产分类。", "category")
    try:
        value = parse_amount(data.original_value)
    except AmountError as exc:
        raise ValidationError(f"原值：{exc.args[0]}", "original_value") from exc
    if value <= 0:
        raise ValidationError("原值必须大于零。", "original_value")
    values["original_value_fen"] = to_fen(value)
    if data.purchase_date is None:
        raise ValidationError("请填写购置日期。", "purchase_date")
    if data.purchase_date > today:
        raise ValidationError(
            f"购置日期 {data.purchase_date.isoformat()} 晚于今天，请检查。", "purchase_date"
        )
    if data.purchase_date < EARLIEST_PURCHASE:
        raise ValidationError("购置日期早于 1950 年，请检查。", "purchase_date")
    values["purchase_date"] = data.purchase_date
    acquisition = (data.acquisition or "").strip() or ACQUIRED_PURCHASE
    if acquisition not in ACQUISITION_METHODS:
        raise ValidationError(
            f"取得方式“{acquisition}”无效，只能是：{'、'.join(ACQUISITION_METHODS)}。",
            "acquisition",
        )
    values["acquisition"] = acquisition
    if data.warranty_end is not None and data.warranty_end < data.purchase_date:
        raise ValidationError("保修截止日期不能早于购置日期。", "warranty_end")
    values["warranty_end"] = data.warranty_end
    if data.status not in ASSET_STATUSES:
        raise ValidationError(f"未知的资产状态：{data.status}", "status")
    values["status"] = data.status
    ids = {
        "category": data.category_id,
        "unit": data.unit_id,
        "funding_source": data.funding_source_id,
        "supplier": data.supplier_id,
        "room": data.room_id,
        "custodian": data.custodian_id,
        "department": data.department_id,
    }
    for name, ref_id in ids.items():
        model, label = _REFS[name]
        if ref_id is not None and model.get_or_none(model.id == ref_id) is None:
            raise ValidationError(f"所选{label}不存在。", name)
        values[name] = ref_id
    return values


def _check_number(number: str, exclude_id: int | None = None) -> str:
    number = number.strip()
    if len(number) > 40:
        raise ValidationError("资产编号太长（最多 40 个字符）。", "number")
    if any(ch.isspace() for ch in number):
        raise ValidationError("资产编号不能包含空格。", "number")
    query = Asset.select().where(Asset.number == number)
    if exclude_id is not None:
        query = query.where(Asset.id != exclude_id)
    if query.exists():
        raise ConflictError(f"资产编号 {number} 已被使用，一物一码，编号不能重复。", "number")
    return number


def next_asset_numbers(category: Category, purchase_date: dt.date, count: int) -> list[str]:
    """Allocate ``count`` free numbers from the pattern (inside the registering transaction).

    A block of serials is taken at once; numbers an imported ledger already holds are skipped,
    never reused, and replaced by further serials.
    """
    pattern = load_settings().asset_number_pattern
    short = category.short_code or "ZC"
    numbers: list[str] = []
    while len(numbers) < count:
        wanted = count - len(numbers)
        first = numbering.allocate(f"asset:{short}", purchase_date.year, wanted)
        block = [
            format_asset_number(pattern, purchase_date, short, category.code, seq)
            for seq in range(first, first + wanted)
        ]
        taken = {a.number for a in Asset.select(Asset.number).where(Asset.number.in_(block))}
        numbers += [number for number in block if number not in taken]
    return numbers


def register_assets(data: AssetInput, quantity: int = 1, actor: str = "") -> list[int]:
    """Register one asset, or a batch of identical items with consecutive numbers."""
    if not 1 <= quantity <= MAX_BATCH:
        raise ValidationError(f"批量数量应在 1 到 {MAX_BATCH} 之间。", "quantity")
    if quantity > 1 and data.number.strip():
        raise ValidationError("批量登记时资产编号由系统按规则自动生成，请清空资产编号。", "number")
    values = _validated(data, dt.date.today())
    with action():
        category = Category.get_by_id(values["category"])
        if data.number.strip():
            numbers = [_check_number(data.number)]
        else:
            numbers = next_asset_numbers(category, data.purchase_date, quantity)  # type: ignore[arg-type]
        stamp = now()
        rows = [
            {
                "number": n,
                "booked_date": stamp.date(),
                "created_at": stamp,
                "updated_at": stamp,
                **values,
            }
            for n in numbers
        ]
        Asset.insert_many(rows).execute()
        ids = [
            a.id for a in Asset.select(Asset.id).where(Asset.number.in_(numbers)).order_by(Asset.id)
        ]
        summary = f"登记入账：{values['name']}，原值 ¥{format_fen(values['original_value_fen'])}"
        AssetEvent.insert_many(
            [
                {
                    "asset": asset_id,
                    "at": stamp,
                    "kind": "登记",
                    "operator": actor,
                    "summary": summary,
                }
                for asset_id in ids
            ]
        ).execute()
        record(actor, "登记资产", "asset", ids[0], f"{quantity} 件 {values['name']}")
    return ids


def _shown(name: str, value: object) -> str:
    _label, kind = _FIELD_LABELS[name]
    if value is None or value == "":
        return "（空）"
    if name == "original_value_fen":
        return "¥" + format_fen(int(value))  # type: ignore[arg-type]
    if kind is not None:
        model = _REFS["custodian" if kind == "person" else name][0]
        return display_name(kind, model.get_or_none(model.id == value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def update_asset(asset_id: int, data: AssetInput, actor: str = "") -> list[str]:
    """Save edits to one asset; every changed field goes into its history. Returns changed labels."""
    values = _validated(data, dt.date.today())
    with action():
        asset = get_asset(asset_id)
        if data.number.strip() and data.number.strip() != asset.number:
            values["number"] = _check_number(data.number, exclude_id=asset_id)
        if values["status"] != asset.status:
            _check_status_change(asset, str(values["status"]))
        changed: list[str] = []
        stamp = now()
        for name, new in values.items():
            old = getattr(asset, name + "_id") if name in _REFS else getattr(asset, name)
            if old == new:
                continue
            label = _FIELD_LABELS[name][0]
            AssetEvent.insert(
                asset=asset_id,
                at=stamp,
                kind="状态" if name == "status" else "变更",
                field=label,
                old_value=_shown(name, old),
                new_value=_shown(name, new),
                summary=f"{label}：{_shown(name, old)} → {_shown(name, new)}",
                operator=actor,
            ).execute()
            changed.append(label)
        if changed:
            Asset.update(updated_at=stamp, **values).where(Asset.id == asset_id).execute()
            record(actor, "修改资产", "asset", asset_id, "、".join(changed))
    return changed


def settable_statuses(current: str, on_pending_request: bool = True) -> list[str]:
    """The statuses a person may set by hand on an asset now in ``current`` (none when disposal decides).

    A 待报废 asset on no pending request (it came so from an imported ledger) is no one's to
    decide but the office's: it may be set back by hand, or put on a request.
    """
    if current == STATUS_DISPOSED or (current in DISPOSAL_STATUSES and on_pending_request):
        return []
    return [s for s in ASSET_STATUSES if s not in DISPOSAL_STATUSES and s != current]


def on_pending_request(asset_id: int) -> bool:
    """Whether the asset is on a disposal request still waiting for its decision."""
    return (
        DisposalLine.select()
        .join(DisposalDoc)
        .where((DisposalLine.asset == asset_id) & (DisposalDoc.state == DISPOSAL_PENDING))
        .exists()
    )


def _disposal_number(asset_id: int) -> str:
    """The number of the latest disposal request the asset is on, or ""."""
    row = (
        DisposalDoc.select(DisposalDoc.number)
        .join(DisposalLine)
        .where(DisposalLine.asset == asset_id)
        .order_by(DisposalDoc.id.desc())
        .first()
    )
    return row.number if row is not None else ""


def _check_status_change(asset: Asset, status: str) -> None:
    """Refuse a hand-made change into or out of 待报废/已报废: only a disposal request does that."""
    if status in DISPOSAL_STATUSES:
        raise ValidationError(
            f"资产不能直接改为“{status}”：请通过“申请报废”提交报废申请，"
            "提交后资产转为待报废，审批通过后转为已报废。",
            "status",
        )
    if asset.status == STATUS_PENDING_DISPOSAL and not on_pending_request(asset.id):
        return  # 待报废 from an imported ledger, on no request: the office may set it back
    if asset.status in DISPOSAL_STATUSES:
        number = _disposal_number(asset.id)
        where = f"报废申请 {number}" if number else "报废申请"
        if asset.status == STATUS_DISPOSED:
            raise ConflictError(
                f"资产 {asset.number} 已报废（{where}），已离开在册台账，不能再变更状态。",
                "status",
            )
        raise ConflictError(
            f"资产 {asset.number} 待报废，其状态由{where}决定："
            "审批通过转为已报废，驳回则恢复原状态。",
            "status",
        )


def change_status(asset_id: int, status: str, reason: str = "", actor: str = "") -> None:
    """Change an asset's status with a reason, recorded in its history (not 待报废/已报废)."""
    if status not in ASSET_STATUSES:
        raise ValidationError(f"未知的资产状态：{status}", "status")
    reason = _text(reason, "原因", "reason", 200)
    with action():
        asset = get_asset(asset_id)
        if asset.status == status:
            raise ConflictError(f"资产 {asset.number} 已经是“{status}”状态。")
        _check_status_change(asset, status)
        stamp = now()
        summary = f"状态：{asset.status} → {status}" + (f"（{reason}）" if reason else "")
        AssetEvent.insert(
            asset=asset_id,
            at=stamp,
            kind="状态",
            field="状态",
            old_value=asset.status,
            new_value=status,
            summary=summary,
            operator=actor,
        ).execute()
        Asset.update(status=status, updated_at=stamp).where(Asset.id == asset_id).execute()
        record(actor, "变更资产状态", "asset", asset_id, summary)


def get_asset(asset_id: int) -> Asset:
    """One asset or NotFoundError."""
    asset = Asset.get_or_none(Asset.id == asset_id)
    if asset is None:
        raise NotFoundError(f"资产不存在（内部编号 {asset_id}）。")
    return asset


def find_asset(number: str) -> Asset:
    """The asset with this asset number, or NotFoundError."""
    asset = Asset.get_or_none(Asset.number == number.strip())
    if asset is None:
        raise NotFoundError(f"找不到资产编号 {number}。")
    return asset


def asset_input_of(asset: Asset) -> AssetInput:
    """The current values of an asset as dialog input (for editing)."""
    data = AssetInput(
        name=asset.name,
        category_id=asset.category_id,
        original_value=from_fen(asset.original_value_fen),
        purchase_date=asset.purchase_date,
    )
    for f in fields(AssetInput):
        if (f.name.endswith("_id") and f.name != "category_id") or f.name in (
            "number",
            "old_number",
            "acquisition",
            "spec",
            "brand",
            "invoice_no",
            "serial_no",
            "warranty_end",
            "status",
            "note",
        ):
            setattr(data, f.name, getattr(asset, f.name))
    return data


def asset_history(asset_id: int) -> list[AssetEvent]:
    """An asset's history, oldest first."""
    return list(AssetEvent.select().where(AssetEvent.asset == asset_id).order_by(AssetEvent.id))


def is_below_threshold(value: Decimal) -> bool:
    """True when a unit value is under the fixed-asset threshold (a low-value consumable)."""
    return value < load_settings().fixed_asset_threshold
