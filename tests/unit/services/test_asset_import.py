"""Importing a school's own ledger: the dry run, all-or-nothing, the good rows, and the round trip."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db import open_database
from app.io.headers import IGNORE, guess_mapping
from app.models import (
    Asset,
    AssetEvent,
    AuditEntry,
    Building,
    Category,
    Department,
    NumberSeries,
    Person,
    Room,
    Unit,
)
from app.services import assets, reference
from app.services.asset_export import export_register
from app.services.asset_import import (
    build_preview,
    open_ledger,
    preview_import,
    remember_mapping,
    saved_mapping,
)
from app.services.asset_import_apply import import_assets
from app.services.errors import ValidationError
from app.services.reference import room_label
from app.services.register_query import STATUS_ALL, AssetFilter, fetch_rows
from tests.factories import asset_input
from tests.fixtures.ledgers import write_messy_csv, write_messy_xlsx

MESSY_PROBLEMS = [
    "第 4 行 · B 列（资产编号）：资产编号 GD-2019-001 与第 11 行重复，两行都不会导入，请改正其中一行",
    "第 11 行 · B 列（资产编号）：资产编号 GD-2019-001 与第 4 行重复，两行都不会导入，请改正其中一行",
    "第 11 行 · H 列（单价（元））：无法识别的金额“面议”",
    "第 12 行 · C 列（资产名称）：缺少资产名称",
    "第 12 行 · J 列（购置日期）：日期 2099-01-01 晚于今天",
    "第 13 行 · D 列（分类代码）：未知的资产分类“X99”",
    "第 13 行 · H 列（单价（元））：金额为负数（-50）",
]


@pytest.fixture
def ids(school) -> dict[str, int]:
    """The ids of the school's records (tests/factories.make_school ran in ``school``)."""
    return {
        "lab": Room.get(Room.number == "303").id,
        "store": Room.get(Room.number == "101").id,
        "bob": Person.get(Person.name == "李强").id,
    }


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.select().count()
        for model in (Asset, AssetEvent, AuditEntry, Building, Department, Person, Room)
    } | {"series": sum(s.last for s in NumberSeries.select())}


def _ledger(tmp_path: Path, with_errors: bool = True) -> Path:
    return write_messy_xlsx(tmp_path / "明细账.xlsx", with_errors=with_errors)


# --- the dry run ------------------------------------------------------------------------------
def test_preview_reports_every_problem_and_writes_nothing(tmp_path, ids) -> None:
    before = _counts()
    preview = preview_import(_ledger(tmp_path))
    assert _counts() == before
    assert [str(problem) for problem in preview.problems] == MESSY_PROBLEMS
    assert [row.row.line for row in preview.good_rows] == [5, 6, 8, 9, 10]
    assert [row.row.line for row in preview.error_rows] == [4, 11, 12, 13]
    assert preview.asset_count == 47
    assert preview.total_value == Decimal("41180.50")
    assert preview.below_threshold == 40  # the desks at ¥380
    assert preview.parsed.skipped == [
        (7, "空行"),
        (14, "合计行"),
        (15, "空行"),
        (16, "标题或说明行"),
    ]
    assert preview.new_records == {
        "department": ["教务处", "办公室", "体育组"],
        "person": ["赵敏"],
        "building": ["行政楼"],  # 操场 is on the campus, not in a new building
        "room": ["B2-201", "行政楼-105 校长室", "操场"],
    }
    assert not preview.is_clean
    assert preview.can_import_good_rows


def test_gbk_csv_gives_the_same_preview(tmp_path, ids) -> None:
    """The same ledger saved as a GBK CSV (as Excel does on a Chinese Windows) reads the same."""
    xlsx = preview_import(_ledger(tmp_path))
    csv = preview_import(write_messy_csv(tmp_path / "明细账.csv"))
    assert "GBK" in csv.ledger.source
    assert [(r.row.line - 1, r.count, r.unit_value, r.category) for r in csv.good_rows] == [
        (r.row.line - 2 if r.row.line > 7 else r.row.line - 1, r.count, r.unit_value, r.category)
        for r in xlsx.good_rows
    ]
    assert csv.total_value == xlsx.total_value


