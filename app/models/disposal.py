"""Disposal requests (报废/报损申请) with their approval, and the assets on them."""

from __future__ import annotations

from peewee import BooleanField, DateField, ForeignKeyField, IntegerField, TextField

from app.models.assets import Asset
from app.models.base import BaseModel, TimestampField

DISPOSAL_PENDING = "待审批"
DISPOSAL_APPROVED = "已批准"
DISPOSAL_REJECTED = "已驳回"
DISPOSAL_STATES = (DISPOSAL_PENDING, DISPOSAL_APPROVED, DISPOSAL_REJECTED)
DISPOSAL_METHODS = ("报废", "调出", "出售", "捐赠")


class DisposalDoc(BaseModel):
    """A request to dispose of one or more assets; numbered when it is filed (BF-2026-0001)."""

    number = TextField(unique=True)
    date = DateField(index=True)
    kind = TextField(default="报废")  # 报废 (worn out) or 报损 (lost/damaged)
    reason = TextField()
    condition = TextField(default="")  # 现状
    repair_worthwhile = BooleanField(null=True)  # 有无修复价值; None: not assessed
    assessors = TextField(default="")  # 鉴定人, comma separated (three or more)
    method = TextField(default="报废")  # 处置方式: 报废/调出/出售/捐赠
    state = TextField(default=DISPOSAL_PENDING, index=True)
    requested_by = TextField(default="")
    decided_by = TextField(default="")
    decided_on = DateField(null=True)
    decision_note = TextField(default="")
    operator = TextField(default="")
    created_at = TimestampField()


class DisposalLine(BaseModel):
    """One asset on a disposal request, with its values when filed and what is recovered."""

    doc = ForeignKeyField(DisposalDoc, backref="lines", on_delete="CASCADE")
    asset = ForeignKeyField(Asset, backref="disposal_lines", on_delete="RESTRICT")
    original_value_fen = IntegerField()
    net_value_fen = IntegerField()
    residual_value_fen = IntegerField(default=0)  # 残值 recovered by sale or scrap
    status_before = TextField()  # restored when the request is rejected
