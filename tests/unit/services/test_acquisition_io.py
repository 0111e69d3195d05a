"""取得方式 through the register's Excel round trip and a ledger's own words for it."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from app.db import open_database
from app.models import Asset
from app.services import assets
from app.services.asset_export import export_register
from app.services.asset_import import preview_import
from app.services.asset_import_apply import import_assets
from app.services.register_query import STATUS_ALL, AssetFilter
from tests.factories import asset_input, make_school


@pytest.fixture
def ids(db_path):
    return make_school()


def _methods() -> dict[str, str]:
    return {a.number: a.acquisition for a in Asset.select()}


def test_export_then_import_keeps_the_acquisition(tmp_path, ids) -> None:
    assets.register_assets(asset_input(number="GD-0001"))
    assets.register_assets(asset_input(number="GD-0002", acquisition="接受捐赠"))
    assets.register_assets(asset_input(number="GD-0003", acquisition="调入"))
    original = _methods()
    data, _count = export_register(AssetFilter(status=STATUS_ALL))
    path = tmp_path / "台账.xlsx"
    path.write_bytes(data)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    column = header.index("取得方式")
    assert [row[column].value for row in sheet.iter_rows(min_row=2)] == ["购置", "接受捐赠", "调入"]
    open_database(tmp_path / "fresh.sqlite3")
    preview = preview_import(path)
    assert preview.is_clean, [str(p) for p in preview.problems]
    import_assets(preview)
    assert _methods() == original


def test_a_ledger_says_it_in_its_own_words(tmp_path, ids) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["资产编号", "资产名称", "分类代码", "单价", "购置日期", "增加方式"])
    sheet.append(["L-1", "钢琴", "A02010000", 18000, dt.date(2020, 9, 1), "捐赠"])
    sheet.append(["L-2", "台式计算机", "A02010000", 4999, dt.date(2020, 9, 1), "直接购入"])
    sheet.append(["L-3", "投影仪", "A02010000", 3200, dt.date(2020, 9, 1), "无偿调入"])
    sheet.append(["L-4", "打印机", "A02010000", 1500, dt.date(2020, 9, 1), "借来的"])
    sheet.append(["L-5", "书柜", "A02010000", 1200, dt.date(2020, 9, 1), None])
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    preview = preview_import(path)
    problems = [str(p) for p in preview.problems]
    assert problems == [
        "第 5 行 · F 列（增加方式）：未知的取得方式“借来的”"
        "（可用：购置、调入、接受捐赠、自建、置换、盘盈、其他）"
    ]
    import_assets(preview, skip_errors=True)
    assert _methods() == {"L-1": "接受捐赠", "L-2": "购置", "L-3": "调入", "L-5": "购置"}