def test_rows_resolve_to_categories_rooms_and_people(tmp_path, ids) -> None:
    preview = preview_import(_ledger(tmp_path))
    rows = {row.row.line: row for row in preview.rows}
    desks, projectors, aircon, printer, hoops = (rows[n] for n in (5, 6, 8, 9, 10))
    assert (desks.count, desks.unit_value, desks.number) == (40, Decimal("380.00"), "")
    assert desks.notes == ["按规则自动编号"]
    # quantity 3 with a number: three numbers from the pattern, the ledger's one kept
    assert (projectors.count, projectors.number, projectors.old_number) == (3, "", "GD-2019-003")
    assert projectors.category == "A02010000 信息化设备"  # 2010 code 2010105 → 计算机设备
    assert projectors.refs["room"] == ("room", f"#{ids['lab']}")  # “物理实验室” is room 303
    assert aircon.number == "GD-2020-004"
    assert aircon.category == "A02060000 电气设备"
    assert printer.refs["room"] == ("room", f"#{ids['store']}")  # “B2-101”
    assert printer.row.values["purchase_date"] == dt.date(2020, 6, 1)  # “2020.6”
    assert printer.unit_value == Decimal("1580.50")
    assert hoops.category == "A02460000 体育设备设施"  # a category name
    assert hoops.unit_value == Decimal("6800.00")


# --- all or nothing, or the good rows ---------------------------------------------------------
def test_import_all_is_refused_while_any_row_is_wrong(tmp_path, ids) -> None:
    preview = preview_import(_ledger(tmp_path))
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        import_assets(preview, actor="测试员")
    assert "台账有 4 行存在错误，没有导入任何数据" in caught.value.message
    assert _counts() == before


def test_import_the_good_rows(tmp_path, ids) -> None:
    preview = preview_import(_ledger(tmp_path))
    result = import_assets(preview, skip_errors=True, actor="测试员")
    assert (result.rows, result.assets, result.skipped_rows) == (5, 47, 4)
    assert result.total_value == Decimal("41180.50")
    assert result.created == {"department": 3, "person": 1, "building": 1, "room": 3}
    assert Asset.select().count() == 47
    projectors = list(Asset.select().where(Asset.old_number == "GD-2019-003").order_by(Asset.id))
    assert [a.number for a in projectors] == ["2019-XX-00001", "2019-XX-00002", "2019-XX-00003"]
    assert {a.room_id for a in projectors} == {ids["lab"]}
    assert {a.custodian_id for a in projectors} == {ids["bob"]}
    aircon = Asset.get(Asset.number == "GD-2020-004")
    assert aircon.original_value_fen == 120000
    assert aircon.purchase_date == dt.date(2020, 5, 18)
    assert room_label(aircon.room) == "行政楼-105 校长室"
    assert aircon.room.room_type is None or aircon.room.room_type.name == "办公室"
    assert aircon.custodian.name == "赵敏"
    assert aircon.custodian.department.name == "办公室"
    assert aircon.note == "挂机"
    desk = Asset.get(Asset.name == "学生课桌椅")
    assert room_label(desk.room) == "B2-201"
    assert desk.department.name == "教务处"
    assert desk.unit.name == "套"
    assert desk.funding_source.name == "财政拨款"
    history = [e.summary for e in AssetEvent.select().where(AssetEvent.asset == aircon.id)]
    assert history == ["登记入账：空调，原值 ¥1,200.00", "从台账导入：明细账.xlsx 第 8 行"]
    audit = AuditEntry.select().where(AuditEntry.action == "导入台账").get()
    assert "明细账.xlsx：已导入 5 行，登记资产 47 件" in audit.detail
    assert audit.actor == "测试员"


