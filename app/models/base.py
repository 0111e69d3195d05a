"""The one peewee base model and the field types shared by every domain."""

from __future__ import annotations

import datetime as dt

from peewee import DateTimeField, Model

from app.db import database


def now() -> dt.datetime:
    """Local wall-clock time to the second: what an office reads on a slip or in a history."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """Every table lives in the one deferred database."""

    class Meta:
        database = database
        legacy_table_names = False


class TimestampField(DateTimeField):
    """A local timestamp stored as ISO text (seconds)."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("default", now)
        super().__init__(**kwargs)
