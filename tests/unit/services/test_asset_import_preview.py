"""What the dry run tells a new user: guessed categories, places as resolved, rows to check."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.models import Asset, Building, Category, Room
from app.services import reference
from app.services.asset_import import build_preview, open_ledger, preview_import
from app.services.asset_import_apply import import_assets
from app.services.asset_import_report import report_lines
from app.services.asset_import_resolve import CategoryChoice
from app.services.reference import room_label
from tests.fixtures.ledger_messy import write_messy_gbk_csv

_NO_CATEGORY = "资产编号,资产名称,计量单位,数量,单价,购置日期,存放地点"
_WITH_PLACE = "资产编号,资产名称,分类,单价,购置日期,存放地点"


def _csv(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "台账.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _code(row) -> str:
    return Category.get_by_id(row.category_id).code if row.category_id else ""


# --- a ledger without a category column ----------------------------------------------------
def test_no_category_column_is_no_refusal_the_name_tells_the_category(tmp_path, school) -> None:
    path = _csv(
        tmp_path,
        _NO_CATEGORY,
        "GD-1,笔记本电脑,台,1,5200,2021-9-1,",
        "GD-2,电脑桌,张,1,1200,2021-9-1,",
        "GD-3,立式钢琴,台,1,18000,2021-9-1,",
        "GD-4,激光打印机,台,1,1500,2021-9-1,",
        "GD-5,交互式智能平板（班班通）,台,1,15600,2021-9-1,",
        "GD-6,学生课桌椅,套,40,380,2021-9-1,",
        "GD-7,空调,台,1,3999,2021-9-1,",
        "GD-8,不明物件,个,1,1000,2021-9-1,",
    )
    preview = preview_import(path)
    assert preview.file_problems == []
    rows = preview.rows
    assert [_code(row) for row in rows] == [
        "A02010000",  # 信息化设备
        "A05010000",  # 家具: a desk for a computer is a desk
        "A02450000",  # 文艺设备 (instruments)
        "A02020000",  # 办公设备
        "A02010000",
        "A05010000",
        "A02060000",  # 电气设备
        "",
    ]
    assert rows[0].warnings == ["按名称推断：A02010000 信息化设备"]
    assert rows[0].ok and rows[0].needs_check
    # neither read nor guessed: that row's problem, not the file's
    assert [str(p) for p in rows[7].all_problems] == [
        "第 9 行：没有资产分类，也无法按名称推断：请在台账中填写，或在“调整列对应”中选择默认分类"
    ]
    assert len(preview.good_rows) == 7
    assert "需核对 7 处：" in report_lines(preview)


def test_a_default_category_catches_what_cannot_be_guessed(tmp_path, school) -> None:
    path = _csv(
        tmp_path,
        _NO_CATEGORY,
        "GD-1,笔记本电脑,台,1,5200,2021-9-1,",
        "GD-2,不明物件,个,1,1000,2021-9-1,",
    )
    other = Category.get(Category.code == "A05020000")  # 用具
    ledger = open_ledger(path)
    preview = build_preview(ledger, categories=CategoryChoice(default_id=other.id))
    assert [_code(row) for row in preview.rows] == ["A02010000", "A05020000"]
    assert preview.rows[1].notes[0] == "按默认分类：A05020000 用具"
    assert preview.is_clean
    # without the guess every row takes the default: the clerk sorts them later
    everything = build_preview(ledger, categories=CategoryChoice(False, other.id))
    assert [_code(row) for row in everything.rows] == ["A05020000", "A05020000"]
    result = import_assets(everything, actor="测试员")
    assert result.assets == 2
    assert {a.category_id for a in Asset.select()} == {other.id}


def test_a_category_in_the_file_is_never_overridden_by_the_guess(tmp_path, school) -> None:
    path = _csv(tmp_path, _WITH_PLACE, "GD-1,笔记本电脑,A02020000,5200,2021-9-1,")
    row = preview_import(path).rows[0]
    assert (_code(row), row.warnings) == ("A02020000", [])


# --- places --------------------------------------------------------------------------------
@pytest.fixture
def campus(school) -> dict[str, int]:
    """The demo school's 行政楼 (X) and 科技楼 (K) with the rooms of the walk-through."""
    admin = reference.save_record("building", {"name": "行政楼", "code": "X"})
    science = reference.save_record("building", {"name": "科学楼", "code": "K"})
    rooms = {
        "X-101": reference.save_record(
            "room", {"building": admin, "number": "101", "name": "校长室"}
        ),
        "X-105": reference.save_record(
            "room", {"building": admin, "number": "105", "name": "文印室"}
        ),
        "K-201": reference.save_record(
            "room", {"building": science, "number": "201", "name": "化学实验室（一）"}
        ),
    }
    return rooms