def test_a_clean_ledger_imports_whole_and_twice_is_caught(tmp_path, ids) -> None:
    path = _ledger(tmp_path, with_errors=False)
    preview = preview_import(path)
    assert preview.is_clean
    result = import_assets(preview)
    assert (result.rows, result.assets) == (6, 48)
    again = preview_import(path)
    reasons = {row.row.line: [p.reason for p in row.all_problems] for row in again.error_rows}
    assert reasons[4] == ["资产编号 GD-2019-001 在台账中已存在"]
    assert reasons[6] == ["资产编号 GD-2019-003 已经导入过（台账中有原资产编号为它的资产）"]
    assert len(again.error_rows) == 5  # only the row without any number cannot be recognised


def test_a_number_taken_since_the_preview_stops_the_import(tmp_path, ids) -> None:
    preview = preview_import(_ledger(tmp_path, with_errors=False))
    assets.register_assets(asset_input(number="GD-2020-005"))
    before = _counts()
    with pytest.raises(ValidationError, match="资产编号 GD-2020-005 在台账中已存在"):
        import_assets(preview)
    assert _counts() == before


def test_cancelling_leaves_the_database_as_it_was(tmp_path, ids) -> None:
    """Raising from progress (the GUI's cancel) rolls back assets, new rooms, people, numbers."""
    preview = preview_import(_ledger(tmp_path, with_errors=False))
    before = _counts()

    class Stop(Exception):
        pass

    seen: list[int] = []

    def progress(done: int, total: int, _text: str) -> None:
        seen.append(done)
        if done == 4:
            raise Stop

    with pytest.raises(Stop):
        import_assets(preview, progress=progress)
    assert seen == [1, 2, 3, 4]
    assert _counts() == before


# --- what a row makes ---------------------------------------------------------------------------
def _csv(
    tmp_path: Path,
    *rows: str,
    header: str = "资产编号,资产名称,分类,计量单位,数量,单价,金额,购置日期,存放地点,使用人,使用部门",
) -> Path:
    path = tmp_path / "小台账.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_measured_quantity_is_one_asset(tmp_path, school) -> None:
    """1200 平方米 of paving is one asset worth its amount, the measure kept in the note."""
    preview = preview_import(
        _csv(tmp_path, "DM-1,操场地面硬化,A01020000,平方米,1200,80,96000,2018-8-1,,,")
    )
    (row,) = preview.rows
    assert (row.ok, row.count, row.unit_value) == (True, 1, Decimal("96000.00"))
    assert row.note == "数量：1200 平方米"
    import_assets(preview)
    assert Asset.get(Asset.number == "DM-1").note == "数量：1200 平方米"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (
            ",电脑,A02010000,台,3,,1000,2019-1-1,,,",
            "金额 1,000.00 不能平均分到 3 件（不是整分），请填写单价",
        ),
        (",电脑,A02010000,台,3,300,1000,2019-1-1,,,", "金额 1,000.00 与单价 300.00 × 数量 3 不符"),
        (",电脑,A02010000,台,2.5,300,,2019-1-1,,,", "数量 2.5 不是整数"),
        (",电脑,A02010000,台,1200,300,,2019-1-1,,,", "数量 1200 超过一行的上限 999，请拆成几行"),
        (",电脑,A02010000,台,1,0,,2019-1-1,,,", "原值必须大于零"),
        (",电脑,A09,台,1,300,,2019-1-1,,,", "未知的资产分类“A09”"),
    ],
)
def test_quantity_and_amount_problems(tmp_path, school, row, reason) -> None:
    preview = preview_import(_csv(tmp_path, row))
    assert [p.reason for p in preview.problems] == [reason]


def test_amount_shared_by_identical_items(tmp_path, school) -> None:
    preview = preview_import(_csv(tmp_path, ",椅子,家具,把,4,,1000,2019-1-1,,,"))
    assert (preview.rows[0].count, preview.rows[0].unit_value) == (4, Decimal("250.00"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A02010104", "A02010000"),  # a 2022 code below the seeded 大类
        ("A0201", "A02010000"),  # shortened
        ("A02990000", "A02000000"),  # an unknown 大类: its 门类
        ("2010104", "A02010000"),  # 2010 edition, mapped
        ("6010000", "A05010000"),
        ("A02010000 信息化设备", "A02010000"),  # code and name in one cell
        ("信息化设备", "A02010000"),  # a 2022 name
        ("计算机设备及软件", "A02010000"),  # a 2010 name
    ],
)
def test_category_codes_of_both_editions_and_names(tmp_path, school, text, code) -> None:
    preview = preview_import(_csv(tmp_path, f",电脑,{text},台,1,4999,,2019-1-1,,,"))
    assert preview.rows[0].category_id == Category.get(Category.code == code).id


