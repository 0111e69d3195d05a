"""物资明细账 — one item's stock ledger for a period, printed: opening, every move, closing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from app.money import format_yuan
from app.reports.layout import Column, FormSpec, Signature, render_form

TITLE = "物资明细账"
LEDGER_NOTE = (
    "退库以负数冲减发出，红字冲销以负数冲减收入；发出按移动加权平均成本计价；金额单位：元。"
)
COLUMNS = [
    Column("日期", 20, "center"),
    Column("单据号", 27, "left"),
    Column("摘要", 52, "left"),
    Column("收入数量", 17, "right"),
    Column("收入金额", 22, "right"),
    Column("发出数量", 17, "right"),
    Column("发出金额", 22, "right"),
    Column("结存数量", 17, "right"),
    Column("结存金额", 24, "right"),
]


@dataclass(frozen=True)
class LedgerEntry:
    """One move, signed (+ in, − out); ``incoming`` chooses its column."""

    date: datetime.date
    doc_number: str
    summary: str
    quantity: Decimal
    value: Decimal
    balance: Decimal
    balance_value: Decimal
    incoming: bool = True  # 收入 (a reversal shows there as a negative); False: 发出


@dataclass
class ItemLedger:
    """An item's moves over a period with the balances either side."""

    school_name: str
    code: str
    name: str
    spec: str
    unit: str
    category: str
    shelf: str
    reorder_level: Decimal
    start: datetime.date
    end: datetime.date
    opening: Decimal
    opening_value: Decimal
    entries: list[LedgerEntry] = field(default_factory=list)
    printed_on: datetime.date | None = None
    keeper: str = ""


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():,f}"


def _short(day: datetime.date) -> str:
    return day.isoformat()


def ledger_form_spec(ledger: ItemLedger) -> FormSpec:
    """Translate an item's ledger into the shared form layout (landscape)."""
    rows = [
        [
            _short(ledger.start),
            "",
            "期初结存",
            "",
            "",
            "",
            "",
            _quantity(ledger.opening),
            format_yuan(ledger.opening_value),
        ]
    ]
    received = received_value = issued = issued_value = Decimal("0")
    balance, balance_value = ledger.opening, ledger.opening_value
    for entry in ledger.entries:
        if entry.incoming:
            received += entry.quantity
            received_value += entry.value
            cells = [_quantity(entry.quantity), format_yuan(entry.value), "", ""]
        else:
            issued -= entry.quantity
            issued_value -= entry.value
            cells = ["", "", _quantity(-entry.quantity), format_yuan(-entry.value)]
        balance, balance_value = entry.balance, entry.balance_value
        rows.append(
            [
                _short(entry.date),
                entry.doc_number,
                entry.summary,
                *cells,
                _quantity(entry.balance),
                format_yuan(entry.balance_value),
            ]
        )
    total_row = [
        "本期合计",
        "",
        f"共 {len(ledger.entries)} 笔",
        _quantity(received),
        format_yuan(received_value),
        _quantity(issued),
        format_yuan(issued_value),
        _quantity(balance),
        format_yuan(balance_value),
    ]
    printed = ledger.printed_on or ledger.end
    return FormSpec(
        school_name=ledger.school_name,
        title=TITLE,
        number=ledger.code,
        date=printed,
        meta=[
            ("物资编码", ledger.code),
            ("物资名称", ledger.name),
            ("规格型号", ledger.spec),
            ("计量单位", ledger.unit),
            ("物资类别", ledger.category),
            ("存放货架", ledger.shelf),
            ("最低库存", f"{_quantity(ledger.reorder_level)} {ledger.unit}"),
            ("账页期间", f"{ledger.start.isoformat()} 至 {ledger.end.isoformat()}"),
        ],
        meta_columns=4,
        columns=COLUMNS,
        rows=rows,
        total_row=total_row,
        signatures=[Signature("库管员", ledger.keeper), Signature("审核人")],
        notes=LEDGER_NOTE,
        landscape=True,
    )


def render_item_ledger(ledger: ItemLedger) -> bytes:
    """Render the 物资明细账 of one item as PDF bytes."""
    return render_form(ledger_form_spec(ledger))
