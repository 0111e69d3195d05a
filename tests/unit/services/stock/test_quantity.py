"""Quantities typed by people: exact, at most three decimals, fractions only where the unit allows."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from app.services.errors import ValidationError
from app.services.stock_quantity import (
    format_qty,
    from_qty_m,
    line_amount_fen,
    mul_div_round,
    parse_price,
    parse_quantity,
    to_qty_m,
    unit_cost,
)

BAG = SimpleNamespace(name="包", allows_fraction=False)
KILO = SimpleNamespace(name="千克", allows_fraction=True)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("12", BAG, "12"),
        (" 12包 ", BAG, "12"),
        ("１２", BAG, "12"),  # full-width digits from a Chinese input method
        ("1,000", BAG, "1000"),
        ("2.5", KILO, "2.5"),
        ("0.125", KILO, "0.125"),
        (".5", KILO, "0.5"),
        ("3.000", BAG, "3"),  # trailing zeros make no fraction
        (7, BAG, "7"),
        (Decimal("1.25"), KILO, "1.25"),
    ],
)
def test_good_quantities(text, unit, expected):
    assert parse_quantity(text, unit) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "unit", "message"),
    [
        ("", BAG, "请填写数量"),
        ("abc", BAG, "不是有效数字"),
        ("1.2.3", KILO, "不是有效数字"),
        ("0", BAG, "必须大于零"),
        ("-3", BAG, "不能是负数"),
        ("2.5", BAG, "只能是整数"),
        ("1.0001", KILO, "最多只能有三位小数"),
        ("10000000000", BAG, "过大"),
    ],
)
def test_bad_quantities_say_why(text, unit, message):
    with pytest.raises(ValidationError, match=message):
        parse_quantity(text, unit)


def test_zero_allowed_where_asked_and_label_used():
    assert parse_quantity("0", BAG, allow_zero=True) == 0
    with pytest.raises(ValidationError, match="最低库存不能是负数"):
        parse_quantity("-1", BAG, allow_zero=True, label="最低库存")


def test_float_is_refused():
    with pytest.raises(TypeError):
        parse_quantity(1.5, KILO)  # type: ignore[arg-type]


def test_thousandths_round_trip_and_display():
    assert to_qty_m(Decimal("2.125")) == 2125
    assert from_qty_m(2125) == Decimal("2.125")
    assert [format_qty(m) for m in (12000, 2500, 125, 0, 1_000_000_000)] == [
        "12",
        "2.5",
        "0.125",
        "0",
        "1000000",
    ]


def test_prices_are_positive_fen():
    assert parse_price("25.50") == 2550
    for bad, message in (("0", "大于零"), ("-1", "负数"), ("1.234", "两位小数"), ("x", "有效")):
        with pytest.raises(ValidationError, match=message):
            parse_price(bad)


def test_amounts_round_half_up():
    # 2.5 kg at 3.33 = 8.325 yuan → 8.33
    assert line_amount_fen(2500, 333) == 833
    assert line_amount_fen(1000, 2550) == 2550
    assert mul_div_round(1, 1, 2) == 1  # 0.5 rounds up
    assert mul_div_round(1, 1, 3) == 0
    assert unit_cost(76500, 30000) == Decimal("25.5000")
    assert unit_cost(100, 0) == 0
