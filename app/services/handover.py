"""Handover slips (交接单): move assets between people, rooms and departments in one posting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.models import Asset, AssetEvent, Department, HandoverDoc, HandoverLine, Person, Room
from app.models.assets import (
    HANDOVER_KINDS,
    KIND_HANDOVER,
    KIND_ISSUE,
    KIND_RETURN,
    STATUS_DISPOSED,
    STATUS_IDLE,
    STATUS_IN_USE,
    STATUS_LOST,
    STATUS_PENDING_DISPOSAL,
)
from app.models.base import now
from app.money import from_fen
from app.services import numbering
from app.services.audit import record
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.reference import room_label
from app.services.settings import load_settings
from app.services.transaction import action

MAX_LINES = 500
NOT_HANDED_OVER = (STATUS_DISPOSED, STATUS_LOST, STATUS_PENDING_DISPOSAL)


@dataclass
class HandoverInput:
    """What the handover dialog collects."""

    kind: str
    asset_ids: list[int]
    date: dt.date
    to_person_id: int | None = None
    to_room_id: int | None = None
    to_department_id: int | None = None
    handed_by: str = ""
    received_by: str = ""
    manager: str = ""
    approver: str = ""
    note: str = ""


@dataclass
class HandoverLineView:
    """One printed line of a slip."""

    asset_number: str
    name: str
    spec: str
    unit: str
    original_value: Decimal
    from_text: str
    location: str


@dataclass
class HandoverView:
    """A posted slip as the form and the detail view show it."""

    number: str
    kind: str
    date: dt.date
    from_text: str
    to_text: str
    handed_by: str
    received_by: str
    manager: str
    approver: str
    note: str
    lines: list[HandoverLineView] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        """The sum of the original values on the slip."""
        return sum((line.original_value for line in self.lines), Decimal("0.00"))


def _holder_text(person: Person | None, room: Room | None, department: Department | None) -> str:
    parts = []
    if department is not None:
        parts.append(department.name)
    if person is not None:
        parts.append(person.name)
    if room is not None:
        parts.append(room_label(room))
    return " / ".join(parts) if parts else "（库存/未分配）"


def _validate(data: HandoverInput, today: dt.date) -> None:
    if data.kind not in HANDOVER_KINDS:
        raise ValidationError(f"交接类型只能是：{'、'.join(HANDOVER_KINDS)}。", "kind")
    if not data.asset_ids:
        raise ValidationError("交接单上至少要有一件资产。", "assets")
    if len(set(data.asset_ids)) != len(data.asset_ids):
        raise ValidationError("同一件资产在交接单上出现了两次。", "assets")
    if len(data.asset_ids) > MAX_LINES:
        raise ValidationError(f"一张交接单最多 {MAX_LINES} 件资产，请分单办理。", "assets")
    if data.date > today:
        raise ValidationError("交接日期不能晚于今天。", "date")
    if data.to_person_id is None and data.to_room_id is None and data.to_department_id is None:
        raise ValidationError("请选择接收人、存放地点或使用部门中的至少一项。", "to_person")
    if data.kind in (KIND_ISSUE, KIND_HANDOVER) and data.to_person_id is None:
        raise ValidationError(f"{data.kind}必须指定接收人。", "to_person")
    for name, label in (
        ("handed_by", "移交人"),
        ("received_by", "接收人签字"),
        ("manager", "资产管理员"),
        ("approver", "审批人"),
        ("note", "备注"),
    ):
        if len(getattr(data, name).strip()) > (300 if name == "note" else 30):
            raise ValidationError(f"{label}太长。", name)


def _destination(data: HandoverInput) -> tuple[Person | None, Room | None, Department | None]:
    person = room = department = None
    if data.to_person_id is not None:
        person = Person.get_or_none(Person.id == data.to_person_id)
        if person is None or not person.active:
            raise ValidationError("接收人不存在或已停用。", "to_person")
    if data.to_room_id is not None:
        room = Room.get_or_none(Room.id == data.to_room_id)
        if room is None or not room.active:
            raise ValidationError("存放地点不存在或已停用。", "to_room")
    if data.to_department_id is not None:
        department = Department.get_or_none(Department.id == data.to_department_id)
        if department is None or not department.active:
            raise ValidationError("使用部门不存在或已停用。", "to_department")
    return person, room, department


def post_handover(data: HandoverInput, actor: str = "") -> str:
    """Post a handover: number it, move every asset, write history, in one transaction."""
    _validate(data, dt.date.today())
    with action():
        person, room, department = _destination(data)
        if department is None and person is not None and person.department_id is not None:
            department = person.department
        assets = {a.id: a for a in Asset.select().where(Asset.id.in_(data.asset_ids))}
        for asset_id in data.asset_ids:
            asset = assets.get(asset_id)
            if asset is None:
                raise NotFoundError(f"资产不存在（内部编号 {asset_id}）。")
            if asset.purchase_date > data.date:
                raise ValidationError(
                    f"交接日期 {data.date.isoformat()} 早于资产 {asset.number} 的购置日期"
                    f" {asset.purchase_date.isoformat()}，请检查。",
                    "date",
                )
            if asset.status in NOT_HANDED_OVER:
                raise ConflictError(
                    f"资产 {asset.number} {asset.name} 状态为“{asset.status}”，不能交接。"
                )
        settings = load_settings()
        seq = numbering.allocate("handover", data.date.year)
        number = numbering.document_number(settings.handover_prefix, data.date.year, seq)
        stamp = now()
        doc_id = HandoverDoc.insert(
            number=number,
            kind=data.kind,
            date=data.date,
            to_person=person,
            to_room=room,
            to_department=department,
            handed_by=data.handed_by.strip(),
            received_by=data.received_by.strip(),
            manager=data.manager.strip(),
            approver=data.approver.strip(),
            note=data.note.strip(),
            operator=actor,
            posted_at=stamp,
        ).execute()
        for asset_id in data.asset_ids:
            _move(assets[asset_id], doc_id, number, data, person, room, department, actor, stamp)
        record(actor, "交接过账", "handover", doc_id, f"{number} {data.kind} {len(assets)} 件")
    return number


def _move(
    asset: Asset,
    doc_id: int,
    number: str,
    data: HandoverInput,
    person: Person | None,
    room: Room | None,
    department: Department | None,
    actor: str,
    stamp: dt.datetime,
) -> None:
    before = _holder_text(asset.custodian, asset.room, asset.department)
    new_person = (
        person if person is not None else (None if data.kind == KIND_RETURN else asset.custodian)
    )
    new_room = room if room is not None else asset.room
    new_department = department if department is not None else asset.department
    new_status = (
        STATUS_IDLE
        if data.kind == KIND_RETURN
        else (STATUS_IN_USE if asset.status == STATUS_IDLE else asset.status)
    )
    unchanged = (
        _id(new_person) == asset.custodian_id
        and _id(new_room) == asset.room_id
        and _id(new_department) == asset.department_id
        and new_status == asset.status
    )
    if unchanged:
        raise ConflictError(f"资产 {asset.number} {asset.name} 已在接收方名下，无需交接。")
    HandoverLine.insert(
        doc=doc_id,
        asset=asset.id,
        from_person=asset.custodian_id,
        from_room=asset.room_id,
        from_department=asset.department_id,
        original_value_fen=asset.original_value_fen,
    ).execute()
    after = _holder_text(new_person, new_room, new_department)
    AssetEvent.insert(
        asset=asset.id,
        at=stamp,
        kind="交接",
        doc_type="交接单",
        doc_number=number,
        summary=f"{data.kind}（{number}）：{before} → {after}",
        operator=actor,
    ).execute()
    Asset.update(
        custodian=new_person,
        room=new_room,
        department=new_department,
        status=new_status,
        updated_at=stamp,
    ).where(Asset.id == asset.id).execute()


def _id(obj: object) -> int | None:
    return None if obj is None else obj.id  # type: ignore[attr-defined]


def list_handover_numbers() -> list[str]:
    """Every posted handover number, oldest first."""
    query = HandoverDoc.select(HandoverDoc.number).order_by(HandoverDoc.posted_at, HandoverDoc.id)
    return [doc.number for doc in query]


def handover_view(number: str) -> HandoverView:
    """A posted slip with its lines, for printing and display."""
    doc = HandoverDoc.get_or_none(HandoverDoc.number == number.strip())
    if doc is None:
        raise NotFoundError(f"找不到交接单 {number}。")
    lines = list(HandoverLine.select().where(HandoverLine.doc == doc.id).order_by(HandoverLine.id))
    sources = {_holder_text(ln.from_person, ln.from_room, ln.from_department) for ln in lines}
    return HandoverView(
        number=doc.number,
        kind=doc.kind,
        date=doc.date,
        from_text=sources.pop() if len(sources) == 1 else "多处（见明细）",
        to_text=_holder_text(doc.to_person, doc.to_room, doc.to_department),
        handed_by=doc.handed_by,
        received_by=doc.received_by,
        manager=doc.manager,
        approver=doc.approver,
        note=doc.note,
        lines=[
            HandoverLineView(
                asset_number=ln.asset.number,
                name=ln.asset.name,
                spec=ln.asset.spec,
                unit=ln.asset.unit.name if ln.asset.unit_id else "",
                original_value=from_fen(ln.original_value_fen),
                from_text=_holder_text(ln.from_person, ln.from_room, ln.from_department),
                location=room_label(doc.to_room or ln.from_room),
            )
            for ln in lines
        ],
    )


def handovers_of_asset(asset_id: int) -> list[str]:
    """Numbers of the slips an asset was on, oldest first."""
    query = (
        HandoverDoc.select(HandoverDoc.number)
        .join(HandoverLine)
        .where(HandoverLine.asset == asset_id)
        .order_by(HandoverDoc.id)
    )
    return [doc.number for doc in query]
