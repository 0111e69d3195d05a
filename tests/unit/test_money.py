"""Tests for app.money: parsing, fen conversion, formatting and 人民币大写."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.money import (
    AmountError,
    amount_in_capitals,
    format_fen,
    format_yuan,
    from_fen,
    parse_amount,
    round_yuan,
    to_fen,
)

# Every worked example in DOMAIN_RULES.md, verbatim.
WORKED_EXAMPLES = [
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1005.50", "壹仟零伍元伍角"),
    ("1005", "壹仟零伍元整"),
    ("10", "壹拾元整"),
    ("120000", "壹拾贰万元整"),
]

EDGE_CASES = [
    ("0", "零元整"),
    ("0.00", "零元整"),
    ("1", "壹元整"),
    ("0.50", "伍角"),
    ("0.05", "伍分"),
    ("0.52", "伍角贰分"),
    ("10.50", "壹拾元零伍角"),
    ("15", "壹拾伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("110000", "壹拾壹万元整"),
    ("100000", "壹拾万元整"),
    ("1000001", "壹佰万零壹元整"),
    ("10001000", "壹仟万壹仟元整"),
    ("10100000", "壹仟零壹拾万元整"),
    ("100000000", "壹亿元整"),
    ("100000001", "壹亿零壹元整"),
    ("100010000", "壹亿零壹万元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("1000000000000", "壹万亿元整"),
    ("1234.50", "壹仟贰佰叁拾肆元伍角"),
    ("999999999.99", "玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("amount", "expected"), WORKED_EXAMPLES)
def test_capitals_reproduce_every_worked_example(amount: str, expected: str) -> None:
    assert amount_in_capitals(Decimal(amount)) == expected


@pytest.mark.parametrize(("amount", "expected"), EDGE_CASES)
def test_capitals_edge_cases(amount: str, expected: str) -> None:
    assert amount_in_capitals(Decimal(amount)) == expected


@pytest.mark.parametrize("amount", ["0.01", "3.21", "1680.32", "6007.14", "1000000.09"])
def test_capitals_never_write_zheng_after_fen(amount: str) -> None:
    assert not amount_in_capitals(Decimal(amount)).endswith("整")


@pytest.mark.parametrize("amount", ["1", "1005", "123456789", "12345678.90", "0.12"])
def test_capitals_use_only_the_official_characters(amount: str) -> None:
    allowed = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
    assert set(amount_in_capitals(Decimal(amount))) <= allowed


def test_capitals_refuse_negative_amounts() -> None:
    with pytest.raises(AmountError, match="负数"):
        amount_in_capitals(Decimal("-1.00"))


def test_capitals_refuse_fractions_of_a_fen() -> None:
    with pytest.raises(AmountError):
        amount_in_capitals(Decimal("1.005"))


def test_capitals_refuse_float() -> None:
    with pytest.raises(TypeError):
        amount_in_capitals(12.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1200", "1200.00"),
        ("1,200.00", "1200.00"),
        ("¥1,200.00", "1200.00"),
        ("￥1,200.00", "1200.00"),
        ("1200元", "1200.00"),
        (" 1200.5 ", "1200.50"),
        ("１，２００．５", "1200.50"),
        ("1,234,567.89", "1234567.89"),
        ("0", "0.00"),
        ("1.230", "1.23"),
        ("1000000000000", "1000000000000.00"),
        (1200, "1200.00"),
        (Decimal("12.3"), "12.30"),
    ],
)
def test_parse_amount_accepts(text: str | int | Decimal, expected: str) -> None:
    result = parse_amount(text)
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "金额“abc”不是有效数字"),
        ("", "金额不能为空"),
        ("   ", "金额不能为空"),
        ("1.234", "最多只能有两位小数"),
        ("-5", "金额不能为负数"),
        ("-0.01", "金额不能为负数"),
        ("NaN", "不是有效数字"),
        ("inf", "不是有效数字"),
        ("1e5", "不是有效数字"),
        ("1,20", "不是有效数字"),
        ("12.5.3", "不是有效数字"),
        ("1000000000000.01", "金额过大"),
        ("99999999999999999999999999999999", "金额过大"),
        (Decimal("NaN"), "有限"),
        (Decimal("Infinity"), "有限"),
        (Decimal("-3"), "金额不能为负数"),
        (Decimal("0.001"), "最多只能有两位小数"),
        (-1, "金额不能为负数"),
    ],
)
def test_parse_amount_rejects(text: str | int | Decimal, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_amount(text)


def test_amount_error_is_a_value_error() -> None:
    assert issubclass(AmountError, ValueError)


@pytest.mark.parametrize("value", [12.5, True])
def test_parse_amount_refuses_float_and_bool(value: object) -> None:
    with pytest.raises(TypeError):
        parse_amount(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("fen", [0, 1, 9, 10, 99, 100, 123450, 100000000000000, -250])
def test_fen_round_trip(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen


@pytest.mark.parametrize("yuan", ["0.00", "0.01", "1234.50", "999999.99"])
def test_decimal_round_trip(yuan: str) -> None:
    assert from_fen(to_fen(Decimal(yuan))) == Decimal(yuan)


def test_from_fen_has_two_places() -> None:
    assert str(from_fen(120000)) == "1200.00"


def test_to_fen_refuses_fractions_of_a_fen() -> None:
    with pytest.raises(AmountError):
        to_fen(Decimal("0.005"))


@pytest.mark.parametrize("value", [1.5, 150])
def test_to_fen_requires_decimal(value: object) -> None:
    with pytest.raises(TypeError):
        to_fen(value)  # type: ignore[arg-type]


def test_from_fen_requires_int() -> None:
    with pytest.raises(TypeError):
        from_fen(Decimal("1.5"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", "0.00"), ("5", "5.00"), ("1234.5", "1,234.50"), ("1234567.89", "1,234,567.89")],
)
def test_format_yuan(value: str, expected: str) -> None:
    assert format_yuan(Decimal(value)) == expected


@pytest.mark.parametrize(
    ("fen", "expected"), [(0, "0.00"), (5, "0.05"), (123450, "1,234.50"), (-123450, "-1,234.50")]
)
def test_format_fen(fen: int, expected: str) -> None:
    assert format_fen(fen) == expected


def test_format_yuan_refuses_fractions_of_a_fen() -> None:
    with pytest.raises(AmountError):
        format_yuan(Decimal("1.005"))


def test_round_yuan_rounds_half_up() -> None:
    assert round_yuan(Decimal("2.345")) == Decimal("2.35")
    assert round_yuan(Decimal("2.344")) == Decimal("2.34")
