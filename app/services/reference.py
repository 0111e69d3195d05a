"""Reference data (departments, people, rooms, categories, units, suppliers): one declarative
description per kind drives validation, saving, listing and the generic edit dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import Model

from app.models import (
    Building,
    Category,
    Department,
    FundingSource,
    Person,
    Room,
    RoomType,
    Supplier,
    Unit,
)
from app.services.audit import record
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.transaction import action


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a reference record."""

    name: str
    label: str
    kind: str = "text"  # text | int | bool | ref:<kind key>
    required: bool = False
    max_length: int = 60


@dataclass(frozen=True)
class KindSpec:
    """One kind of reference record."""

    key: str
    label: str
    model: type[Model]
    fields: tuple[FieldSpec, ...]
    unique: tuple[str, ...] = ()
    has_active: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


KINDS: dict[str, KindSpec] = {
    spec.key: spec
    for spec in (
        KindSpec(
            "department",
            "部门",
            Department,
            (
                FieldSpec("name", "部门名称", required=True),
                FieldSpec("code", "部门代码", max_length=20),
            ),
            unique=("name",),
        ),
        KindSpec(
            "person",
            "教职工",
            Person,
            (
                FieldSpec("name", "姓名", required=True, max_length=30),
                FieldSpec("department", "所属部门", "ref:department"),
                FieldSpec("phone", "联系电话", max_length=30),
                FieldSpec("note", "备注", max_length=200),
            ),
        ),
        KindSpec(
            "building",
            "楼栋",
            Building,
            (
                FieldSpec("name", "楼栋名称", required=True),
                FieldSpec("code", "楼栋代码", max_length=10),
            ),
            unique=("name",),
        ),
        KindSpec(
            "room",
            "房间",
            Room,
            (
                FieldSpec("building", "所在楼栋", "ref:building", required=True),
                FieldSpec("number", "房间号", required=True, max_length=20),
                FieldSpec("name", "房间名称"),
                FieldSpec("room_type", "房间类型", "ref:room_type"),
            ),
            unique=("building", "number"),
        ),
        KindSpec(
            "category",
            "资产分类",
            Category,
            (
                FieldSpec("code", "分类代码", required=True, max_length=20),
                FieldSpec("name", "分类名称", required=True),
                FieldSpec("parent", "上级分类", "ref:category"),
                FieldSpec("short_code", "编号简码", required=True, max_length=6),
                FieldSpec("useful_life_years", "折旧年限（年）", "int"),
                FieldSpec("depreciates", "计提折旧", "bool"),
            ),
            unique=("code",),
        ),
        KindSpec(
            "unit",
            "计量单位",
            Unit,
            (
                FieldSpec("name", "单位名称", required=True, max_length=10),
                FieldSpec("allows_fraction", "允许小数", "bool"),
            ),
            unique=("name",),
        ),
        KindSpec(
            "supplier",
            "供应商",
            Supplier,
            (
                FieldSpec("name", "供应商名称", required=True, max_length=100),
                FieldSpec("contact", "联系人", max_length=30),
                FieldSpec("phone", "联系电话", max_length=30),
                FieldSpec("address", "地址", max_length=200),
            ),
            unique=("name",),
        ),
        KindSpec(
            "room_type",
            "房间类型",
            RoomType,
            (FieldSpec("name", "类型名称", required=True),),
            unique=("name",),
            has_active=False,
        ),
        KindSpec(
            "funding_source",
            "经费来源",
            FundingSource,
            (FieldSpec("name", "经费来源", required=True, max_length=30),),
            unique=("name",),
            has_active=False,
        ),
    )
}


def kind_spec(key: str) -> KindSpec:
    """The description of one kind of reference record."""
    try:
        return KINDS[key]
    except KeyError:
        raise NotFoundError(f"未知的基础数据类型：{key}") from None


def display_name(kind: str, obj: Model | None) -> str:
    """How a record is shown in lists, combo boxes and printed forms."""
    if obj is None:
        return ""
    if kind == "room":
        return room_label(obj)  # type: ignore[arg-type]
    if kind == "category":
        return f"{obj.code} {obj.name}"
    if kind == "person" and obj.department_id:
        return f"{obj.name}（{obj.department.name}）"
    return obj.name


def room_label(room: Room | None) -> str:
    """A room as the office writes it: building code-room number, then its name (B12-303 物理实验室)."""
    if room is None:
        return ""
    building = room.building
    prefix = building.code or building.name
    label = f"{prefix}-{room.number}"
    return f"{label} {room.name}" if room.name else label


