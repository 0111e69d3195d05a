"""The stock room (库房): items, the append-only stock ledger, and its documents.

Quantities are integers in thousandths of a unit (qty_m) so that 千克 and the like stay exact;
money is integer fen. One document table serves all five kinds (入库/领用/退库/报损/盘点), so
the documents list filters them together.
"""

from __future__ import annotations

from peewee import BooleanField, DateField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, TimestampField
from app.models.reference import Department, Person, Supplier, Unit

QTY_SCALE = 1000  # qty_m = quantity × 1000

DOC_RECEIPT = "入库"
DOC_REQUISITION = "领用"
DOC_RETURN = "退库"
DOC_WRITE_OFF = "报损"
DOC_STOCKTAKE = "盘点"  # 盘点调整单: its lines are the differences the count found, signed
STOCK_DOC_TYPES = (DOC_RECEIPT, DOC_REQUISITION, DOC_RETURN, DOC_WRITE_OFF, DOC_STOCKTAKE)

STATE_DRAFT = "草稿"
STATE_SUBMITTED = "已提交"
STATE_APPROVED = "已批准"
STATE_ISSUED = "已发放"
STATE_REJECTED = "已驳回"
STATE_CANCELLED = "已取消"
STATE_POSTED = "已过账"  # receipts, returns and write-offs are posted when saved
STOCK_DOC_STATES = (
    STATE_DRAFT,
    STATE_SUBMITTED,
    STATE_APPROVED,
    STATE_ISSUED,
    STATE_REJECTED,
    STATE_CANCELLED,
    STATE_POSTED,
)

MOVE_OPENING = "期初"
MOVE_RECEIPT = "入库"
MOVE_ISSUE = "领用"
MOVE_RETURN = "退库"
MOVE_WRITE_OFF = "报损"
MOVE_ADJUST = "调整"
MOVE_KINDS = (MOVE_OPENING, MOVE_RECEIPT, MOVE_ISSUE, MOVE_RETURN, MOVE_WRITE_OFF, MOVE_ADJUST)


class ItemCategory(BaseModel):
    """A category of stock items (办公用品, 清洁用品, 电工材料 ...)."""

    name = TextField(unique=True)
    active = BooleanField(default=True)


class Item(BaseModel):
    """A stock item (物资) with its cached on-hand quantity and value (proved by houqin check)."""

    code = TextField(unique=True)
    name = TextField(index=True)
    spec = TextField(default="")
    unit = ForeignKeyField(Unit, on_delete="RESTRICT")
    category = ForeignKeyField(ItemCategory, null=True, on_delete="RESTRICT", index=True)
    shelf = TextField(default="")
    reorder_level_m = IntegerField(default=0)
    on_hand_m = IntegerField(default=0)
    on_hand_value_fen = IntegerField(default=0)
    active = BooleanField(default=True)
    note = TextField(default="")


class StockDoc(BaseModel):
    """A stock document: 入库单 RK-, 领用单 LY-, 退库单 TK-, 报损单 BS-, 盘点调整单 PD- (gapless)."""

    doc_type = TextField(index=True)
    number = TextField(unique=True)
    date = DateField(index=True)
    state = TextField(index=True)
    department = ForeignKeyField(Department, null=True, on_delete="RESTRICT", index=True)
    person = ForeignKeyField(Person, null=True, on_delete="RESTRICT")  # requester / returner
    supplier = ForeignKeyField(Supplier, null=True, on_delete="RESTRICT")
    invoice_no = TextField(default="")
    purpose = TextField(default="")  # 用途 (requisition) or 原因 (write-off)
    handled_by = TextField(default="")  # 经手人
    checked_by = TextField(default="")  # 验收人
    approved_by = TextField(default="")
    approved_at = TimestampField(null=True, default=None)
    issued_by = TextField(default="")  # 发放人 / 库管员
    issued_at = TimestampField(null=True, default=None)
    reject_reason = TextField(default="")
    related = ForeignKeyField("self", null=True, on_delete="RESTRICT")  # a return's requisition
    note = TextField(default="")
    operator = TextField(default="")
    created_at = TimestampField()


class StockDocLine(BaseModel):
    """One line of a stock document."""

    doc = ForeignKeyField(StockDoc, backref="lines", on_delete="CASCADE")
    item = ForeignKeyField(Item, on_delete="RESTRICT", index=True)
    qty_m = IntegerField()  # requested (requisition) or moved quantity
    issued_m = IntegerField(null=True)  # what a requisition actually issued
    unit_price_fen = IntegerField(null=True)  # receipts: the invoice price per unit
    amount_fen = IntegerField(null=True)  # the value that moved when posted
    note = TextField(default="")


class StockMove(BaseModel):
    """One line of the append-only stock ledger; corrections are new moves, never edits."""

    item = ForeignKeyField(Item, backref="moves", on_delete="RESTRICT")
    date = DateField()
    kind = TextField()
    qty_m = IntegerField()  # + in, − out
    value_fen = IntegerField()  # + in, − out, at moving-average cost for issues
    balance_m = IntegerField()  # on hand after this move
    balance_value_fen = IntegerField()
    doc = ForeignKeyField(StockDoc, null=True, on_delete="RESTRICT")
    doc_number = TextField(default="")
    at = TimestampField()
    operator = TextField(default="")

    class Meta:
        indexes = ((("item", "id"), False),)
