"""Line breaking in table cells: between Chinese characters and at spaces, never inside numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reports.cjk_wrap import SOFT, WEAK, break_lines, opportunity
from app.reports.layout import Column, FormSpec, render_form
from app.reports.styles import cjk_style, para
from app.reports.text_fit import text_width


def _lines(text: str, width: float, size: float = 9) -> list[str]:
    """The lines a cell paragraph of ``width`` points shows."""
    paragraph = para(text, cjk_style(size))
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:  # reportlab's own layout of a one-style paragraph
        return ["".join(words) for _space, words in lines]
    return ["".join(word.text for word in line.words) for line in lines]


def _cut_inside_a_run(text: str, lines: list[str]) -> bool:
    """Whether a line ends between two Latin letters or digits of ``text`` (no space between)."""
    position = 0
    for line in lines[:-1]:
        while text[position] == " ":
            position += 1
        assert text.startswith(line, position), (line, text[position:])
        position += len(line)
        before, after = text[position - 1], text[position]
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            return True
    return False


@pytest.mark.parametrize("width", range(40, 130, 3))
def test_dimensions_and_models_are_never_cut_inside_a_number(width):
    text = "会议桌 2000×900×750mm 实木贴皮，联想启天M437 i5-12500/16G/512G"
    lines = _lines(text, width)
    assert not _cut_inside_a_run(text, lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_the_reported_case_keeps_2000x900_whole():
    lines = _lines("办公桌 2000×900×750mm", 70)
    assert not any(line.endswith("90") for line in lines)
    assert any("2000×" in line for line in lines) and any("900×750mm" in line for line in lines)


def test_chinese_text_still_breaks_between_any_two_characters():
    lines = _lines("南溪智慧校园信息技术有限公司南溪智慧校园信息技术有限公司", 60)
    assert len(lines) > 3
    font = cjk_style(9).fontName
    assert all(text_width(line, font, 9) <= 60.5 for line in lines)


def test_a_run_wider_than_the_cell_is_cut_rather_than_overflowing():
    lines = _lines("SN4QUGVQQR994QUGVQQR994QUGVQQR99", 50)
    font = cjk_style(9).fontName
    assert len(lines) > 1
    assert all(text_width(line, font, 9) <= 50.5 for line in lines)


def test_closing_punctuation_never_starts_a_line_and_opening_never_ends_one():
    for width in range(30, 90, 2):
        lines = _lines("存放于（物理实验室），已检修。B-206 高二（6）班，¥12,852.00", width)
        assert not any(line[0] in "，。）" for line in lines[1:]), lines
        assert not any(line[-1] in "（¥" for line in lines[:-1]), lines


def test_break_opportunities():
    assert opportunity("桌", "2") == SOFT
    assert opportunity(" ", "2") == SOFT
    assert opportunity("×", "9") == SOFT
    assert opportunity("0", "0") == 0
    assert opportunity("m", "m") == 0
    assert opportunity("-", "2") == WEAK  # only when nothing better is on the line
    assert opportunity("班", "，") == 0
    assert opportunity("（", "6") == 0


def test_a_hyphenated_code_too_long_for_its_cell_breaks_at_a_hyphen():
    chars = list("JJ-2026-0004")
    spans = break_lines(chars, [5.0] * len(chars), [45.0])
    assert ["".join(chars[a:b]) for a, b in spans] == ["JJ-2026-", "0004"]


def test_newlines_are_kept():
    assert _lines("第一行\n\n第三行 hello world", 200) == ["第一行", "", "第三行 hello world"]


def test_a_form_cell_prints_the_size_whole(page_texts):
    spec = FormSpec(
        school_name="北京市第一实验中学",
        title="资产交接单",
        number="JJ-2026-0001",
        date=dt.date(2026, 3, 5),
        columns=[Column("名称", 30), Column("规格型号", 16), Column("备注", 60)],
        rows=[["会议桌", "2000×900×750mm 实木", "—"]],
    )
    (text,) = page_texts(render_form(spec))
    assert "2000×" in text and "750mm" in text
    assert "90\n0" not in text
