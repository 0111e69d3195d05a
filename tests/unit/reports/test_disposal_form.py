"""Tests for the 报废申请表: render it and read the printed text back."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

import pytest

from app.money import amount_in_capitals, format_yuan
from app.reports.disposal_boxes import NOT_NEEDED
from app.reports.disposal_form import (
    FOOTNOTE,
    DisposalForm,
    DisposalFormLine,
    render_disposal_form,
)
from app.reports.fonts import CJK_FONT

PageTexts = Callable[[bytes], list[str]]
COLUMN_TITLES = [
    "序号",
    "资产编号",
    "名称",
    "规格型号",
    "购置日期",
    "原值（元）",
    "累计折旧（元）",
    "净值（元）",
    "存放地点",
]


def squash(text: str) -> str:
    """Drop all whitespace, so text wrapped inside a cell or spaced out still matches."""
    return "".join(text.split())


def make_form(count: int, **changes: object) -> DisposalForm:
    """A pending request for `count` old computers of slightly different values."""
    lines = [
        DisposalFormLine(
            asset_number=f"2018-SB-{i:05d}",
            name="台式计算机",
            spec="联想启天M415",
            purchase_date=datetime.date(2018, 3, 1),
            original_value=Decimal("4200.00") + Decimal(i) / 100,
            accumulated=Decimal("4000.00"),
            net_value=Decimal("200.00") + Decimal(i) / 100,
            location="B2-303 物理实验室",
        )
        for i in range(1, count + 1)
    ]
    form = DisposalForm(
        school_name="阳光市第一中学",
        number="BF-2026-0003",
        date=datetime.date(2026, 3, 5),
        kind="报废",
        method="报废",
        state="待审批",
        requested_by="李强",
        assessors=["王芳", "张敏", "赵磊"],
        repair_worthwhile=False,
        reason="主板老化损坏，维修费用超过新机价格的一半",
        condition="外壳完好，无法开机",
        lines=lines,
        approval_level=1,
        approval_text="净值合计 ¥600.03，超过 ¥500.00、不超过 ¥10,000.00，须经后勤主任 → 校长审批",
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def test_pending_form_prints_header_meta_and_table(page_texts: PageTexts) -> None:
    form = make_form(3)
    (text,) = page_texts(render_disposal_form(form))
    flat = squash(text)
    for expected in ["阳光市第一中学", "报废申请表", "No.BF-2026-0003", "日期：2026年3月5日"]:
        assert expected in flat
    for expected in [
        "申请类型：报废",
        "处置方式：报废（拟）",
        "申请人：李强",
        "资产数量：3件",
        "有无修复价值：无修复价值",
        "鉴定人：王芳、张敏、赵磊",
    ]:
        assert expected in flat
    assert all(title in flat for title in COLUMN_TITLES)
    assert all(line.asset_number in flat for line in form.lines)
    assert "2018-03-01" in flat
    assert "第 1 页 / 共 1 页" in text


def test_both_totals_in_figures_and_capitals(page_texts: PageTexts) -> None:
    form = make_form(3)
    original, net = form.total("original_value"), form.total("net_value")
    assert (original, net) == (Decimal("12600.06"), Decimal("600.06"))
    flat = squash(page_texts(render_disposal_form(form))[0])
    assert f"合计{format_yuan(original)}12,000.00{format_yuan(net)}" in flat
    assert f"原值合计（小写）：¥12,600.06（大写）：人民币{amount_in_capitals(original)}" in flat
    assert "净值合计（小写）：¥600.06（大写）：人民币陆佰元零陆分" in flat


def test_reason_condition_and_assessment(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_disposal_form(make_form(2)))[0])
    assert "报废原因主板老化损坏，维修费用超过新机价格的一半" in flat
    assert "资产现状外壳完好，无法开机" in flat
    assert "技术鉴定意见鉴定结论：无修复价值。" in flat
    assert "鉴定人（签字）：王芳＿＿＿＿张敏＿＿＿＿赵磊＿＿＿＿" in flat
    assert squash(FOOTNOTE) in flat


def test_boxes_up_to_the_needed_level_have_signature_lines(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_disposal_form(make_form(2)))[0])
    assert "审批权限净值合计¥600.03" in flat
    assert "后勤主任意见签字：" in flat
    assert "校长意见签字：" in flat
    assert f"校务会意见（三重一大）{squash(NOT_NEEDED)}" in flat
    assert flat.count("签字：") == 2


@pytest.mark.parametrize(("level", "signed"), [(0, 1), (2, 3)])
def test_the_approval_level_decides_which_boxes_are_signed(
    page_texts: PageTexts, level: int, signed: int
) -> None:
    flat = squash(page_texts(render_disposal_form(make_form(1, approval_level=level)))[0])
    assert flat.count("签字：") == signed
    assert flat.count(squash(NOT_NEEDED)) == 3 - signed


def test_pending_form_has_no_decision(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_disposal_form(make_form(1)))[0])
    assert "审批结果" not in flat


def test_approved_form_shows_the_decision(page_texts: PageTexts) -> None:
    form = make_form(
        2,
        state="已批准",
        method="出售",
        decided_by="赵校长",
        decided_on=datetime.date(2026, 3, 10),
        decision_note="同意，交回收公司",
        residual_total=Decimal("200.50"),
    )
    flat = squash(page_texts(render_disposal_form(form))[0])
    assert "处置方式：出售" in flat and "（拟）" not in flat
    assert "审批结果已批准审批人：赵校长日期：2026年3月10日" in flat
    assert "处置方式：出售残值合计：¥200.50" in flat
    assert "意见：同意，交回收公司" in flat


def test_rejected_form_shows_the_reason(page_texts: PageTexts) -> None:
    form = make_form(
        1,
        state="已驳回",
        decided_by="赵校长",
        decided_on=datetime.date(2026, 3, 10),
        decision_note="还能修",
    )
    flat = squash(page_texts(render_disposal_form(form))[0])
    assert "审批结果已驳回审批人：赵校长" in flat
    assert "驳回理由：还能修" in flat
    assert "残值合计" not in flat


def test_write_off_has_its_own_title(page_texts: PageTexts) -> None:
    flat = squash(page_texts(render_disposal_form(make_form(1, kind="报损")))[0])
    assert "报损申请表" in flat
    assert "报损原因" in flat


def test_long_request_spans_pages_with_head_rows_and_page_numbers(page_texts: PageTexts) -> None:
    form = make_form(80)
    texts = page_texts(render_disposal_form(form))
    pages = len(texts)
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        assert "资产编号" in text, f"column titles missing on page {number}"
        assert f"第 {number} 页 / 共 {pages} 页" in text
    for text in texts[1:]:
        assert "报废申请表（续）" in squash(text)
    everything = squash("".join(texts))
    assert all(everything.count(line.asset_number) == 1 for line in form.lines)
    last = squash(texts[-1])
    assert "校长意见" in last
    assert "2018-SB-00080" in last


@pytest.mark.parametrize("count", range(1, 16))
def test_approval_boxes_never_open_a_page_without_assets(page_texts: PageTexts, count) -> None:
    texts = page_texts(render_disposal_form(make_form(count, state="已批准", decided_by="赵")))
    last = squash(texts[-1])
    assert "后勤主任意见" in last
    assert "2018-SB-" in last


def test_font_is_embedded(pdf_fonts: Callable) -> None:
    fonts = pdf_fonts(render_disposal_form(make_form(2)))
    assert fonts
    assert all(CJK_FONT in name and embedded for name, embedded in fonts)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"kind": "报丢"}, "申请类型"),
        ({"state": "草稿"}, "审批状态"),
        ({"lines": []}, "至少"),
        ({"approval_level": 3}, "审批级别"),
    ],
)
def test_bad_form_data_is_refused(changes: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        render_disposal_form(make_form(1, **changes))


def test_numbers_names_and_amounts_fit_their_cells_on_one_line(page_texts: PageTexts) -> None:
    """A clerk reads 2018-DQ-00001 and 1,079,881.00 whole, never broken across two lines."""
    from dataclasses import replace

    form = make_form(1)
    form.lines = [
        replace(
            form.lines[0],
            asset_number="2018-DQ-00001",
            name="台式计算机",
            original_value=Decimal("1079881.00"),
            accumulated=Decimal("1000000.00"),
            net_value=Decimal("79881.00"),
        )
    ]
    (text,) = page_texts(render_disposal_form(form))
    lines = text.splitlines()
    for whole in ("2018-DQ-00001", "台式计算机", "1,079,881.00", "1,000,000.00"):
        assert any(whole in line for line in lines), whole
    assert "累计折旧" in text and "（元）" in text
