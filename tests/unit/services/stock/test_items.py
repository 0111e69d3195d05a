"""Stock items: codes, validation, and why an item with history is deactivated, never deleted."""

from __future__ import annotations

import pytest

from app.models import Item, ItemCategory, Unit
from app.services import stock_items
from app.services.errors import ConflictError, ValidationError
from app.services.stock_items import ItemInput
from tests.unit.services.stock.helpers import receive


def _unit(name: str) -> int:
    return Unit.get(Unit.name == name).id


def test_create_gives_automatic_codes_and_keeps_typed_ones(room):
    assert Item.get_by_id(room.paper).code == "W00001"
    typed = stock_items.create_item(ItemInput(name="拖把", unit_id=_unit("把"), code="QJ-01"))
    nxt = stock_items.create_item(ItemInput(name="扫帚", unit_id=_unit("把")))
    assert Item.get_by_id(typed).code == "QJ-01"
    assert Item.get_by_id(nxt).code == "W00004"


def test_automatic_code_skips_one_typed_by_hand(room):
    stock_items.create_item(ItemInput(name="抹布", unit_id=_unit("条"), code="w00004"))
    new = stock_items.create_item(ItemInput(name="水桶", unit_id=_unit("个")))
    assert Item.get_by_id(new).code == "W00005"


def test_category_shelf_and_reorder_level_are_stored(room):
    office = ItemCategory.get(ItemCategory.name == "办公用品").id
    item_id = stock_items.create_item(
        ItemInput(
            name="订书钉",
            unit_id=_unit("盒"),
            category_id=office,
            shelf="A-03",
            reorder_level="20",
        )
    )
    item = Item.get_by_id(item_id)
    assert (item.category_id, item.shelf, item.reorder_level_m, item.active) == (
        office,
        "A-03",
        20000,
        True,
    )
    assert stock_items.item_input(item_id).reorder_level == "20"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": " "}, "name", "请填写物资名称"),
        ({"unit_id": None}, "unit", "请选择计量单位"),
        ({"unit_id": 99999}, "unit", "不存在"),
        ({"category_id": 99999}, "category", "不存在"),
        ({"reorder_level": "2.5"}, "quantity", "只能是整数"),
        ({"reorder_level": "-1"}, "quantity", "最低库存不能是负数"),
        ({"code": "A 1"}, "code", "空格"),
        ({"name": "长" * 61}, "name", "太长"),
    ],
)
def test_bad_item_input_is_refused_and_nothing_is_saved(room, overrides, field, message):
    values = {"name": "粉笔", "unit_id": _unit("盒")}
    values.update(overrides)
    before = Item.select().count()
    with pytest.raises(ValidationError, match=message) as caught:
        stock_items.create_item(ItemInput(**values))
    assert caught.value.field == field
    assert Item.select().count() == before


def test_duplicate_code_is_refused_case_insensitively(room):
    with pytest.raises(ConflictError, match="W00001 已被使用"):
        stock_items.create_item(ItemInput(name="复印纸", unit_id=_unit("包"), code="w00001"))


def test_edit_changes_fields(room):
    data = stock_items.item_input(room.toner)
    data.spec = "HP CF388A"
    data.shelf = "B-01"
    stock_items.update_item(room.toner, data)
    item = Item.get_by_id(room.toner)
    assert (item.spec, item.shelf) == ("HP CF388A", "B-01")


def test_unit_is_fixed_once_the_item_has_moved(room):
    receive([(room.paper, "5", "25.00")])
    data = stock_items.item_input(room.paper)
    data.unit_id = _unit("箱")
    with pytest.raises(ConflictError, match="计量单位不能修改"):
        stock_items.update_item(room.paper, data)
    assert Item.get_by_id(room.paper).unit_id == _unit("包")


def test_unit_of_an_unused_item_can_change(room):
    data = stock_items.item_input(room.toner)
    data.unit_id = _unit("只")
    stock_items.update_item(room.toner, data)
    assert Item.get_by_id(room.toner).unit_id == _unit("只")


def test_item_with_moves_cannot_be_deleted_only_deactivated(room):
    receive([(room.paper, "5", "25.00")])
    with pytest.raises(ConflictError, match="不能删除，只能停用"):
        stock_items.delete_item(room.paper)
    assert Item.get_or_none(Item.id == room.paper) is not None


def test_item_with_stock_cannot_be_deactivated(room):
    receive([(room.paper, "5", "25.00")])
    with pytest.raises(ConflictError, match="还有库存 5 包"):
        stock_items.set_item_active(room.paper, False)
    assert Item.get_by_id(room.paper).active


def test_unused_item_can_be_deleted_and_an_empty_one_deactivated(room):
    stock_items.delete_item(room.toner)
    assert Item.get_or_none(Item.id == room.toner) is None
    stock_items.set_item_active(room.soap, False)
    assert not Item.get_by_id(room.soap).active
    stock_items.set_item_active(room.soap, True)
    assert Item.get_by_id(room.soap).active
