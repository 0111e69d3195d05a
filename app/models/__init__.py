"""peewee models, one module per domain; ALL_MODELS lists them in creation order."""

from __future__ import annotations

from app.models.assets import (
    ASSET_STATUSES,
    HANDOVER_KINDS,
    INACTIVE_STATUSES,
    Asset,
    AssetEvent,
    HandoverDoc,
    HandoverLine,
)
from app.models.audit import AuditEntry
from app.models.reference import (
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
from app.models.settings import NumberSeries, Setting

ALL_MODELS = [
    Setting,
    NumberSeries,
    Department,
    Person,
    Building,
    RoomType,
    Room,
    Unit,
    Category,
    Supplier,
    FundingSource,
    Asset,
    HandoverDoc,
    HandoverLine,
    AssetEvent,
    AuditEntry,
]

__all__ = [
    "ALL_MODELS",
    "ASSET_STATUSES",
    "HANDOVER_KINDS",
    "INACTIVE_STATUSES",
    "Asset",
    "AssetEvent",
    "AuditEntry",
    "Building",
    "Category",
    "Department",
    "FundingSource",
    "HandoverDoc",
    "HandoverLine",
    "NumberSeries",
    "Person",
    "Room",
    "RoomType",
    "Setting",
    "Supplier",
    "Unit",
]
