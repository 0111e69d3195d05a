"""Suggested item codes follow the category's own pattern (BG0027), else W00001…"""

from __future__ import annotations

from app.models import Item, ItemCategory, Unit
from app.services import stock_items
from app.services.stock_item_codes import split_code, suggest_code
from app.services.stock_items import ItemInput


def _category(name: str) -> int:
    return ItemCategory.get(ItemCategory.name == name).id


def _add(code: str, category: str | None, name: str = "物资") -> int:
    unit = Unit.get(Unit.name == "个").id
    category_id = _category(category) if category else None
    return stock_items.create_item(
        ItemInput(name=name, unit_id=unit, code=code, category_id=category_id)
    )


def test_split_code_reads_prefix_width_and_number():
    assert split_code("BG0026") == ("BG", 4, 26)
    assert split_code("QJ-01") == ("QJ-", 2, 1)
    assert split_code("0042") == ("", 4, 42)
    assert split_code("拖把") is None


def test_empty_catalogue_starts_at_w00001(db_path):
    from tests.factories import make_school

    make_school()
    assert Item.select().count() == 0
    assert suggest_code(None) == "W00001"
    assert suggest_code(_category("办公用品")) == "W00001"


def test_category_codes_set_the_pattern_and_the_next_free_number(room):
    for code in ("BG0001", "BG0002", "BG0026", "bg0007", "BGX-1"):
        _add(code, "办公用品")
    _add("QJ0001", "清洁用品")
    assert suggest_code(_category("办公用品")) == "BG0027"
    assert suggest_code(_category("清洁用品")) == "QJ0002"
    # No codes in the category and no category: the catalogue's automatic series goes on.
    assert suggest_code(None) == "W00004"


def test_the_most_common_pattern_wins_and_a_typed_longer_code_is_skipped(room):
    for code in ("WJ0001", "WJ0002", "WJ0003", "WJ-A1"):
        _add(code, "办公用品")
    assert suggest_code(_category("办公用品")) == "WJ0004"
    _add("WJ9999", "办公用品")
    _add("WJ10000", None)
    assert suggest_code(_category("办公用品")) == "WJ10001"


def test_an_empty_code_gets_the_suggestion_when_saved(room):
    _add("BG0009", "办公用品")
    before = suggest_code(_category("办公用品"))
    unit = Unit.get(Unit.name == "个").id
    new = stock_items.create_item(
        ItemInput(name="订书机", unit_id=unit, category_id=_category("办公用品"))
    )
    assert before == "BG0010"
    assert Item.get_by_id(new).code == "BG0010"
    assert suggest_code(_category("办公用品")) == "BG0011"
