"""Settings kept in the database (school name, number patterns, thresholds) and number series."""

from __future__ import annotations

from peewee import CompositeKey, IntegerField, TextField

from app.models.base import BaseModel


class Setting(BaseModel):
    """One setting as text; app.services.settings declares every key with its default and type."""

    key = TextField(primary_key=True)
    value = TextField()


class NumberSeries(BaseModel):
    """The last number used in a series for a year (gapless document numbers, asset serials)."""

    series = TextField()
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("series", "year")
