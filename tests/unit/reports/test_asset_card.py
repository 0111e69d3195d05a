"""The printed asset card: every field the rules ask for, the history, one or two to a page."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Unit
from app.reports.asset_card import CardHistoryRow, CardSheet, render_asset_cards
from app.services import assets, handover, reference
from app.services.asset_card import asset_card
from app.services.card_print import (
    MAX_CARDS,
    asset_card_pdf,
    asset_cards_pdf,
    asset_ids_for_numbers,
    list_card_numbers,
)
from app.services.errors import NotFoundError, ValidationError
from tests.factories import asset_input

# DOMAIN_RULES.md: what an asset card carries.
CARD_LABELS = [
    "资产分类",
    "资产编号",
    "资产名称",
    "规格型号",
    "计量单位",
    "取得方式",
    "取得日期",
    "入账日期",
    "原值（元）",
    "折旧年限",
    "累计折旧（元）",
    "净值（元）",
    "存放地点",
    "使用部门",
    "保管人",
    "序列号",
    "状态",
]


@pytest.fixture
def computer(school) -> int:
    """A computer in the physics lab kept by 王芳, handed over once."""
    from app.models import Person, Room

    lab = Room.get(Room.number == "303").id
    alice = Person.get(Person.name == "王芳")
    (asset_id,) = assets.register_assets(
        asset_input(
            original_value="7200.00",
            purchase_date=dt.date(2024, 9, 1),
            serial_no="SN-PC-0042",
            room_id=lab,
            custodian_id=alice.id,
            department_id=alice.department_id,
            unit_id=Unit.get(Unit.name == "台").id,
        )
    )
    carol = Person.get(Person.name == "张敏").id
    handover.post_handover(
        handover.HandoverInput(
            kind="调拨", date=dt.date(2025, 3, 1), asset_ids=[asset_id], to_person_id=carol
        ),
        actor="测试员",
    )
    return asset_id


def test_the_card_carries_every_field_and_the_history(computer, page_texts, pdf_fonts):
    number = assets.get_asset(computer).number
    pdf = asset_cards_pdf([computer], as_of=dt.date(2025, 9, 30))
    (text,) = page_texts(pdf)
    for label in CARD_LABELS:
        assert label in text, label
    for value in (
        number,
        "台式计算机",
        "A02010000 信息化设备",
        "联想启天M437",
        "购置",
        "2024-09-01",
        "7,200.00",
        "6 年",
        "1,200.00",  # 12 of 72 months by 2025-09
        "6,000.00",
        "B2-303 物理实验室",
        "张敏",
        "SN-PC-0042",
        "在用",
        "北京市第一实验中学",
    ):
        assert value in text, value
    assert "资产履历（共 2 条）" in text
    assert "登记" in text and "调拨" in text and "JJ-2025-0001" in text
    assert "建卡人" in text
    assert all(embedded for _, embedded in pdf_fonts(pdf))


def test_the_service_card_has_depreciation_as_of_the_date(computer):
    card = asset_card(computer, dt.date(2025, 9, 30))
    assert (card.depreciation.months, card.depreciation.accumulated_fen) == (12, 120000)
    printed = dict(card.printed_fields)
    assert printed["累计折旧（元）"] == "1,200.00"
    assert printed["净值（元）"] == "6,000.00"
    shown = dict(card.fields)
    assert shown["累计折旧（截至 2025-09-30）"] == "1,200.00"


def test_one_per_page_and_two_per_page(computer, page_texts):
    (second,) = assets.register_assets(asset_input(name="投影仪"))
    one = page_texts(asset_cards_pdf([computer, second], per_page=1))
    assert len(one) == 2
    assert "台式计算机" in one[0] and "投影仪" in one[1]
    (two,) = page_texts(asset_cards_pdf([computer, second], per_page=2))
    assert two.count("资产编号：") == 2


def _history(count: int) -> list[CardHistoryRow]:
    return [
        CardHistoryRow(
            "2025-01-01", "交接", f"调拨第 {n} 次：物理组 → 化学组", f"JJ-2025-{n:04d}", "张敏"
        )
        for n in range(1, count + 1)
    ]


def _sheet(history_count: int) -> CardSheet:
    return CardSheet(
        "北京市第一实验中学",
        "2024-XX-00001",
        "台式计算机",
        [("资产编号", "2024-XX-00001"), ("资产名称", "台式计算机")],
        _history(history_count),
    )


def test_a_long_history_runs_onto_pages_that_name_the_card(page_texts):
    texts = page_texts(render_asset_cards([_sheet(80)], per_page=1))
    assert len(texts) >= 2
    assert "固定资产卡片（续）" in texts[1] and "2024-XX-00001" in texts[1]
    whole = "\n".join(texts)
    assert all(f"JJ-2025-{n:04d}" in whole for n in range(1, 81))


def test_two_per_page_keeps_the_latest_history_that_fits(page_texts):
    (text,) = page_texts(render_asset_cards([_sheet(80), _sheet(2)], per_page=2))
    assert "JJ-2025-0080" in text and "JJ-2025-0001" in text  # the second card's rows
    assert "JJ-2025-0040" not in text
    assert "资产履历（共 80 条）" in text and "仅列最近" in text


def test_bad_requests_are_refused(computer):
    with pytest.raises(ValidationError, match="请先选择"):
        asset_cards_pdf([])
    with pytest.raises(ValidationError, match="一张或两张"):
        asset_cards_pdf([computer], per_page=3)
    with pytest.raises(ValidationError, match=f"最多打印 {MAX_CARDS}"):
        asset_cards_pdf([computer] * (MAX_CARDS + 1))
    with pytest.raises(NotFoundError, match="找不到资产编号：NO-1、NO-2"):
        asset_ids_for_numbers(["NO-1", assets.get_asset(computer).number, "NO-2"])


def test_the_card_is_a_document_kind(computer, page_texts):
    number = assets.get_asset(computer).number
    assert list_card_numbers() == [number]
    assert number in page_texts(asset_card_pdf(number))[0]
    assert asset_ids_for_numbers([f" {number} ", number]) == [computer]


def test_a_category_that_never_depreciates_says_so(school, page_texts):
    from app.models import Category

    books = Category.get(Category.code == "A04010000").id
    (book,) = assets.register_assets(asset_input(name="古籍", category_id=books))
    (text,) = page_texts(asset_cards_pdf([book]))
    assert "不计提折旧" in text
    assert reference.display_name("category", Category.get_by_id(books)) in text


def test_each_card_numbers_its_own_pages(page_texts):
    """A card that runs over says 第 1 页 / 共 2 页 of itself, not of the whole batch."""
    texts = page_texts(render_asset_cards([_sheet(80), _sheet(2)], per_page=1))
    long_card = len(texts) - 1
    assert long_card >= 2
    for page, text in enumerate(texts[:long_card], start=1):
        assert f"第 {page} 页 / 共 {long_card} 页" in text and "卡片 1 / 共 2 张" in text
    assert "第 1 页 / 共 1 页" in texts[-1] and "卡片 2 / 共 2 张" in texts[-1]
    assert not any(f"共 {len(texts)} 页" in text for text in texts)


def test_a_single_card_has_no_batch_count(page_texts):
    (text,) = page_texts(render_asset_cards([_sheet(2)], per_page=1))
    assert "第 1 页 / 共 1 页" in text
    assert "卡片" not in text.replace("固定资产卡片", "")


def test_two_per_page_sheets_name_the_cards_on_them(page_texts):
    texts = page_texts(render_asset_cards([_sheet(80), _sheet(2), _sheet(5)], per_page=2))
    assert len(texts) == 2
    assert "卡片 1–2 / 共 3 张" in texts[0]
    assert "卡片 3 / 共 3 张" in texts[1]
    assert not any(" 页 / 共 " in text for text in texts)


def test_the_asset_number_is_printed_once_per_card(computer, page_texts):
    number = assets.get_asset(computer).number
    (one,) = page_texts(asset_cards_pdf([computer], per_page=1))
    assert one.count(number) == 1
    (two,) = page_texts(asset_cards_pdf([computer], per_page=2))
    assert two.count(number) == 1
    assert "资产编号" not in dict(asset_card(computer).printed_fields)


@pytest.mark.parametrize("compact", [False, True])
def test_field_labels_never_wrap_and_keep_clear_of_their_rules(computer, compact):
    from app.reports.card_tables import LABEL_PADDING, field_grid
    from app.reports.fonts import register_cjk_font
    from app.reports.text_fit import text_width
    from app.services.card_print import card_sheet

    sheet = card_sheet(computer)
    size = 8.5 if compact else 9.5
    grid = field_grid(sheet, 500, size, compact)
    grid.wrap(500, 1000)
    label_width = grid._colWidths[0]
    assert grid._colWidths[2] == label_width
    font = register_cjk_font()
    for label, _ in sheet.fields:
        # Half an em of air on each side beyond the cell padding.
        assert text_width(label, font, size) + 2 * LABEL_PADDING + size <= label_width + 0.01