@pytest.mark.parametrize(
    ("place", "expected", "new"),
    [
        ("B2-303", "B2-303 物理实验室", False),
        ("b2－303", "B2-303 物理实验室", False),  # case and a full-width dash
        ("科技楼303", "B2-303 物理实验室", False),
        ("物理实验室", "B2-303 物理实验室", False),
        ("B2-404", "B2-404", True),  # a new room in a known building (by its code)
        ("B12-303", "B12-303", True),  # a new building from the prefix
        ("3号楼201室", "3号楼-201", True),
        ("图书馆", "校园-图书馆", True),  # a place outside the known buildings
    ],
)
def test_places(tmp_path, school, place, expected, new) -> None:
    rooms_before = Room.select().count()
    preview = preview_import(_csv(tmp_path, f",电脑,A02010000,台,1,4999,,2019-1-1,{place},,"))
    assert bool(preview.new_records.get("room")) is new
    import_assets(preview)
    assert room_label(Asset.get().room) == expected
    assert Room.select().count() == rooms_before + new


def test_namesakes_are_told_apart_by_department(tmp_path, school) -> None:
    """Two 王芳: the row's department picks the right one; an unknown name becomes a new person."""
    other = reference.save_record(
        "person", {"name": "王芳", "department": Department.get(Department.name == "后勤处").id}
    )
    preview = preview_import(
        _csv(
            tmp_path,
            ",电脑,A02010000,台,1,4999,,2019-1-1,,王芳,后勤处",
            ",电脑,A02010000,台,1,4999,,2019-1-1,,王芳,物理组",
            ",电脑,A02010000,台,1,4999,,2019-1-1,,陈晨,物理组",
        )
    )
    import_assets(preview)
    custodians = [
        (a.custodian.name, a.custodian.department.name) for a in Asset.select().order_by(Asset.id)
    ]
    assert custodians == [("王芳", "后勤处"), ("王芳", "物理组"), ("陈晨", "物理组")]
    assert Asset.select().order_by(Asset.id).first().custodian_id == other


def test_unknown_unit_and_supplier_are_created(tmp_path, school) -> None:
    path = _csv(
        tmp_path,
        ",电脑,A02010000,台套,1,4999,2019-1-1,京东",
        header="编号,名称,分类,单位,数量,单价,购置日期,供应商",
    )
    result = import_assets(preview_import(path))
    assert result.created == {"unit": 1, "supplier": 1}
    asset = Asset.get()
    assert (asset.unit.name, asset.supplier.name) == ("台套", "京东")
    assert Unit.get(Unit.name == "台套").allows_fraction is False


# --- the file as a whole ------------------------------------------------------------------------
def test_file_without_a_header(tmp_path, school) -> None:
    path = tmp_path / "x.csv"
    path.write_text("电脑,4999\n打印机,1200\n", encoding="utf-8")
    preview = preview_import(path)
    assert preview.file_problems == [
        "找不到表头行：前 30 行中没有“资产名称”“单价”“购置日期”这样的列名。"
    ]
    with pytest.raises(ValidationError, match="台账文件有问题"):
        import_assets(preview)


def test_file_missing_a_required_column(tmp_path, school) -> None:
    path = tmp_path / "x.csv"
    path.write_text("资产名称,分类,单价\n电脑,A02010000,4999\n", encoding="utf-8")
    preview = preview_import(path)
    assert preview.file_problems == ["没有“购置日期”列"]
    assert preview.rows == []


