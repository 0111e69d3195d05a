"""Combo-box helpers: fill from reference data, select and read ids, type-to-search."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from app.services.pickers import ref_choices


def none_text() -> str:
    """The text of the empty entry of an optional combo."""
    return QCoreApplication.translate("combos", "（无）")


def fill_combo(
    combo: QComboBox,
    pairs: Iterable[tuple[int, str]],
    *,
    empty: bool = True,
    current: int | None = None,
) -> None:
    """Replace the items with (id, text) pairs, optionally after an empty entry; select ``current``."""
    combo.blockSignals(True)
    try:
        combo.clear()
        if empty:
            combo.addItem(none_text(), None)
        for record_id, text in pairs:
            combo.addItem(text, record_id)
    finally:
        combo.blockSignals(False)
    if not select_id(combo, current) and not (empty and select_id(combo, None)):
        combo.setCurrentIndex(0 if combo.count() else -1)


def fill_reference(
    combo: QComboBox, kind: str, *, current: int | None = None, empty: bool = True
) -> None:
    """Fill with the active records of ``kind`` (plus ``current`` even if it was deactivated)."""
    fill_combo(combo, ref_choices(kind, include=current), empty=empty, current=current)


def select_id(combo: QComboBox, record_id: int | None) -> bool:
    """Select the entry holding ``record_id`` (None selects the empty entry); False if absent."""
    index = combo.findData(record_id)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    if combo.isEditable():
        # The empty entry shows as an empty box with its "type to search" hint.
        combo.setEditText("" if record_id is None else combo.itemText(index))
    return True


def current_id(combo: QComboBox) -> int | None:
    """The id of the chosen entry; None for the empty entry or text that matches no entry.

    An editable combo keeps its old index while the user types, so the text decides.
    """
    if not combo.isEditable():
        return combo.currentData()
    index = _index_of_text(combo)
    return None if index < 0 else combo.itemData(index)


def has_unknown_text(combo: QComboBox) -> bool:
    """Whether an editable combo holds typed text that matches none of its entries."""
    if not combo.isEditable():
        return False
    text = combo.currentText().strip()
    return bool(text) and text != none_text() and _index_of_text(combo) < 0


def _index_of_text(combo: QComboBox) -> int:
    text = combo.currentText().strip()
    if not text:
        return combo.findData(None)
    if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
        return combo.currentIndex()
    exact = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if exact >= 0:
        return exact
    # Typed text that is exactly one entry's bare name (or code) counts as choosing it:
    # "信息化设备" picks "A02010000 信息化设备", "王芳" picks "王芳（物理组）". A mere fragment
    # ("李") is not a choice: the user picks it from the completer list instead.
    folded = text.casefold()
    named = [
        i
        for i in range(combo.count())
        if combo.itemData(i) is not None and folded in _names(combo.itemText(i))
    ]
    return named[0] if len(named) == 1 else -1


def _names(item_text: str) -> set[str]:
    """The ways an entry can be named: bare name without code prefix or department, and code."""
    name = item_text.split("（")[0].strip()
    names = {name.casefold()}
    code, _, rest = name.partition(" ")
    if rest and code.isascii():
        names |= {code.casefold(), rest.strip().casefold()}
    return names


def make_searchable(combo: QComboBox) -> None:
    """Let the user type any part of an entry (拼音 input included) and pick from the matches."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText(QCoreApplication.translate("combos", "输入文字查找"))
