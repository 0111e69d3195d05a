"""The combo-box helpers: fill, select and read ids, and type-to-search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.services import reference
from app.ui.dialogs import combos

pytestmark = pytest.mark.gui


@pytest.fixture
def combo(qtbot) -> QComboBox:
    """A bare combo box."""
    box = QComboBox()
    qtbot.addWidget(box)
    return box


def test_fill_with_empty_entry_and_read_back(combo, school_ids) -> None:
    """The empty entry comes first and reads as None; a chosen entry reads as its id."""
    combos.fill_reference(combo, "department")
    assert [combo.itemText(i) for i in range(combo.count())] == ["（无）", "后勤处", "物理组"]
    assert combos.current_id(combo) is None
    assert combos.select_id(combo, school_ids["dept_physics"])
    assert combos.current_id(combo) == school_ids["dept_physics"]
    assert not combos.select_id(combo, 999)


def test_fill_without_empty_entry_selects_the_first(combo, school_ids) -> None:
    """Without the empty entry the first record is chosen."""
    combos.fill_reference(combo, "department", empty=False)
    assert combos.current_id(combo) == school_ids["dept_office"]


def test_deactivated_current_record_stays_choosable(combo, school_ids) -> None:
    """A deactivated record still shows when it is the current value, marked 已停用."""
    reference.set_active("department", school_ids["dept_office"], False)
    combos.fill_reference(combo, "department", current=school_ids["dept_office"])
    assert combo.currentText() == "后勤处（已停用）"
    assert combos.current_id(combo) == school_ids["dept_office"]


def test_searchable_combo_matches_any_part(combo, school_ids) -> None:
    """Type-to-search matches inside the text, and the typed text decides the id."""
    combos.make_searchable(combo)
    combos.fill_reference(combo, "person")
    completer = combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert combo.currentText() == ""  # the empty entry shows as an empty box
    completer.setCompletionPrefix("物理组")
    assert completer.completionCount() == 2
    combo.setEditText("李强（后勤处）")
    assert combos.current_id(combo) == school_ids["bob"]
    combo.setEditText("李")
    assert combos.current_id(combo) is None
    assert combos.has_unknown_text(combo)
    combo.setEditText("")
    assert not combos.has_unknown_text(combo)


def test_typed_text_naming_one_entry_chooses_it(qtbot) -> None:
    """Typing a category's name without its code, or a person without the department, picks it."""
    from PySide6.QtWidgets import QComboBox

    from app.ui.dialogs.combos import current_id, fill_combo, has_unknown_text, make_searchable

    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_combo(
        combo,
        [
            (1, "A02010000 信息化设备"),
            (2, "A02020000 办公设备"),
            (3, "王芳（物理组）"),
            (4, "王芳芳（语文组）"),
        ],
    )
    make_searchable(combo)
    combo.setEditText("信息化设备")
    assert current_id(combo) == 1
    combo.setEditText("王芳")  # also part of 王芳芳, but it is exactly one entry's name
    assert current_id(combo) == 3
    combo.setEditText("设备")  # two entries: ambiguous, not a choice
    assert current_id(combo) is None
    assert has_unknown_text(combo)
