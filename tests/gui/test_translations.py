"""The English translation: shipped current and complete, and what an English user then sees."""

from __future__ import annotations

import re
import shutil
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from app.main import main
from app.ui import compile_translations
from app.ui.dialogs.asset_dialog import AssetEditDialog
from app.ui.dialogs.handover_dialog import HandoverDialog
from app.ui.qt_app import install_translators, requested_language

pytestmark = pytest.mark.gui

_CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English installed for widgets built during the test, removed afterwards.

    The QApplication is shared by all tests and the others expect Chinese.
    """
    translators = install_translators(qapp, "en")
    assert translators, "resources/translations/houqin_en.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _texts(widget: QWidget) -> dict[str, str]:
    """The fixed texts of a dialog by object name: labels, group titles, buttons, hints."""
    texts = {}
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            text = child.text()
        elif isinstance(child, QGroupBox):
            text = child.title()
        elif isinstance(child, QLineEdit):
            text = child.placeholderText()
        else:
            continue
        if text:
            texts[child.objectName() or repr(child)] = text
    return texts


def _accelerators(texts: list[str]) -> list[str]:
    """The accelerator key of each text ("&File" → "f"); "" where a text has none."""
    keys = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&\s])", text)
        keys.append(match.group(1).lower() if match else "")
    return keys


def _menus(window) -> list[QMenu]:
    return [action.menu() for action in window.menuBar().actions() if action.menu()]


# --- the shipped files ---------------------------------------------------------------------
def test_shipped_translation_is_current_and_complete(capsys) -> None:
    """Every string of the UI code is in houqin_en.ts, translated, and compiled into the .qm."""
    status = compile_translations.main(["--check"])
    assert status == 0, capsys.readouterr().err


@pytest.fixture
def scratch_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The committed .ts and .qm copied into tmp_path; the checker looks at the copies."""
    ts = tmp_path / "houqin_en.ts"
    qm = tmp_path / "houqin_en.qm"
    shutil.copyfile(compile_translations.TS_PATH, ts)
    shutil.copyfile(compile_translations.QM_PATH, qm)
    monkeypatch.setattr(compile_translations, "TS_PATH", ts)
    monkeypatch.setattr(compile_translations, "QM_PATH", qm)
    return ts, qm


def _edit_ts(ts: Path, old: str, new: str) -> None:
    text = ts.read_text(encoding="utf-8")
    assert old in text
    ts.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "complaint"),
    [
        pytest.param(
            lambda ts, qm: _edit_ts(
                ts,
                "<message>\n        <source>校产台账</source>",
                "<message>\n        <source>已删除的旧文字</source>",
            ),
            "not in the .ts: MainWindow: '校产台账'",
            id="string-missing",
        ),
        pytest.param(
            lambda ts, qm: _edit_ts(
                ts,
                "<translation>Property register</translation>",
                '<translation type="unfinished">Property register</translation>',
            ),
            "unfinished: MainWindow: '校产台账'",
            id="unfinished",
        ),
        pytest.param(
            lambda ts, qm: _edit_ts(ts, "Database: {path}", "Database: {file}"),
            "placeholders differ from ['{path}']: MainWindow: '数据库：{path}'",
            id="placeholder-lost",
        ),
        pytest.param(
            lambda ts, qm: qm.write_bytes(qm.read_bytes()[:-1] + b"\0"),
            "houqin_en.qm is not compiled from the .ts",
            id="qm-stale",
        ),
    ],
)
def test_check_refuses_a_stale_or_incomplete_translation(scratch_copy, capsys, spoil, complaint):
    """--check exits 1 and names the problem when the .ts or .qm no longer fits the code."""
    spoil(*scratch_copy)
    assert compile_translations.main(["--check"]) == 1
    assert complaint in capsys.readouterr().err


# --- what an English user sees -------------------------------------------------------------
def test_english_main_window(english, main_window) -> None:
    """Menus, tab, buttons and column titles are English, with one accelerator per entry."""
    assert [a.text() for a in main_window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "Stoc&k room",
        "&View",
        "&Help",
    ]
    assert main_window.tabs.tabText(0) == "Property register"
    assert main_window.register_tab.new_button.text() == "New asset"
    model = main_window.register_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Asset no."
    assert not [h for h in headers if _CHINESE.search(h)]
    for menu in _menus(main_window):
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert not [t for t in texts if _CHINESE.search(t)], menu.title()
        keys = _accelerators(texts)
        assert "" not in keys, texts
        assert len(set(keys)) == len(keys), texts


def test_chinese_main_window_without_the_translation(main_window) -> None:
    """Without a translator the source strings, Chinese, are shown."""
    assert main_window.menuBar().actions()[0].text() == "文件(&F)"
    assert main_window.tabs.tabText(0) == "校产台账"


def test_english_asset_dialog(english, qtbot, school_ids) -> None:
    """The asset dialog's title, labels, group titles and hints are all English."""
    dialog = AssetEditDialog(None, asset_id=None, actor="测试员")
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert dialog.windowTitle() == "New asset"
    assert texts["name_label"] == "Asset name*"
    assert texts["custodian_label"] == "Custodian"
    assert texts["number_edit"] == "Automatic if left blank"
    assert texts["basic_group"] == "General"
    assert {name: text for name, text in texts.items() if _CHINESE.search(text)} == {}


def test_chinese_asset_dialog_without_the_translation(qtbot, school_ids) -> None:
    dialog = AssetEditDialog(None, asset_id=None, actor="测试员")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "新增资产"
    assert dialog.ui.name_label.text() == "资产名称*"


def test_english_handover_dialog(english, qtbot, school_ids) -> None:
    """The handover dialog's fixed texts are English and the post button says so."""
    dialog = HandoverDialog(None, actor="测试员")
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert dialog.windowTitle() == "Asset handover"
    assert texts["to_person_label"] == "Recipient*"  # required for the default kind, 领用
    assert "Post and print" in texts.values()
    assert {name: text for name, text in texts.items() if _CHINESE.search(text)} == {}


# --- choosing the language -----------------------------------------------------------------
@pytest.mark.parametrize(("args", "language"), [(["--lang", "en"], "en"), (["--lang=zh"], "zh")])
def test_lang_option_reaches_the_gui(monkeypatch, tmp_path, args, language) -> None:
    """`houqin --lang en` starts the GUI with an argv from which qt_app picks English."""
    calls: list[list[str]] = []
    launcher = types.ModuleType("app.ui.launcher")
    launcher.run_gui = lambda db_path, argv: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.launcher", launcher)
    assert main([*args, "--db", str(tmp_path / "school.sqlite3")]) == 0
    assert requested_language(calls[0]) == language


def test_without_lang_option_the_gui_gets_no_language(monkeypatch, tmp_path) -> None:
    """Without --lang the system locale decides (qt_app), so none is passed on."""
    calls: list[list[str]] = []
    launcher = types.ModuleType("app.ui.launcher")
    launcher.run_gui = lambda db_path, argv: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.launcher", launcher)
    assert main(["--db", str(tmp_path / "school.sqlite3")]) == 0
    assert "--lang" not in calls[0]