def test_the_users_mapping_is_remembered(tmp_path, school) -> None:
    """“编号” meant the old number in this office; the next ledger with that header knows it."""
    path = _csv(
        tmp_path,
        "A-1,电脑,A02010000,台,1,4999,,2019-1-1,,,",
        header="编号,资产名称,分类,单位,数量,单价,金额,购置日期,存放地点,使用人,使用部门",
    )
    ledger = open_ledger(path)
    mapping = dict(ledger.header.mapping)
    assert mapping[0] == "number"
    mapping[0] = "old_number"
    remember_mapping(ledger.header.titles, mapping)
    assert saved_mapping() == {"编号": "old_number"}
    preview = preview_import(path)
    assert preview.mapping[0] == "old_number"
    assert (preview.rows[0].number, preview.rows[0].old_number) == ("", "A-1")
    # choosing the guess again forgets the correction
    mapping[0] = "number"
    remember_mapping(ledger.header.titles, mapping)
    assert saved_mapping() == {}


def test_a_wrong_mapping_is_refused_and_not_remembered(tmp_path, school) -> None:
    ledger = open_ledger(_csv(tmp_path, ",电脑,A02010000,台,1,4999,,2019-1-1,,,"))
    mapping = dict(ledger.header.mapping)
    mapping[0] = "name"  # a second 资产名称 column
    with pytest.raises(ValidationError, match="“资产名称”对应了多列（A 列、B 列）"):
        remember_mapping(ledger.header.titles, mapping)
    assert saved_mapping() == {}


def test_header_row_chosen_by_the_user(tmp_path, school) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "名称,价\n资产名称,单价,购置日期,分类\n电脑,4999,2019-1-1,A02010000\n", encoding="utf-8"
    )
    ledger = open_ledger(path)
    preview = build_preview(ledger, header_row=1)
    assert preview.is_clean
    assert preview.rows[0].row.line == 3


# --- export and the round trip ------------------------------------------------------------------
def _register_of_a_school(ids: dict[str, int]) -> None:
    lab, bob = ids["lab"], ids["bob"]
    dept = Department.get(Department.name == "物理组").id
    assets.register_assets(
        asset_input(
            number="GD-0001",
            old_number="旧-17",
            room_id=lab,
            custodian_id=bob,
            department_id=dept,
            serial_no="SN123",
            invoice_no="No.8841",
            warranty_end=dt.date(2027, 9, 1),
            note="=见附件",  # text that looks like a formula
            supplier_id=reference.save_record("supplier", {"name": "京东"}),
            funding_source_id=1,
        )
    )
    assets.register_assets(asset_input(name="实验凳", original_value="85.50", spec=""), quantity=3)
    lost = assets.register_assets(asset_input(name="投影仪", purchase_date=dt.date(2015, 3, 1)))
    assets.change_status(lost[0], "丢失", "盘点未找到")


def _snapshot() -> list[tuple[object, ...]]:
    return sorted(
        (
            a.number,
            a.old_number,
            a.name,
            a.category.code,
            a.spec,
            a.brand,
            a.unit.name if a.unit else "",
            a.original_value_fen,
            a.purchase_date,
            a.status,
            room_label(a.room),
            a.custodian.name if a.custodian else "",
            a.department.name if a.department else "",
            a.funding_source.name if a.funding_source else "",
            a.supplier.name if a.supplier else "",
            a.invoice_no,
            a.serial_no,
            a.warranty_end,
            a.note,
        )
        for a in Asset.select()
    )


def test_export_has_typed_cells(ids) -> None:
    _register_of_a_school(ids)
    data, count = export_register(AssetFilter(status=STATUS_ALL))
    assert count == 5
    sheet = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["资产编号", "原资产编号", "资产名称", "资产分类"]
    numbers = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert numbers == sorted(numbers)  # in number order, as the register lists them
    row = sheet[2 + numbers.index("GD-0001")]
    first = {title: cell for title, cell in zip(header, row, strict=True)}
    assert first["原值（元）"].value == 4999
    assert first["原值（元）"].data_type == "n"
    assert first["原值（元）"].number_format == "#,##0.00"
    assert first["购置日期"].value == dt.datetime(2024, 9, 1)
    assert first["购置日期"].is_date
    assert first["数量"].value == 1


