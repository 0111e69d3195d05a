"""Reading ledger files: the format told by content, CSV encodings detected, bad files refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.io.tables import LedgerFileError, column_letter, decode_text, read_table

HEADER = "资产编号,资产名称,单价,购置日期\n"
ROW = "GD-001,台式计算机,¥4999.00,2019.9.1\n"


@pytest.mark.parametrize(
    ("encoding", "bom", "shown"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8（带 BOM）"),
        ("gbk", b"", "GBK/GB18030"),
        ("gb18030", b"", "GBK/GB18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
    ],
)
def test_csv_encodings_are_detected(tmp_path: Path, encoding, bom, shown) -> None:
    """UTF-8 with or without BOM, GBK and GB18030, UTF-16: the user is never asked."""
    text = HEADER + ROW.replace("¥", "￥" if encoding == "gbk" else "¥")
    path = tmp_path / "台账.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table(path)
    assert table.kind == "csv"
    assert shown in table.detail
    assert table.rows[0] == ("资产编号", "资产名称", "单价", "购置日期")
    assert table.rows[1][1] == "台式计算机"


def test_gb18030_only_characters(tmp_path: Path) -> None:
    """A rare character outside GBK (a name such as 㐀) still reads in GB18030."""
    path = tmp_path / "x.csv"
    path.write_bytes(("资产名称,保管人\n电脑,王㐀\n").encode("gb18030"))
    assert read_table(path).rows[1] == ("电脑", "王㐀")


def test_tab_separated_text_and_excel_text_cells(tmp_path: Path) -> None:
    """Tabs are found as the separator; ="00123" (Excel's way to keep zeros) reads as 00123."""
    path = tmp_path / "x.txt"
    path.write_text('资产编号\t资产名称\n="00123"\t电脑\n', encoding="utf-8")
    table = read_table(path)
    assert "制表符" in table.detail
    assert table.rows[1] == ("00123", "电脑")


def test_csv_row_numbers_follow_the_file(tmp_path: Path) -> None:
    """A cell with a line break inside quotes: later rows keep the file's line numbers."""
    path = tmp_path / "x.csv"
    path.write_text('名称,备注\n电脑,"两行\n备注"\n打印机,\n', encoding="utf-8")
    table = read_table(path)
    assert table.lines == [1, 2, 4]
    assert table.rows[2] == ("打印机",)  # trailing empty cells dropped


def test_workbook_with_merged_title(tmp_path: Path) -> None:
    """The active sheet is read with typed cells; a merged title keeps its text in column A."""
    book = Workbook()
    sheet = book.active
    sheet.title = "明细账"
    sheet.append(["XX学校固定资产明细账"])
    sheet.merge_cells("A1:D1")
    sheet.append(["资产编号", "资产名称", "单价", "购置日期"])
    sheet.append(["GD-001", "电脑", 4999.5, None])
    path = tmp_path / "ledger.dat"  # the content decides, not the name
    book.save(path)
    table = read_table(path)
    assert table.kind == "xlsx"
    assert "明细账" in table.detail
    assert table.rows[0] == ("XX学校固定资产明细账",)
    assert table.rows[2] == ("GD-001", "电脑", 4999.5)
    assert table.lines == [1, 2, 3]


def test_empty_first_sheet_falls_back_to_one_with_data(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "说明"
    data = book.create_sheet("台账")
    data.append(["资产名称"])
    data.append(["电脑"])
    path = tmp_path / "x.xlsx"
    book.save(path)
    table = read_table(path)
    assert "台账" in table.detail
    assert table.rows[1] == ("电脑",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "文件是空的"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "旧版 Excel（.xls/.et）"),
        (b"PK\x03\x04not really a zip", "已损坏或不是 Excel 工作簿"),
        (b"\x00\x01\x02binary\x00", "不是文本表格"),
        ("名称\n电脑".encode("gbk") + b"\x81\x20\n", "无法识别文件的文字编码"),
    ],
)
def test_unreadable_files_are_refused_in_chinese(tmp_path: Path, content, message) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(LedgerFileError) as caught:
        read_table(path)
    assert message in caught.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LedgerFileError, match="找不到文件"):
        read_table(tmp_path / "nope.csv")


def test_decode_prefers_utf8_then_gb18030() -> None:
    assert decode_text("资产".encode()) == ("资产", "UTF-8")
    assert decode_text("资产".encode("gbk")) == ("资产", "GBK/GB18030")


@pytest.mark.parametrize(("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_column_letters(index, letter) -> None:
    assert column_letter(index) == letter
