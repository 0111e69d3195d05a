"""The asset card (资产卡片) as label/value pairs and its history, for display and printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import AssetEvent, DisposalDoc, HandoverDoc
from app.money import format_fen
from app.services.assets import get_asset
from app.services.depreciation import Depreciation, depreciation
from app.services.disposal import DOC_TYPE as DISPOSAL_DOC
from app.services.reference import display_name, room_label
from app.services.settings import load_settings

REGISTERED = "登记"  # the history kind written when an asset enters the register
HANDOVER_DOC = "交接单"  # the doc_type handover.py writes on its history lines


@dataclass(frozen=True)
class HistoryLine:
    """One line of an asset's history as shown."""

    at: dt.datetime  # when the line was recorded
    kind: str
    summary: str
    doc_number: str
    operator: str
    date: dt.date  # when it happened: the document's date, else the day it was recorded


@dataclass(frozen=True)
class AssetCard:
    """What the detail pane shows and the printed card carries about one asset."""

    asset_id: int
    number: str
    name: str
    status: str
    fields: list[tuple[str, str]]  # the detail pane's order
    history: list[HistoryLine]
    as_of: dt.date  # the date of the depreciation figures
    depreciation: Depreciation
    printed_fields: list[tuple[str, str]]  # the paper card's order (DOMAIN_RULES.md)
    note: str


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def asset_card(asset_id: int, as_of: dt.date | None = None) -> AssetCard:
    """Every field of an asset in the order of the paper card, plus its history.

    Accumulated depreciation and net value are as of ``as_of`` (today when not given).
    """
    a = get_asset(asset_id)
    as_of = as_of or dt.date.today()
    category = a.category
    life = category.useful_life_years
    dep = depreciation(
        a.original_value_fen,
        a.purchase_date,
        life,
        category.depreciates,
        as_of,
        load_settings().depreciation_start,
    )
    life_text = f"{life} 年" if life and category.depreciates else "不计提折旧"
    v = {
        "number": a.number,
        "old_number": a.old_number,
        "name": a.name,
        "category": display_name("category", category),
        "spec": a.spec,
        "brand": a.brand,
        "unit": a.unit.name if a.unit_id else "",
        "value": format_fen(a.original_value_fen),
        "accumulated": format_fen(dep.accumulated_fen),
        "net": format_fen(dep.net_fen),
        "bought": _date(a.purchase_date),
        "booked": _date(a.booked_date),
        "funding": a.funding_source.name if a.funding_source_id else "",
        "supplier": a.supplier.name if a.supplier_id else "",
        "invoice": a.invoice_no,
        "serial": a.serial_no,
        "warranty": _date(a.warranty_end),
        "location": room_label(a.room) if a.room_id else "",
        "custodian": a.custodian.name if a.custodian_id else "",
        "department": a.department.name if a.department_id else "",
    }
    fields = [
        ("资产编号", v["number"]),
        ("原资产编号", v["old_number"]),
        ("资产名称", v["name"]),
        ("资产分类", v["category"]),
        ("规格型号", v["spec"]),
        ("品牌", v["brand"]),
        ("计量单位", v["unit"]),
        ("原值（元）", v["value"]),
        ("取得方式", a.acquisition),
        ("购置日期", v["bought"]),
        ("入账日期", v["booked"]),
        ("折旧年限", life_text),
        (f"累计折旧（截至 {as_of.isoformat()}）", v["accumulated"]),
        ("净值（元）", v["net"]),
        ("经费来源", v["funding"]),
        ("供应商", v["supplier"]),
        ("发票号", v["invoice"]),
        ("序列号", v["serial"]),
        ("保修截止", v["warranty"]),
        ("状态", a.status),
        ("存放地点", v["location"]),
        ("保管人", v["custodian"]),
        ("使用部门", v["department"]),
        ("备注", a.note),
    ]
    # The line above the grid carries 资产编号, so the grid does not repeat it.
    printed = [
        ("资产分类", v["category"]),
        ("资产名称", v["name"]),
        ("规格型号", v["spec"]),
        ("品牌", v["brand"]),
        ("计量单位", v["unit"]),
        ("数量", str(a.quantity)),
        ("取得方式", a.acquisition),
        ("取得日期", v["bought"]),
        ("入账日期", v["booked"]),
        ("经费来源", v["funding"]),
        ("原值（元）", v["value"]),
        ("折旧年限", life_text),
        ("累计折旧（元）", v["accumulated"]),
        ("净值（元）", v["net"]),
        ("存放地点", v["location"]),
        ("使用部门", v["department"]),
        ("保管人", v["custodian"]),
        ("状态", a.status),
        ("序列号", v["serial"]),
        ("发票号", v["invoice"]),
        ("供应商", v["supplier"]),
        ("保修截止", v["warranty"]),
        ("原资产编号", v["old_number"]),
        ("折旧计至", f"{as_of.year} 年 {as_of.month} 月"),
    ]
    history = asset_history(asset_id, a.booked_date)
    return AssetCard(a.id, a.number, a.name, a.status, fields, history, as_of, dep, printed, a.note)


def asset_history(asset_id: int, booked: dt.date | None = None) -> list[HistoryLine]:
    """An asset's history in the order things happened, each line dated by its document.

    A handover is dated by its slip; a disposal filing by the request and the decision by the
    day it was decided; the registration by the day the asset was booked (入账日期). The time
    of recording stays in ``at``: a slip dated last week and typed in today reads last week.
    """
    events = list(AssetEvent.select().where(AssetEvent.asset == asset_id).order_by(AssetEvent.id))
    handovers = _numbers(events, HANDOVER_DOC)
    slips = dict(
        HandoverDoc.select(HandoverDoc.number, HandoverDoc.date)
        .where(HandoverDoc.number.in_(handovers))
        .tuples()
    )
    requests = {
        number: (filed, decided)
        for number, filed, decided in DisposalDoc.select(
            DisposalDoc.number, DisposalDoc.date, DisposalDoc.decided_on
        )
        .where(DisposalDoc.number.in_(_numbers(events, DISPOSAL_DOC)))
        .tuples()
    }
    seen: set[str] = set()
    lines = []
    for e in events:
        date = e.at.date()
        if e.kind == REGISTERED and booked is not None:
            date = booked
        elif e.doc_type == HANDOVER_DOC and e.doc_number in slips:
            date = slips[e.doc_number]
        elif e.doc_type == DISPOSAL_DOC and e.doc_number in requests:
            filed, decided = requests[e.doc_number]
            # An asset is on a request once: its first line there is the filing, the next
            # one the approval or rejection.
            date = decided if e.doc_number in seen and decided else filed
            seen.add(e.doc_number)
        lines.append(HistoryLine(e.at, e.kind, e.summary, e.doc_number, e.operator, date))
    order = sorted(range(len(lines)), key=lambda index: (lines[index].date, index))
    return [lines[index] for index in order]


def _numbers(events: list[AssetEvent], doc_type: str) -> list[str]:
    return sorted({e.doc_number for e in events if e.doc_type == doc_type and e.doc_number})
