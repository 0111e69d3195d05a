"""库房期初导入: the item list's dry run, the import in one transaction, and what is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.db import close_database, open_database
from app.models import AuditEntry, Item, ItemCategory, StockMove, Unit
from app.models.stock import MOVE_OPENING
from app.services.check import run_checks
from app.services.errors import ValidationError
from app.services.stock_import import (
    ITEMS,
    build_item_preview,
    open_item_list,
    preview_item_import,
    remember_item_mapping,
    saved_item_mapping,
)
from app.services.stock_import_apply import import_items
from app.services.stock_import_report import item_report_lines
from app.services.stock_item_export import export_items
from tests.fixtures.item_lists import write_item_csv, write_item_xlsx
from tests.unit.services.stock.helpers import Room, receive

OPENING = dt.date(2026, 9, 1)


def _state() -> tuple[int, int, int, int, int]:
    return (
        Item.select().count(),
        StockMove.select().count(),
        Unit.select().count(),
        ItemCategory.select().count(),
        AuditEntry.select().count(),
    )


def _csv(
    tmp_path: Path, *rows: str, header: str = "物资编码,物资名称,规格,单位,期初数量,单价,金额"
) -> Path:
    path = tmp_path / "物资.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    return [str(problem) for problem in preview_item_import(path).problems]


def test_dry_run_of_a_messy_workbook_lists_every_problem(tmp_path, room: Room) -> None:
    before = _state()
    preview = preview_item_import(write_item_xlsx(tmp_path / "期初.xlsx"), opening_date=OPENING)
    lines = item_report_lines(preview)
    assert lines[0] == "物资清单：期初.xlsx（Excel 工作簿，工作表“期初库存”）"
    assert "表头：第 3 行" in lines
    assert (
        "跳过：空行 1 行（第 7 行），合计行 1 行（第 17 行），标题或说明行 1 行（第 18 行）"
        in lines
    )
    assert (
        "共 12 行数据：无误 5 行（新建物资 5 种，已有 0 种；期初库存 4 种，金额合计 ¥1,370.00），"
        "有错误 7 行。"
    ) in lines
    assert "将新建：计量单位 1 个（捆）；物资分类 1 个（五金材料）" in lines
    assert [str(p) for p in preview.problems] == [
        "第 4 行 · B 列（物资编码）：物资编码 BG001 与第 11 行重复，两行都不会导入，请改正其中一行",
        "第 11 行 · B 列（物资编码）：物资编码 BG001 与第 4 行重复，两行都不会导入，请改正其中一行",
        "第 12 行 · C 列（物资名称）：缺少物资名称",
        "第 13 行 · I 列（期初数量）：单位“个”只能是整数，期初数量不能有小数（输入的是 2.5）。",
        "第 14 行 · K 列（金额(元)）：金额 300.00 与单价 25.00 × 数量 10 不符",
        "第 15 行 · I 列（期初数量）：期初数量不能为负数（-3）",
        "第 15 行 · J 列（单价(元)）：无法识别的金额“面议”",
        "第 16 行 · I 列（期初数量）：有期初数量但没有单价或金额，无法确定库存金额",
    ]
    assert _state() == before


def test_gbk_csv_reads_like_the_workbook(tmp_path, room: Room) -> None:
    preview = preview_item_import(write_item_csv(tmp_path / "期初.csv", with_errors=False))
    assert "GBK/GB18030 编码" in preview.ledger.source
    assert preview.is_clean
    by_code = {row.row.values["code"]: row for row in preview.rows}
    assert by_code["BG001"].value_fen == 282000  # "￥2,820.00"
    assert by_code["QJ002"].qty_m == 12500  # 12.5 千克
    assert by_code["QJ001"].value_fen == 45000  # "450元" with no price
    assert by_code["DG001"].qty_m == 0  # no opening: the item only


def test_a_clean_list_imports_whole_and_check_passes(tmp_path, room: Room) -> None:
    path = write_item_xlsx(tmp_path / "期初.xlsx", with_errors=False)
    preview = preview_item_import(path, opening_date=OPENING)
    result = import_items(preview, actor="李强")
    assert (result.rows, result.new_items, result.openings) == (6, 6, 5)
    assert result.opening_value_fen == 419000
    assert (result.new_units, result.new_categories) == (1, 1)
    assert (
        "期初库存 5 种，金额合计 ¥4,190.00；新建 计量单位 1 个，物资分类 1 个" in result.summary()
    )
    soap = Item.get(Item.code == "QJ002")
    assert (soap.on_hand_m, soap.on_hand_value_fen, soap.reorder_level_m) == (12500, 11000, 10000)
    assert soap.shelf == "B-02" and soap.category.name == "清洁用品" and soap.note == "称重"
    move = StockMove.get(StockMove.item == soap.id)
    assert (move.kind, move.date, move.qty_m, move.value_fen) == (
        MOVE_OPENING,
        OPENING,
        12500,
        11000,
    )
    assert (move.balance_m, move.balance_value_fen, move.operator) == (12500, 11000, "李强")
    # The openings are named 期初导入, with no stock document behind them.
    assert (move.doc_id, move.doc_number) == (None, "期初导入")
    ties = Item.get(Item.code == "WJ001")
    assert ties.unit.name == "捆" and not ties.unit.allows_fraction
    assert ties.category.name == "五金材料"
    assert (
        not StockMove.select().where(StockMove.item == Item.get(Item.code == "DG001").id).exists()
    )
    assert AuditEntry.select().where(AuditEntry.action == "导入物资").count() == 1
    assert run_checks() == []


def test_errors_stop_the_import_unless_the_good_rows_are_chosen(tmp_path, room: Room) -> None:
    preview = preview_item_import(write_item_xlsx(tmp_path / "期初.xlsx"))
    before = _state()
    with pytest.raises(ValidationError, match="物资清单有 7 行存在错误，没有导入任何数据"):
        import_items(preview)
    assert _state() == before
    result = import_items(preview, skip_errors=True)
    assert (result.rows, result.skipped_rows, result.opening_value_fen) == (5, 7, 137000)
    assert not Item.select().where(Item.code == "BG001").exists()
    assert run_checks() == []


def test_cancelling_leaves_the_database_as_it_was(tmp_path, room: Room) -> None:
    preview = preview_item_import(write_item_xlsx(tmp_path / "期初.xlsx", with_errors=False))
    before = _state()

    def progress(done: int, _total: int, _text: str) -> None:
        if done == 4:
            raise KeyboardInterrupt  # what the dialog's stop raises from the worker

    with pytest.raises(KeyboardInterrupt):
        import_items(preview, progress=progress)
    assert _state() == before


def test_an_existing_code_with_the_same_data_gets_no_duplicate(tmp_path, room: Room) -> None:
    code = Item.get_by_id(room.paper).code
    path = _csv(tmp_path, f"{code},A4复印纸,70g 500张/包,包,100,23.5,", "N1,订书钉,,盒,5,3,")
    preview = preview_item_import(path)
    assert preview.is_clean and (preview.new_items, preview.existing_items) == (1, 1)
    import_items(preview)
    assert Item.select().where(Item.name == "A4复印纸").count() == 1
    paper = Item.get_by_id(room.paper)
    assert (paper.on_hand_m, paper.on_hand_value_fen) == (100_000, 235_000)
    assert run_checks() == []


def test_an_existing_code_with_other_data_is_a_problem(tmp_path, room: Room) -> None:
    code = Item.get_by_id(room.toner).code
    path = _csv(tmp_path, f"{code},墨盒,,个,,,")
    assert _problems(path) == [
        f"第 2 行 · A 列（物资编码）：物资编码 {code} 已存在（硒鼓 HP 88A，个），"
        "与本行的名称、规格或单位不一致"
    ]


def test_codes_differing_only_in_case_are_duplicates_in_the_dry_run(tmp_path, room: Room) -> None:
    """W001 and w001 are one code (create_item refuses the second): the dry run says so."""
    before = _state()
    path = _csv(tmp_path, "W001,胶水,,瓶,1,2,", "N1,订书钉,,盒,5,3,", "w001,胶棒,,支,2,1,")
    assert _problems(path) == [
        "第 2 行 · A 列（物资编码）：物资编码 W001 与第 4 行的 w001 只差大小写（编码不分大小写），"
        "两行都不会导入，请改正其中一行",
        "第 4 行 · A 列（物资编码）：物资编码 w001 与第 2 行的 W001 只差大小写（编码不分大小写），"
        "两行都不会导入，请改正其中一行",
    ]
    # Importing the good rows skips both and creates N1 alone, without a mid-import refusal.
    result = import_items(preview_item_import(path), skip_errors=True)
    assert (result.new_items, result.skipped_rows) == (1, 2)
    assert Item.select().count() == before[0] + 1


def test_a_code_in_another_case_than_an_existing_item(tmp_path, room: Room) -> None:
    """An existing code written in another case is that item: other data is a problem."""
    code = Item.get_by_id(room.toner).code
    other_case = code.swapcase()
    assert other_case != code
    before = _state()
    path = _csv(tmp_path, f"{other_case},墨盒,,个,,,")
    assert _problems(path) == [
        f"第 2 行 · A 列（物资编码）：物资编码 {code} 已存在（硒鼓 HP 88A，个），"
        f"与本行的名称、规格或单位不一致（本行写作 {other_case}，编码不分大小写）"
    ]
    with pytest.raises(ValidationError):
        import_items(preview_item_import(path))
    assert _state() == before
    # The same data is the same item, however the code is spelled: no second item.
    same = preview_item_import(_csv(tmp_path, f"{other_case},硒鼓,HP 88A,个,,,"))
    assert same.is_clean and (same.new_items, same.existing_items) == (0, 1)
    assert f"本行写作 {other_case}" in same.rows[0].notes[0]


def test_no_opening_for_an_item_that_already_moved(tmp_path, room: Room) -> None:
    receive([(room.toner, "3", "420")])
    code = Item.get_by_id(room.toner).code
    path = _csv(tmp_path, f"{code},硒鼓,HP 88A,个,5,400,", f"{code}X,硒鼓,HP 88X,个,0,,")
    problems = _problems(path)
    assert problems == [
        f"第 2 行 · E 列（期初数量）：物资 {code} 已有出入库记录，不能再导入期初库存"
        "（期初只能导入到还没有台账的物资）"
    ]
    # The same item without an opening quantity is fine: it is simply already there.
    assert preview_item_import(_csv(tmp_path, f"{code},硒鼓,HP 88A,个,,,")).is_clean


def test_an_item_that_moved_since_the_preview_gets_no_opening(tmp_path, room: Room) -> None:
    code = Item.get_by_id(room.toner).code
    preview = preview_item_import(_csv(tmp_path, f"{code},硒鼓,HP 88A,个,5,400,"))
    assert preview.is_clean
    receive([(room.toner, "3", "420")])
    before = _state()
    with pytest.raises(ValidationError, match="已有出入库记录"):
        import_items(preview)
    assert _state() == before


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",胶水,,瓶,1,2,", "A 列（物资编码）：缺少物资编码"),
        ("J1,胶水,,,1,2,", "D 列（单位）：缺少计量单位"),
        ("J 1,胶水,,瓶,1,2,", "A 列（物资编码）：物资编码“J 1”中有空格"),
        ("J1,胶水,,瓶,1,0,", "F 列（单价）：期初单价必须大于零"),
        ("J1,胶水,,瓶,1,-2,", "F 列（单价）：金额为负数（-2）"),
        ("J1,胶水,,瓶,1,,0", "G 列（金额）：期初金额必须大于零"),
        ("J1,胶水,,瓶,0,,5", "G 列（金额）：有期初金额 5.00 但期初数量为零"),
        ("J1,胶水,,瓶,三瓶,2,", "E 列（期初数量）：无法识别的数量“三瓶”"),
        (
            "J1,胶水,,瓶,1.2345,2,",
            "E 列（期初数量）：期初数量最多只能有三位小数（输入的是 1.2345）。",
        ),
        (
            "J1,胶水,,新单位,1.5,2,",
            "E 列（期初数量）：单位“新单位”只能是整数，期初数量不能有小数（输入的是 1.5）。",
        ),
    ],
)
def test_bad_rows(tmp_path, room: Room, row: str, reason: str) -> None:
    before = _state()
    assert _problems(_csv(tmp_path, row)) == [f"第 2 行 · {reason}"]
    assert _state() == before


def test_amount_and_price_agree_within_rounding(tmp_path, room: Room) -> None:
    # 3 × 33.33 = 99.99: the price was rounded from 100.00 ÷ 3, and the amount is what was paid.
    preview = preview_item_import(_csv(tmp_path, "J1,胶水,,瓶,3,33.33,100"))
    assert preview.is_clean and preview.rows[0].value_fen == 10000
    assert not preview_item_import(_csv(tmp_path, "J1,胶水,,瓶,3,33.33,100.10")).is_clean


def test_a_file_without_the_required_columns(tmp_path, room: Room) -> None:
    preview = preview_item_import(_csv(tmp_path, "胶水,2", header="物资名称,单价"))
    assert preview.file_problems == ["没有“物资编码”列", "没有“计量单位”列"]
    assert not preview.can_import_good_rows
    with pytest.raises(ValidationError, match="物资清单文件有问题"):
        import_items(preview)
    missing = preview_item_import(_csv(tmp_path, "1,2", header="甲,乙"))
    assert missing.file_problems == [
        "找不到表头行：前 30 行中没有“物资编码”“物资名称”“计量单位”这样的列名。"
    ]


def test_the_mapping_is_remembered_for_items_only(tmp_path, room: Room) -> None:
    path = _csv(
        tmp_path,
        "J1,胶水,,瓶,1,2,,甲",
        header="物资编码,物资名称,规格,单位,期初数量,单价,金额,存货编号",
    )
    ledger = open_item_list(path)
    mapping = dict(ledger.header.mapping)
    assert mapping[7] == ""
    mapping[7], mapping[0] = "code", ""
    remember_item_mapping(ledger.header.titles, mapping)
    assert saved_item_mapping() == {"物资编码": "", "存货编号": "code"}
    assert ITEMS.mapping_key == "import_mapping:items"
    preview = build_item_preview(open_item_list(path))
    assert preview.rows[0].row.values["code"] == "甲"
    from app.services.asset_import import saved_mapping

    assert saved_mapping() == {}


def _items() -> list[tuple[object, ...]]:
    return sorted(
        (i.code, i.name, i.spec, i.unit.name, i.shelf, i.reorder_level_m, i.on_hand_m,
         i.on_hand_value_fen)
        for i in Item.select()
    )  # fmt: skip


def test_export_then_import_gives_the_same_items(tmp_path, room: Room) -> None:
    """The exported list opens another school's stock room with the same items and stock."""
    receive([(room.paper, "12", "23.50"), (room.soap, "2.5", "8.80")])
    receive([(room.soap, "1.125", "9.10")])
    data, count = export_items()
    assert count == 3
    path = tmp_path / "物资清单.xlsx"
    path.write_bytes(data)
    exported = _items()
    close_database()
    open_database(tmp_path / "another.sqlite3", busy_timeout_ms=200)
    preview = preview_item_import(path)
    assert preview.is_clean, preview.problems
    result = import_items(preview)
    assert (result.new_items, result.openings) == (3, 2)
    assert _items() == exported
    assert run_checks() == []
