"""The audit log: who did what, when; append-only."""

from __future__ import annotations

from peewee import IntegerField, TextField

from app.models.base import BaseModel, TimestampField


class AuditEntry(BaseModel):
    """One user action."""

    at = TimestampField(index=True)
    actor = TextField(default="")
    action = TextField()
    entity = TextField(default="")
    entity_id = IntegerField(null=True)
    detail = TextField(default="")
