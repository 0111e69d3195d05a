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
from app.models.disposal import DisposalDoc, DisposalLine
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
from app.models.stock import Item, ItemCategory, StockDoc, StockDocLine, StockMove

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
    # schema 2
    DisposalDoc,
    DisposalLine,
    # schema 3
    ItemCategory,
    Item,
    StockDoc,
    StockDocLine,
    StockMove,
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
    "DisposalDoc",
    "DisposalLine",
    "FundingSource",
    "HandoverDoc",
    "HandoverLine",
    "Item",
    "ItemCategory",
    "NumberSeries",
    "Person",
    "Room",
    "RoomType",
    "Setting",
    "StockDoc",
    "StockDocLine",
    "StockMove",
    "Supplier",
    "Unit",
]
