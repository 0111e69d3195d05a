"""The asset card (资产卡片) as label/value pairs and its history, for display and printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import AssetEvent
from app.money import format_fen
from app.services.assets import get_asset
from app.services.reference import display_name, room_label


@dataclass(frozen=True)
class HistoryLine:
    """One line of an asset's history as shown."""

    at: dt.datetime
    kind: str
    summary: str
    doc_number: str
    operator: str


@dataclass(frozen=True)
class AssetCard:
    """What the detail pane shows about one asset."""

    asset_id: int
    number: str
    name: str
    status: str
    fields: list[tuple[str, str]]
    history: list[HistoryLine]


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def asset_card(asset_id: int) -> AssetCard:
    """Every field of an asset in the order of the paper card, plus its history."""
    a = get_asset(asset_id)
    life = a.category.useful_life_years
    fields = [
        ("资产编号", a.number),
        ("原资产编号", a.old_number),
        ("资产名称", a.name),
        ("资产分类", display_name("category", a.category)),
        ("规格型号", a.spec),
        ("品牌", a.brand),
        ("计量单位", a.unit.name if a.unit_id else ""),
        ("原值（元）", format_fen(a.original_value_fen)),
        ("购置日期", _date(a.purchase_date)),
        ("入账日期", _date(a.booked_date)),
        ("折旧年限", f"{life} 年" if life and a.category.depreciates else "不计提折旧"),
        ("经费来源", a.funding_source.name if a.funding_source_id else ""),
        ("供应商", a.supplier.name if a.supplier_id else ""),
        ("发票号", a.invoice_no),
        ("序列号", a.serial_no),
        ("保修截止", _date(a.warranty_end)),
        ("状态", a.status),
        ("存放地点", room_label(a.room) if a.room_id else ""),
        ("保管人", a.custodian.name if a.custodian_id else ""),
        ("使用部门", a.department.name if a.department_id else ""),
        ("备注", a.note),
    ]
    events = AssetEvent.select().where(AssetEvent.asset == asset_id).order_by(AssetEvent.id)
    history = [HistoryLine(e.at, e.kind, e.summary, e.doc_number, e.operator) for e in events]
    return AssetCard(a.id, a.number, a.name, a.status, fields, history)
