"""UI language: Qt Linguist translations (Dutch is the source language of every tr() string).

English comes from resources/translations/editor_en.qm, built from editor_en.ts by
packaging/setup.d/20-translations.sh (pyside6-lrelease). Qt's own dialogs (buttons of message
boxes, file dialogs) use the qtbase translations that ship with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.core.i18n import set_language
from editor.core.paths import resources_dir

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install(app: QCoreApplication, language: str) -> bool:
    """Use `language` ("nl" or "en") for tr() strings and core messages. True if the .qm loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = "en" if language.lower().startswith("en") else "nl"
    set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Dutch))
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    if lang == "nl":
        return True  # the source strings are Dutch
    ours = QTranslator(app)
    if ours.load("editor_en", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
        return True
    return False
