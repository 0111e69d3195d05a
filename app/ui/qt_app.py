"""Create the QApplication: names, the bundled CJK font, translations and the window icon."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.resources import cjk_font_path, resource_path

log = logging.getLogger("app.ui")

ORGANIZATION_NAME = "Houqin"
# ASCII application name so QSettings and QStandardPaths folders stay ASCII on every PC;
# the Chinese name is what people see.
APPLICATION_NAME = APP_NAME
DISPLAY_NAME = "后勤管家"
LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class AppSetup:
    """What configure_application did: the CJK family registered and the UI language chosen."""

    cjk_family: str | None
    language: str
    translators: tuple[QTranslator, ...] = ()


def requested_language(argv: Sequence[str], locale: QLocale | None = None) -> str:
    """Return "en" or "zh": ``--lang`` wins, else an English system locale asks for English."""
    args = list(argv)
    for index, arg in enumerate(args):
        value = None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        if value is not None:
            value = value.lower().split("_")[0].split("-")[0]
            if value in LANGUAGES:
                return value
    locale = locale if locale is not None else QLocale.system()
    # Chinese is the source language; only a locale that explicitly prefers English switches.
    return "en" if locale.language() == QLocale.Language.English else "zh"


def register_cjk_font() -> str | None:
    """Register the bundled CJK font with Qt and return its family name, or None on failure."""
    path = cjk_font_path()
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not register the bundled CJK font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    # The .ttc holds a proportional and a "Mono" face; UI text wants the proportional one.
    for family in families:
        if "mono" not in family.lower():
            return family
    return families[0] if families else None


def use_font_fallback(app: QApplication, family: str) -> None:
    """Append ``family`` to the application font's family list as the fallback for Chinese."""
    font = app.font()
    families = list(font.families()) or [font.family()]
    # The system font stays first so Latin text looks native; glyphs it lacks (Hanzi on a PC
    # without Chinese fonts) are then taken from the bundled family.
    if family not in families:
        families.append(family)
    font.setFamilies(families)
    app.setFont(font)


def _load_translator(
    app: QApplication, name: str, directories: Sequence[Path]
) -> QTranslator | None:
    """Install the first ``name``.qm found in ``directories`` and return its translator."""
    for directory in directories:
        if not (directory / f"{name}.qm").is_file():
            continue
        # Parented to the application so it lives exactly as long as the app does.
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            return translator
        log.warning("could not load translation %s from %s", name, directory)
    return None


# Qt 6 gave two of its file dialog's labels mnemonics ("&Look in:", "Files of &type:") and
# moved the folder/drive type names to another context; Qt's own qtbase_zh_CN.qm still only
# has the old source texts, so without these its non-native dialog (Linux) is half English.
# Windows uses the native dialog, which the system translates.
QT_SUPPLEMENT_ZH = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
}


class SupplementTranslator(QTranslator):
    """Chinese for the few Qt texts qtbase_zh_CN.qm lacks; everything else falls through."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = dict(texts)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The supplement's text, or None (a null QString) so Qt asks the next translator."""
        # An empty string would count as a translation and blank the text out.
        return self._texts.get((context, source_text))

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def install_translators(app: QApplication, language: str) -> tuple[QTranslator, ...]:
    """Install the translations for ``language`` and return them (Chinese: only Qt's own)."""
    ours = resource_path("translations")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if language == "en":
        translator = _load_translator(app, "houqin_en", [ours])
        if translator is None:
            log.info("English requested but houqin_en.qm is not shipped; staying in Chinese")
    else:
        # Qt's standard texts (OK/Cancel buttons, context menus) are English unless translated.
        translator = _load_translator(app, "qtbase_zh_CN", [ours, qt_dir])
        if translator is None:
            log.info("qtbase_zh_CN.qm not found; Qt's standard buttons stay in English")
        else:
            supplement = SupplementTranslator(QT_SUPPLEMENT_ZH, app)
            app.installTranslator(supplement)
            return (translator, supplement)
    return (translator,) if translator is not None else ()


def configure_application(app: QApplication, argv: Sequence[str]) -> AppSetup:
    """Apply names, font fallback, translations and icon to an existing QApplication."""
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)

    family = register_cjk_font()
    if family is not None:
        use_font_fallback(app, family)

    language = requested_language(argv)
    translators = install_translators(app, language)

    icon_path = resource_path("icons", "houqin.png")
    if icon_path.is_file():
        app.setWindowIcon(QIcon(str(icon_path)))
    return AppSetup(cjk_family=family, language=language, translators=translators)


def create_application(argv: Sequence[str]) -> QApplication:
    """Create the one QApplication of the process and configure it for Houqin."""
    app = QApplication(list(argv))
    # app.arguments() no longer holds the options Qt consumed (-style, -platform …).
    configure_application(app, app.arguments())
    return app
