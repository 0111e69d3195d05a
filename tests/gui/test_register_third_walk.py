"""Register walk-through, last part: depreciation settings changed from the window's menus."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from app.models import Category
from app.services import assets
from app.ui.register.table_model import COLUMN_KEYS
from tests.factories import asset_input, computer_category
from tests.gui.conftest import activate, on_next_dialog

pytestmark = pytest.mark.gui

AS_OF = QDate(2025, 9, 30)


def _figures(tab, asset_id: int) -> tuple[str, str]:
    """(累计折旧, 净值) of one asset as the register's row shows them."""
    model = tab.model
    row = model.row_of_id(asset_id)
    assert row is not None
    accumulated, net = COLUMN_KEYS.index("accumulated"), COLUMN_KEYS.index("net_value")
    return model.index(row, accumulated).data(), model.index(row, net).data()


@pytest.fixture
def computer(qtbot, main_window) -> int:
    """A ¥7,200.00 computer bought 2024-09-01, the register showing figures as of 2025-09-30."""
    (asset_id,) = assets.register_assets(
        asset_input(original_value="7200.00", purchase_date=dt.date(2024, 9, 1))
    )
    main_window.refresh()
    tab = main_window.register_tab
    tab.as_of_edit.setDate(AS_OF)
    qtbot.waitUntil(lambda: tab.model.filter.as_of == dt.date(2025, 9, 30))
    return asset_id


def _expected(months: int, life_years: int) -> tuple[str, str]:
    accumulated = 720000 * months // (life_years * 12)  # floor(fen × m / N)
    net = 720000 - accumulated
    return f"{accumulated // 100:,}.{accumulated % 100:02d}", f"{net // 100:,}.{net % 100:02d}"


def test_the_start_rule_switched_in_settings_moves_the_register_at_once(
    qtbot, main_window, computer
) -> None:
    window, tab = main_window, main_window.register_tab
    activate(qtbot, window)
    life = computer_category().useful_life_years
    # 次月 (the default): October 2024 … September 2025 is 12 months.
    assert _figures(tab, computer) == _expected(12, life)

    def switch_to_same_month(dialog) -> None:
        dialog.ui.depreciation_start_combo.setCurrentText("当月")
        dialog.accept()

    seen = on_next_dialog(switch_to_same_month)
    window.findChild(type(window.refresh_action), "settings_action").trigger()
    assert seen, "the settings dialog did not open"
    accumulated, net = _expected(13, life)
    assert _figures(tab, computer) == (accumulated, net)
    assert tab.depreciation_label.text() == f"累计折旧 ¥{accumulated}，净值 ¥{net}"


def _edit_category(qtbot, window, category_id: int, change) -> None:
    """基础数据 → 资产分类 → Enter on the category → ``change(record dialog)`` → close."""

    def browse(browser) -> None:
        (item,) = browser.ui.kind_list.findItems("资产分类", Qt.MatchFlag.MatchExactly)
        browser.ui.kind_list.setCurrentItem(item)
        assert browser.select_id(category_id)

        def edit(record) -> None:
            change(record)
            record.accept()

        edited = on_next_dialog(edit)
        qtbot.keyClick(browser.ui.table_view, Qt.Key.Key_Return)
        assert edited, "the record dialog did not open"
        browser.reject()

    seen = on_next_dialog(browse)
    window.findChild(type(window.refresh_action), "reference_action").trigger()
    assert seen, "the reference data dialog did not open"


def test_a_category_life_changed_in_reference_data_moves_the_register_at_once(
    qtbot, main_window, computer
) -> None:
    window, tab = main_window, main_window.register_tab
    activate(qtbot, window)
    category = computer_category()
    assert category.useful_life_years != 4
    _edit_category(
        qtbot, window, category.id, lambda r: r.widgets["useful_life_years"].setText("4")
    )
    assert Category.get_by_id(category.id).useful_life_years == 4
    accumulated, net = _expected(12, 4)
    assert _figures(tab, computer) == (accumulated, net)
    assert tab.depreciation_label.text() == f"累计折旧 ¥{accumulated}，净值 ¥{net}"

    # Marked as not depreciating: nothing accumulated, the whole value is net.
    _edit_category(qtbot, window, category.id, lambda r: r.widgets["depreciates"].setChecked(False))
    assert _figures(tab, computer) == ("0.00", "7,200.00")
    assert tab.depreciation_label.text() == "累计折旧 ¥0.00，净值 ¥7,200.00"


def test_books_never_depreciate_in_the_register(qtbot, main_window, computer) -> None:
    """图书 (A04010000) is seeded as not depreciating: an old shelf of books keeps its value."""
    books = Category.get(Category.code == "A04010000")
    assert not books.depreciates
    (book_id,) = assets.register_assets(
        asset_input(
            name="中国大百科全书（第三版）",
            category_id=books.id,
            original_value="3000.00",
            purchase_date=dt.date(2015, 9, 1),
        )
    )
    tab = main_window.register_tab
    main_window.refresh()
    assert _figures(tab, book_id) == ("0.00", "3,000.00")
    computer_figures = _expected(12, computer_category().useful_life_years)
    assert _figures(tab, computer) == computer_figures
    assert tab.depreciation_label.text() == (
        f"累计折旧 ¥{computer_figures[0]}，净值 ¥{_sum_net(computer_figures[1], '3,000.00')}"
    )


def _sum_net(*amounts: str) -> str:
    fen = sum(int(a.replace(",", "").replace(".", "")) for a in amounts)
    return f"{fen // 100:,}.{fen % 100:02d}"
