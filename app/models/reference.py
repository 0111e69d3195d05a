"""Reference data: departments, people, buildings and rooms, categories, units, suppliers."""

from __future__ import annotations

from peewee import BooleanField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel


class Department(BaseModel):
    """A school department (教务处, 语文组, 后勤处 ...)."""

    name = TextField(unique=True)
    code = TextField(default="")
    active = BooleanField(default=True)


class Person(BaseModel):
    """A member of staff: custodian, requester, signer."""

    name = TextField(index=True)
    department = ForeignKeyField(Department, null=True, backref="people", on_delete="RESTRICT")
    phone = TextField(default="")
    note = TextField(default="")
    active = BooleanField(default=True)


class Building(BaseModel):
    """A building on campus; its code prefixes room labels (B12-303)."""

    name = TextField(unique=True)
    code = TextField(default="")
    active = BooleanField(default=True)


class RoomType(BaseModel):
    """教室, 办公室, 实验室 ..."""

    name = TextField(unique=True)


class Room(BaseModel):
    """A room in a building, where assets are kept."""

    building = ForeignKeyField(Building, backref="rooms", on_delete="RESTRICT")
    number = TextField()
    name = TextField(default="")
    room_type = ForeignKeyField(RoomType, null=True, on_delete="RESTRICT")
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("building", "number"), True),)


class Unit(BaseModel):
    """A unit of measure (台, 套, 千克 ...); some allow fractional quantities."""

    name = TextField(unique=True)
    allows_fraction = BooleanField(default=False)
    active = BooleanField(default=True)


class Category(BaseModel):
    """An asset category in GB/T 14885 style, with its default useful life."""

    code = TextField(unique=True)
    name = TextField()
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    short_code = TextField(default="")
    useful_life_years = IntegerField(null=True)
    depreciates = BooleanField(default=True)
    active = BooleanField(default=True)


class Supplier(BaseModel):
    """A supplier of goods and services (shared by the register and the stock room)."""

    name = TextField(unique=True)
    contact = TextField(default="")
    phone = TextField(default="")
    address = TextField(default="")
    active = BooleanField(default=True)


class FundingSource(BaseModel):
    """经费来源: 财政拨款, 自筹资金 ..."""

    name = TextField(unique=True)