def _clean(spec: KindSpec, values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for f in spec.fields:
        if f.name not in values:
            continue
        value = values[f.name]
        if f.kind == "text":
            value = ("" if value is None else str(value)).strip()
            if f.required and not value:
                raise ValidationError(f"请填写{f.label}。", f.name)
            if len(value) > f.max_length:
                raise ValidationError(f"{f.label}太长（最多 {f.max_length} 个字）。", f.name)
        elif f.kind == "int":
            if value in (None, ""):
                value = None
            else:
                try:
                    value = int(str(value).strip())
                except ValueError:
                    raise ValidationError(f"{f.label}必须是整数。", f.name) from None
                if value < 0 or value > 100:
                    raise ValidationError(f"{f.label}应在 0 到 100 之间。", f.name)
        elif f.kind == "bool":
            value = bool(value)
        elif f.kind.startswith("ref:"):
            target = kind_spec(f.kind[4:])
            if value in (None, "", 0):
                if f.required:
                    raise ValidationError(f"请选择{f.label}。", f.name)
                value = None
            else:
                try:
                    value = int(value)
                except (TypeError, ValueError):
                    raise ValidationError(f"所选{f.label}无效。", f.name) from None
                if target.model.get_or_none(target.model.id == value) is None:
                    raise ValidationError(f"所选{f.label}不存在。", f.name)
        cleaned[f.name] = value
    return cleaned


def _check_unique(spec: KindSpec, cleaned: dict[str, Any], record_id: int | None) -> None:
    if not spec.unique or not all(name in cleaned for name in spec.unique):
        return
    model = spec.model
    query = model.select()
    for name in spec.unique:
        query = query.where(getattr(model, name) == cleaned[name])
    if record_id is not None:
        query = query.where(model.id != record_id)
    if query.exists():
        labels = "、".join(f.label for f in spec.fields if f.name in spec.unique)
        shown = "、".join(
            str(cleaned[f.name]) for f in spec.fields if f.name in spec.unique and f.kind == "text"
        )
        raise ConflictError(f"已存在{labels}相同的{spec.label}：{shown}。", spec.unique[-1])


def save_record(
    kind: str, values: dict[str, Any], record_id: int | None = None, actor: str = ""
) -> int:
    """Create (record_id None) or edit a reference record in one transaction; return its id."""
    spec = kind_spec(kind)
    cleaned = _clean(spec, values)
    if record_id is None:
        missing = [f for f in spec.fields if f.required and cleaned.get(f.name) in (None, "")]
        if missing:
            raise ValidationError(f"请填写{missing[0].label}。", missing[0].name)
    if kind == "category" and record_id is not None and cleaned.get("parent") == record_id:
        raise ValidationError("上级分类不能是它自己。", "parent")
    with action():
        _check_unique(spec, cleaned, record_id)
        if record_id is None:
            record_id = spec.model.insert(**cleaned).execute()
            record(actor, "新增" + spec.label, kind, record_id, str(values.get("name", "")))
        else:
            if spec.model.get_or_none(spec.model.id == record_id) is None:
                raise NotFoundError(f"{spec.label}记录不存在（编号 {record_id}）。")
            spec.model.update(**cleaned).where(spec.model.id == record_id).execute()
            record(actor, "修改" + spec.label, kind, record_id, str(cleaned))
    return record_id


def set_active(kind: str, record_id: int, active: bool, actor: str = "") -> None:
    """Deactivate (or re-activate) a record; records that history uses are never deleted."""
    spec = kind_spec(kind)
    if not spec.has_active:
        raise ValidationError(f"{spec.label}不能停用。")
    with action():
        updated = spec.model.update(active=active).where(spec.model.id == record_id).execute()
        if not updated:
            raise NotFoundError(f"{spec.label}记录不存在（编号 {record_id}）。")
        record(actor, ("启用" if active else "停用") + spec.label, kind, record_id, "")


def list_records(kind: str, *, include_inactive: bool = False, text: str = "") -> list[Model]:
    """Records of one kind for lists and pickers, active ones only unless asked."""
    spec = kind_spec(kind)
    model = spec.model
    query = model.select()
    if spec.has_active and not include_inactive:
        query = query.where(model.active == True)  # noqa: E712 - peewee expression
    text = text.strip()
    if text:
        condition = None
        for f in spec.fields:
            if f.kind == "text":
                term = getattr(model, f.name).contains(text)
                condition = term if condition is None else condition | term
        if condition is not None:
            query = query.where(condition)
    if kind == "category":
        return list(query.order_by(model.code))
    if kind == "room":
        return list(query.order_by(model.building, model.number))
    return list(query.order_by(model.id))


def choices(kind: str, include: int | None = None) -> list[tuple[int, str]]:
    """(id, display name) pairs for a combo box: the active records plus ``include`` if inactive."""
    records = list_records(kind)
    pairs = [(r.id, display_name(kind, r)) for r in records]
    if include is not None and all(pid != include for pid, _ in pairs):
        spec = kind_spec(kind)
        extra = spec.model.get_or_none(spec.model.id == include)
        if extra is not None:
            pairs.append((extra.id, display_name(kind, extra) + "（已停用）"))
    return pairs
