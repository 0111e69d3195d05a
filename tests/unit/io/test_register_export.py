"""The register workbook: a real header, money and dates as typed cells, text kept as text."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.io.register_export import Column, ExportFileError, save_file, write_workbook

COLUMNS = (
    Column("资产编号", "text"),
    Column("数量", "int"),
    Column("原值（元）", "money"),
    Column("购置日期", "date"),
    Column("备注", "text"),
)


def test_cells_are_typed() -> None:
    data = write_workbook(
        COLUMNS,
        [
            ("00123", 1, Decimal("4999.00"), dt.date(2019, 9, 1), "=SUM(A1:A2)"),
            ("GD-2", 1, Decimal("0.10"), None, ""),
        ],
        "资产台账",
        total=2,
    )
    sheet = load_workbook(io.BytesIO(data))["资产台账"]
    assert [c.value for c in sheet[1]] == ["资产编号", "数量", "原值（元）", "购置日期", "备注"]
    assert sheet[1][0].font.b
    number, quantity, value, bought, note = sheet[2]
    assert number.value == "00123" and number.data_type == "s"  # leading zeros stay
    assert quantity.value == 1
    assert value.data_type == "n" and value.value == pytest.approx(4999.0)
    assert value.number_format == "#,##0.00"
    assert bought.value == dt.datetime(2019, 9, 1)
    assert bought.number_format == "yyyy-mm-dd"
    assert note.value == "=SUM(A1:A2)" and note.data_type == "s"  # text, not a formula
    assert sheet[3][3].value is None
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E3"


def test_money_must_be_decimal() -> None:
    with pytest.raises(TypeError):
        write_workbook(COLUMNS, [("x", 1, 4999.0, dt.date(2019, 1, 1), "")], "s")


def test_save_file_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"old")
    save_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["台账.xlsx"]


def test_save_file_into_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportFileError, match="所在的文件夹不存在"):
        save_file(tmp_path / "nope" / "台账.xlsx", b"x")
