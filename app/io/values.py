"""Read one ledger cell as text, money, a date or a quantity; a bad cell raises CellProblem."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from app.money import CENT, AmountError, parse_amount

EARLIEST_DATE = dt.date(1950, 1, 1)
# Excel's day 0 (its serial numbers count from here, keeping Lotus's 1900 leap-year mistake).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_TIME_SUFFIX = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})"),
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})"),
)
_SERIAL = re.compile(r"\d{5}(\.0+)?")
_QUANTITY = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s.]{0,4})")
_AMOUNT_DECORATIONS = ("人民币", "RMB", "rmb", "¥", "元整", "元")


class CellProblem(ValueError):
    """A cell that cannot be read; ``reason`` says why in Chinese."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalise(text: str) -> str:
    """Fold full-width characters (Chinese input methods) and trim."""
    return unicodedata.normalize("NFKC", text).strip()


def is_blank(value: object) -> bool:
    """True for an empty cell or one holding only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO, other text only trimmed.

    Text keeps its characters (a room called 实验室（二） stays so); the parsers and the
    look-ups fold full-width forms themselves.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _shown(value: object) -> str:
    text = cell_text(value)
    return text if len(text) <= 30 else text[:30] + "…"


def _exact_decimal(value: float) -> Decimal:
    """A spreadsheet number as Decimal: float noise (1199.9999999) is taken as the fen it shows."""
    exact = Decimal(repr(value))
    rounded = exact.quantize(CENT)
    return rounded if abs(exact - rounded) < Decimal("0.000001") else exact


def parse_money(value: object, scale: int = 1) -> Decimal:
    """An amount in yuan from a cell: 1200, "¥1,200.00", "1200元", "1.2万"; ``scale`` 10000 for 万元."""
    if isinstance(value, bool):
        raise CellProblem(f"金额“{_shown(value)}”不是数字")
    if isinstance(value, int | float | Decimal):
        if isinstance(value, float) and value != value:  # NaN
            raise CellProblem("金额不是数字")
        amount = _exact_decimal(value) if isinstance(value, float) else Decimal(value)
    else:
        amount = _money_text(normalise(str(value)), value)
    amount *= scale
    if amount < 0:
        raise CellProblem(f"金额为负数（{_shown(value)}）")
    try:
        return parse_amount(amount)
    except AmountError as exc:
        raise CellProblem(f"金额“{_shown(value)}”有误：{exc.args[0]}") from exc


def _money_text(text: str, raw: object) -> Decimal:
    text = text.replace(" ", "")
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accountants' negative
        negative, text = True, text[1:-1]
    if text.startswith("-"):
        negative, text = True, text[1:]
    for decoration in _AMOUNT_DECORATIONS:
        text = text.removeprefix(decoration).removesuffix(decoration)
    if text.startswith("-"):  # ¥-100
        negative, text = True, text[1:]
    multiplier = 1
    if text.endswith("万"):
        multiplier, text = 10_000, text[:-1]
    if not re.fullmatch(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", text):
        raise CellProblem(f"无法识别的金额“{_shown(raw)}”")
    try:
        amount = Decimal(text.replace(",", "")) * multiplier
    except InvalidOperation:
        raise CellProblem(f"无法识别的金额“{_shown(raw)}”") from None
    return -amount if negative else amount


def parse_date(value: object, today: dt.date | None) -> dt.date:
    """A date from a cell: an Excel date or serial, or text such as 2019.9.1, 2019年9月, 2019.9.

    A month without a day means its first day. Dates before 1950 are refused, and dates after
    ``today`` unless it is None (a warranty may well end in the future).
    """
    date = _date_of(value)
    if today is not None and date > today:
        raise CellProblem(f"日期 {date.isoformat()} 晚于今天")
    if date < EARLIEST_DATE:
        raise CellProblem(f"日期 {date.isoformat()} 早于 1950 年")
    return date


def _date_of(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise CellProblem(f"无法识别的日期“{_shown(value)}”")
    if isinstance(value, float) and not value.is_integer():
        return _year_dot_month(value)
    if isinstance(value, int | float):
        return _date_of(str(int(value)))
    text = _TIME_SUFFIX.sub("", normalise(str(value))).replace(" ", "")
    if _SERIAL.fullmatch(text):
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    if re.fullmatch(r"\d{4}年?", text):
        raise CellProblem(f"日期“{text}”只有年份，请至少写到月（如 {text[:4]}.9）")
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            parts = match.groupdict()
            return _make_date(int(parts["y"]), int(parts["m"]), int(parts.get("d") or 1), text)
    raise CellProblem(f"无法识别的日期“{_shown(value)}”")


def _year_dot_month(value: float) -> dt.date:
    """A number such as 2019.09 typed into a cell: year and month."""
    text = repr(value)
    year, _, month = text.partition(".")
    if len(year) != 4:
        raise CellProblem(f"无法识别的日期“{text}”")
    if month == "1":
        # Excel drops the trailing zero: 2019.10 and 2019.1 are the same number.
        raise CellProblem(
            f"日期“{text}”不明确（是 1 月还是 10 月？），请写成 {year}-01 或 {year}-10"
        )
    return _make_date(int(year), int(month), 1, text)


def _make_date(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellProblem(f"日期“{shown}”不存在") from None


def parse_quantity(value: object) -> tuple[Decimal, str]:
    """A quantity and the unit written after it ("3台" → 3, "台"); exact, never float."""
    if isinstance(value, bool):
        raise CellProblem(f"无法识别的数量“{_shown(value)}”")
    if isinstance(value, int):
        return Decimal(value), ""
    if isinstance(value, float | Decimal):
        return (_exact_decimal(value) if isinstance(value, float) else value), ""
    text = normalise(str(value))
    match = _QUANTITY.fullmatch(text)
    if match is None:
        if text.startswith("-"):
            raise CellProblem(f"数量不能为负数（{_shown(value)}）")
        raise CellProblem(f"无法识别的数量“{_shown(value)}”")
    return Decimal(match["n"]), match["unit"]
