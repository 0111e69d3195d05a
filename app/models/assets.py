"""Fixed assets (校产), their append-only history, and handover documents (交接单)."""

from __future__ import annotations

from peewee import (
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from app.models.base import BaseModel, TimestampField
from app.models.reference import (
    Category,
    Department,
    FundingSource,
    Person,
    Room,
    Supplier,
    Unit,
)

STATUS_IN_USE = "在用"
STATUS_IDLE = "闲置"
STATUS_REPAIR = "维修中"
STATUS_PENDING_DISPOSAL = "待报废"
STATUS_DISPOSED = "已报废"
STATUS_LOST = "丢失"
ASSET_STATUSES = (
    STATUS_IN_USE,
    STATUS_IDLE,
    STATUS_REPAIR,
    STATUS_PENDING_DISPOSAL,
    STATUS_DISPOSED,
    STATUS_LOST,
)
# Statuses in which an asset has left the active register.
INACTIVE_STATUSES = (STATUS_DISPOSED, STATUS_LOST)
# Statuses only a disposal request sets (filing → 待报废, approval → 已报废).
DISPOSAL_STATUSES = (STATUS_PENDING_DISPOSAL, STATUS_DISPOSED)

# 取得方式 as the asset card of 政府会计制度 lists them; 购置 is the common case.
ACQUIRED_PURCHASE = "购置"
ACQUISITION_METHODS = (ACQUIRED_PURCHASE, "调入", "接受捐赠", "自建", "置换", "盘盈", "其他")

KIND_ISSUE = "领用"
KIND_TRANSFER = "调拨"
KIND_RETURN = "归还"
KIND_HANDOVER = "移交"
HANDOVER_KINDS = (KIND_ISSUE, KIND_TRANSFER, KIND_RETURN, KIND_HANDOVER)


class Asset(BaseModel):
    """One item of school property with one number for its whole life (一物一码)."""

    number = TextField(unique=True)
    old_number = TextField(default="", index=True)
    name = TextField(index=True)
    category = ForeignKeyField(Category, backref="assets", on_delete="RESTRICT", index=True)
    spec = TextField(default="")
    brand = TextField(default="")
    unit = ForeignKeyField(Unit, null=True, on_delete="RESTRICT")
    quantity = IntegerField(default=1)
    original_value_fen = IntegerField(index=True)
    purchase_date = DateField(index=True)
    booked_date = DateField()
    acquisition = TextField(default=ACQUIRED_PURCHASE)
    funding_source = ForeignKeyField(FundingSource, null=True, on_delete="RESTRICT")
    supplier = ForeignKeyField(Supplier, null=True, on_delete="RESTRICT")
    invoice_no = TextField(default="")
    serial_no = TextField(default="")
    warranty_end = DateField(null=True)
    status = TextField(default=STATUS_IN_USE, index=True)
    room = ForeignKeyField(Room, null=True, on_delete="RESTRICT", index=True)
    custodian = ForeignKeyField(Person, null=True, on_delete="RESTRICT", index=True)
    department = ForeignKeyField(Department, null=True, on_delete="RESTRICT", index=True)
    note = TextField(default="")
    created_at = TimestampField()
    updated_at = TimestampField()


class HandoverDoc(BaseModel):
    """A posted handover slip (领用/调拨/归还/移交) with a gapless number per year."""

    number = TextField(unique=True)
    kind = TextField()
    date = DateField(index=True)
    to_person = ForeignKeyField(Person, null=True, on_delete="RESTRICT")
    to_room = ForeignKeyField(Room, null=True, on_delete="RESTRICT")
    to_department = ForeignKeyField(Department, null=True, on_delete="RESTRICT")
    handed_by = TextField(default="")
    received_by = TextField(default="")
    manager = TextField(default="")
    approver = TextField(default="")
    note = TextField(default="")
    operator = TextField(default="")
    posted_at = TimestampField()


class HandoverLine(BaseModel):
    """One asset on a handover slip, with where it came from (a snapshot for the printed form)."""

    doc = ForeignKeyField(HandoverDoc, backref="lines", on_delete="CASCADE")
    asset = ForeignKeyField(Asset, backref="handover_lines", on_delete="RESTRICT")
    from_person = ForeignKeyField(Person, null=True, on_delete="RESTRICT")
    from_room = ForeignKeyField(Room, null=True, on_delete="RESTRICT")
    from_department = ForeignKeyField(Department, null=True, on_delete="RESTRICT")
    original_value_fen = IntegerField()


class AssetEvent(BaseModel):
    """One line of an asset's history (履历); append-only."""

    asset = ForeignKeyField(Asset, backref="events", on_delete="RESTRICT", index=True)
    at = TimestampField()
    kind = TextField()  # 登记, 变更, 状态, 交接 ...
    summary = TextField()
    field = TextField(default="")
    old_value = TextField(default="")
    new_value = TextField(default="")
    doc_type = TextField(default="")
    doc_number = TextField(default="")
    operator = TextField(default="")