def test_export_has_depreciation_as_of_the_filter_date(ids) -> None:
    """累计折旧 and 净值 are the register tab's figures for the filter's date, titled with it."""
    _register_of_a_school(ids)
    as_of = dt.date(2026, 11, 26)
    flt = AssetFilter(status=STATUS_ALL, as_of=as_of)
    data, _count = export_register(flt)
    sheet = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in sheet[1]]
    accumulated_title = "累计折旧（元，截至 2026-11-26）"
    net_title = "净值（元，截至 2026-11-26）"
    assert header[8:11] == ["原值（元）", accumulated_title, net_title]
    shown = {r.number: (r.accumulated, r.net_value) for r in fetch_rows(flt, limit=100)}
    exported = {}
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(header, row, strict=True))
        assert cells[accumulated_title].number_format == "#,##0.00"
        assert cells[net_title].data_type == "n"
        exported[cells["资产编号"].value] = (
            Decimal(str(cells[accumulated_title].value or 0)).quantize(Decimal("0.01")),
            Decimal(str(cells[net_title].value or 0)).quantize(Decimal("0.01")),
        )
    assert exported == shown
    # The computer bought 2024-09 has depreciated by 2026-11, and not at all a year earlier.
    computer = shown["GD-0001"]
    assert Decimal("0") < computer[0] < Decimal("4999") and sum(computer) == Decimal("4999.00")
    earlier, _count = export_register(replace(flt, as_of=dt.date(2024, 8, 31)))
    early = load_workbook(io.BytesIO(earlier)).active
    assert early.cell(1, 10).value == "累计折旧（元，截至 2024-08-31）"
    row = next(r for r in early.iter_rows(min_row=2) if r[0].value == "GD-0001")
    assert (row[9].value or 0, row[10].value) == (0, 4999)


def test_depreciation_columns_are_not_read_back(ids) -> None:
    """The import skips 累计折旧/净值: neither is mistaken for 原值 or 单价."""
    _register_of_a_school(ids)
    data, _count = export_register(AssetFilter(status=STATUS_ALL, as_of=dt.date(2026, 11, 26)))
    titles = [c.value for c in load_workbook(io.BytesIO(data)).active[1]]
    mapping = guess_mapping(titles)
    assert mapping[titles.index("原值（元）")] == "unit_price"
    assert mapping[titles.index("累计折旧（元，截至 2026-11-26）")] == IGNORE
    assert mapping[titles.index("净值（元，截至 2026-11-26）")] == IGNORE
    assert list(mapping.values()).count("unit_price") == 1
    assert "amount" not in mapping.values()


def test_export_follows_the_filter(ids) -> None:
    _register_of_a_school(ids)
    _data, count = export_register(AssetFilter())  # the register view hides the lost projector
    assert count == 4
    _data, count = export_register(AssetFilter(text="实验凳"))
    assert count == 3


def test_export_then_import_gives_the_same_register(tmp_path, ids) -> None:
    _register_of_a_school(ids)
    original = _snapshot()
    data, _count = export_register(AssetFilter(status=STATUS_ALL))
    exported = tmp_path / "台账.xlsx"
    exported.write_bytes(data)
    open_database(tmp_path / "fresh.sqlite3")
    assert Room.select().count() == 0  # a school starting from its ledger
    preview = preview_import(exported)
    assert preview.is_clean, [str(p) for p in preview.problems]
    import_assets(preview)
    assert _snapshot() == original
    # the building keeps its name as well as its code (the 楼栋 column)
    assert Building.get(Building.code == "B2").name == "科技楼"


def test_export_can_be_stopped(ids) -> None:
    """The GUI's cancel raises from progress: the export stops and hands nothing back."""
    _register_of_a_school(ids)

    class Stop(Exception):
        pass

    def progress(_done: int, _total: int, _text: str) -> None:
        raise Stop

    with pytest.raises(Stop):
        export_register(AssetFilter(status=STATUS_ALL), progress)
