"""Stock quantities: exact Decimals typed by people, integers in thousandths in the database."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol

from app.models.stock import QTY_SCALE
from app.money import AmountError, parse_amount, to_fen
from app.services.errors import ValidationError

# Far above any stock room; it catches pasted garbage (a barcode typed into the quantity).
MAX_QUANTITY = Decimal(10) ** 9
# One line's value stays far inside SQLite's 64-bit integers even when summed over years.
MAX_LINE_FEN = 10**13
_THOUSANDTH = Decimal("0.001")
# Digits (optionally grouped by commas in threes), an optional fraction; ".5" is 0.5.
_NUMBER_RE = re.compile(r"([-+]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?")


class UnitLike(Protocol):
    """What quantity parsing needs to know about a unit of measure."""

    name: str
    allows_fraction: bool


def parse_quantity(
    text: str | int | Decimal, unit: UnitLike, *, allow_zero: bool = False, label: str = "数量"
) -> Decimal:
    """Read a quantity in ``unit``: at most three decimals, a fraction only if the unit allows it."""
    if isinstance(text, float):
        raise TypeError("数量不能使用浮点数（float），请传入字符串、整数或 Decimal")
    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise TypeError(f"数量类型不受支持：{type(text).__name__}")
    shown = str(text).strip()
    value = _read_text(text, unit, label) if isinstance(text, str) else Decimal(text)
    if not value.is_finite():
        raise ValidationError(f"{label}必须是有限的数字。", "quantity")
    if value < 0:
        raise ValidationError(f"{label}不能是负数（输入的是 {shown}）。", "quantity")
    if value == 0 and not allow_zero:
        raise ValidationError(f"{label}必须大于零。", "quantity")
    if value > MAX_QUANTITY:
        raise ValidationError(f"{label}过大（输入的是 {shown}），请检查。", "quantity")
    try:
        exact = value == value.quantize(_THOUSANDTH)
    except InvalidOperation:
        exact = False
    if not exact:
        raise ValidationError(f"{label}最多只能有三位小数（输入的是 {shown}）。", "quantity")
    if value != value.to_integral_value() and not unit.allows_fraction:
        raise ValidationError(
            f"单位“{unit.name}”只能是整数，{label}不能有小数（输入的是 {shown}）。", "quantity"
        )
    return value.quantize(_THOUSANDTH) + Decimal(0)


def _read_text(text: str, unit: UnitLike, label: str) -> Decimal:
    # NFKC folds full-width digits typed with a Chinese input method; "12包" is read as 12.
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if unit.name and cleaned.endswith(unit.name):
        cleaned = cleaned[: -len(unit.name)].strip()
    if not cleaned:
        raise ValidationError(f"请填写{label}。", "quantity")
    match = _NUMBER_RE.fullmatch(cleaned)
    if match is None or not (match.group(2) or match.group(3)):
        raise ValidationError(f"{label}“{text.strip()}”不是有效数字。", "quantity")
    sign, whole, fraction = match.groups()
    value = Decimal((whole.replace(",", "") or "0") + ("." + fraction if fraction else ""))
    return -value if sign == "-" else value


def to_qty_m(quantity: Decimal) -> int:
    """A parsed quantity in thousandths of a unit, as stored."""
    if not isinstance(quantity, Decimal):
        raise TypeError(f"to_qty_m 需要 Decimal，得到 {type(quantity).__name__}")
    scaled = quantity * QTY_SCALE
    if scaled != scaled.to_integral_value():
        raise ValueError(f"quantity {quantity} has more than three decimals")
    return int(scaled)


def from_qty_m(qty_m: int) -> Decimal:
    """A stored quantity back as an exact Decimal."""
    return (Decimal(qty_m) / QTY_SCALE).quantize(_THOUSANDTH)


def format_qty(qty_m: int) -> str:
    """A stored quantity as people write it: 12, 2.5, 0.125 (no trailing zeros)."""
    value = Decimal(qty_m).scaleb(-3).normalize()
    return f"{value:f}" if value != 0 else "0"


def parse_price(text: str | int | Decimal, label: str = "单价") -> int:
    """A unit price typed in yuan, as integer fen; it must be more than zero."""
    try:
        value = parse_amount(text)
    except AmountError as exc:
        raise ValidationError(f"{label}：{exc.args[0]}", "unit_price") from exc
    if value <= 0:
        raise ValidationError(f"{label}必须大于零。", "unit_price")
    return to_fen(value)


def line_amount_fen(qty_m: int, unit_price_fen: int) -> int:
    """Quantity × unit price in fen, rounded half up as accountants do."""
    return mul_div_round(qty_m, unit_price_fen, QTY_SCALE)


def mul_div_round(a: int, b: int, divisor: int) -> int:
    """round(a × b / divisor) half up, in exact integers (non-negative operands)."""
    if a < 0 or b < 0 or divisor <= 0:
        raise ValueError("mul_div_round takes non-negative operands and a positive divisor")
    return (2 * a * b + divisor) // (2 * divisor)


def unit_cost(value_fen: int, qty_m: int) -> Decimal:
    """The average cost per unit in yuan (four places, for display), or zero for no stock."""
    if qty_m == 0:
        return Decimal("0.0000")
    per_unit = Decimal(value_fen) * QTY_SCALE / Decimal(qty_m) / 100
    return per_unit.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def format_unit_cost(value_fen: int, qty_m: int) -> str:
    """Value ÷ quantity in yuan to the fen (half up), for ledgers and lists: "10.01"."""
    cost = unit_cost(abs(value_fen), abs(qty_m))
    return f"{cost.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
