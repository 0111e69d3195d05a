"""Money: integer fen in the database, Decimal yuan in Python, never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
# A limit far above any school's budget; it catches pasted garbage such as account numbers.
MAX_YUAN = Decimal(10) ** 12

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
# Plain digits, or digits grouped by commas in threes; an optional fraction of any length
# so that "1.234" is reported as "too many decimals" rather than "not a number".
_NUMBER_RE = re.compile(r"(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")


class AmountError(ValueError):
    """An amount the user typed or a caller passed is not a valid sum of money."""


def parse_amount(text: str | int | Decimal) -> Decimal:
    """Parse a user-entered amount in yuan into a Decimal with exactly two places."""
    if isinstance(text, float):
        raise TypeError("金额不能使用浮点数（float），请传入字符串、整数或 Decimal")
    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise TypeError(f"金额类型不受支持：{type(text).__name__}")
    if isinstance(text, str):
        value = _parse_text(text)
    else:
        value = Decimal(text)
        if not value.is_finite():
            raise AmountError("金额必须是有限的数字")
        if value < 0:
            raise AmountError("金额不能为负数")
        _check_places(value, str(text))
    # Adding zero turns a negative zero ("-0") into a plain zero.
    return value.quantize(CENT) + Decimal(0)


def _parse_text(text: str) -> Decimal:
    """Strip currency decorations and read the number; raise AmountError if malformed."""
    # NFKC folds full-width digits, commas and ￥ typed with a Chinese input method.
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise AmountError("金额不能为空")
    cleaned = cleaned.removeprefix("人民币").removeprefix("¥").removesuffix("元").strip()
    match = _NUMBER_RE.fullmatch(cleaned)
    if match is None:
        raise AmountError(f"金额“{text.strip()}”不是有效数字")
    sign, whole, fraction = match.groups()
    value = Decimal(whole.replace(",", "") + ("." + fraction if fraction else ""))
    if sign and value != 0:
        raise AmountError("金额不能为负数")
    _check_places(value, text.strip())
    return value


def _check_places(value: Decimal, shown: str) -> None:
    """Refuse absurdly large values and values that are not a whole number of fen."""
    if abs(value) > MAX_YUAN:
        raise AmountError("金额过大（不能超过一万亿元），请检查输入")
    # Trailing zeros ("1.230") are fine: only the value has to be a whole number of fen.
    try:
        exact = value == value.quantize(CENT)
    except InvalidOperation:  # more digits than the decimal context can hold
        exact = False
    if not exact:
        raise AmountError(f"金额“{shown}”最多只能有两位小数")


def round_yuan(value: Decimal) -> Decimal:
    """Round a computed amount (e.g. price × quantity) to fen, half up as accountants do."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(value: Decimal) -> int:
    """Convert Decimal yuan to integer fen; the value must already be a whole number of fen."""
    if not isinstance(value, Decimal):
        raise TypeError(f"to_fen 需要 Decimal，得到 {type(value).__name__}")
    if not value.is_finite():
        raise AmountError("金额必须是有限的数字")
    _check_places(value, str(value))
    return int(value * 100)


def from_fen(fen: int) -> Decimal:
    """Convert integer fen from the database to Decimal yuan with two places."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"from_fen 需要 int，得到 {type(fen).__name__}")
    return (Decimal(fen) / 100).quantize(CENT)


def format_yuan(value: Decimal) -> str:
    """Format Decimal yuan with thousands separators and two places: "1,234.50"."""
    if not isinstance(value, Decimal):
        raise TypeError(f"format_yuan 需要 Decimal，得到 {type(value).__name__}")
    if not value.is_finite():
        raise AmountError("金额必须是有限的数字")
    _check_places(value, str(value))
    return f"{value.quantize(CENT) + Decimal(0):,.2f}"


def format_fen(fen: int) -> str:
    """Format integer fen as yuan with thousands separators: 123450 → "1,234.50"."""
    return format_yuan(from_fen(fen))


def amount_in_capitals(value: Decimal) -> str:
    """Write an amount in 人民币大写 following the central bank's rules for payment documents."""
    if not isinstance(value, Decimal):
        raise TypeError(f"amount_in_capitals 需要 Decimal，得到 {type(value).__name__}")
    if not value.is_finite():
        raise AmountError("金额必须是有限的数字")
    if value < 0:
        raise AmountError("金额不能为负数，大写金额只能写非负数")
    _check_places(value, str(value))
    fen_total = int(value * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)

    if yuan == 0 and rest == 0:
        return "零元整"
    text = _integer_capitals(yuan) + "元" if yuan else ""
    if rest == 0:
        return text + "整"
    if jiao:
        # 1680.32 → …捌拾元零叁角: a zero units digit is marked before the 角.
        if yuan and yuan % 10 == 0:
            text += "零"
        text += _DIGITS[jiao] + "角"
    if fen:
        # 16409.02 → …玖元零贰分: a missing 角 is marked before the 分.
        if jiao == 0 and yuan:
            text += "零"
        text += _DIGITS[fen] + "分"
    # 整 is optional after 角 and forbidden after 分; the worked examples omit it after 角.
    return text


def _integer_capitals(n: int) -> str:
    """Capitals for a positive whole number of yuan, with 亿/万 sections and collapsed 零."""
    for base, unit in ((10**8, "亿"), (10**4, "万")):
        if n >= base:
            high, low = divmod(n, base)
            text = _integer_capitals(high) + unit
            if low:
                # A lower section that does not fill its top digit starts with one 零:
                # 100010000 → 壹亿零壹万, 1000001 → 壹佰万零壹.
                if low < base // 10:
                    text += "零"
                text += _integer_capitals(low)
            return text
    return _section_capitals(n)


def _section_capitals(n: int) -> str:
    """Capitals for 1..9999: inner zeros become one 零, trailing zeros vanish (1005 → 壹仟零伍)."""
    digits = [int(d) for d in str(n)]
    parts: list[str] = []
    pending_zero = False
    for position, digit in enumerate(digits):
        unit = _SMALL_UNITS[len(digits) - 1 - position]
        if digit == 0:
            pending_zero = True
            continue
        if pending_zero:
            parts.append("零")
            pending_zero = False
        parts.append(_DIGITS[digit] + unit)
    return "".join(parts)