def _place(tmp_path: Path, *places: str):
    rows = [f"GD-{n},电脑,A02010000,4999,2020-1-1,{place}" for n, place in enumerate(places)]
    return preview_import(_csv(tmp_path, _WITH_PLACE, *rows))


def test_a_room_whose_name_differs_is_not_matched_silently(tmp_path, campus) -> None:
    preview = _place(tmp_path, "行政楼-105 校长室", "行政楼-105 文印室", "X-105", "科学楼201")
    renamed, same, bare, science = preview.rows
    assert renamed.ok and renamed.needs_check
    assert renamed.warnings == [
        "台账写的是“行政楼-105 校长室”，但 X-105 是文印室（校长室是 X-101）："
        "将存放于 X-105 文印室，请核对"
    ]
    assert renamed.place == "X-105 文印室"
    assert (same.warnings, same.place) == ([], "X-105 文印室")
    assert (bare.warnings, bare.place) == ([], "X-105 文印室")
    # building and number agree and the ledger names no room: matched, and shown where
    assert (science.warnings, science.place) == ([], "K-201 化学实验室（一）")
    assert "需核对 1 处：" in report_lines(preview)


def test_a_new_room_is_shown_as_new_and_two_names_for_it_are_flagged(tmp_path, campus) -> None:
    preview = _place(tmp_path, "B7-404 物理实验室", "B7-404 化学实验室")
    first, second = preview.rows
    assert (first.place, first.warnings) == ("B7-404 物理实验室（新建）", [])
    assert second.place == "B7-404 物理实验室（新建）"
    assert second.warnings == [
        "台账写的是“B7-404 化学实验室”，但 B7-404 是物理实验室：将存放于 B7-404 物理实验室，请核对"
    ]


def test_places_outside_buildings_are_plain_places_on_the_campus(tmp_path, campus) -> None:
    preview = _place(tmp_path, "操场", "门卫室", "操场")
    assert preview.new_records == {"room": ["操场", "门卫室"]}
    assert "将新建：存放地点 2 处（操场、门卫室）" in report_lines(preview)
    assert [row.place for row in preview.rows] == ["操场（新建）", "门卫室（新建）", "操场（新建）"]
    result = import_assets(preview)
    assert result.created == {"room": 2}
    assert Building.get(Building.name == "校园").code == ""
    assert sorted(room_label(a.room) for a in Asset.select()) == [
        "校园-操场",
        "校园-操场",
        "校园-门卫室",
    ]
    # the next ledger finds the same places
    again = _place(tmp_path, "操场")
    assert again.new_records == {}
    assert again.rows[0].place == "校园-操场"
    assert Room.select().where(Room.number == "操场").count() == 1


# --- the walk-through's ledger ---------------------------------------------------------------
def test_the_messy_ledger_preview_shows_what_a_new_user_needs(tmp_path, campus) -> None:
    ledger = write_messy_gbk_csv(tmp_path / "XX中学固定资产登记表.csv")
    preview = preview_import(ledger.path)
    rows = {row.row.line: row for row in preview.rows}
    first, second = sorted(line for line, why in ledger.bad_lines.items() if why == "重复")
    assert [p.reason for p in rows[first].all_problems] == [
        f"资产编号 GD-2016-0010 与第 {second} 行重复，两行都不会导入，请改正其中一行"
    ]
    assert [p.reason for p in rows[second].all_problems] == [
        f"资产编号 GD-2016-0010 与第 {first} 行重复，两行都不会导入，请改正其中一行"
    ]
    negative = next(line for line, why in ledger.bad_lines.items() if why == "负数")
    future = next(line for line, why in ledger.bad_lines.items() if why == "晚于今天")
    # the cells as the file writes them, not what parsing made of them
    assert rows[negative].row.raw["unit_price"] == "-1150.00"
    assert rows[future].row.raw["purchase_date"] == "2099年1月1日"
    below = preview.below_threshold_rows
    assert sum(row.count for row in below) == preview.below_threshold == 30
    assert all(row.unit_value < Decimal("1000") for row in below)
    assert {row.row.values["name"] for row in below} == {"学生课桌椅"}
    places = {row.row.values["location"]: row.place for row in preview.rows}
    assert places["行政楼-105 校长室"] == "X-105 文印室"
    assert places["操场"] == "操场（新建）"
    checked = {row.row.line for row in preview.check_rows}
    assert checked == {
        row.row.line
        for row in preview.good_rows
        if row.row.values["location"] == "行政楼-105 校长室"
    }
