"""Loads the app's translation (and Qt's own, for standard dialogs) before any screen is built.

SelfCompass is written in UK English, which needs no file. Another language comes from
``translations/selfcompass_<lang>.qm`` beside the practices (inside the bundle when frozen), chosen by the
``language`` setting or, when that is empty, by the system's languages. A missing file means English, quietly.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from selfcompass.paths import resource_dir

log = logging.getLogger(__name__)
OBJECT_NAME = "selfcompassTranslator"


def folder() -> Path:
    """Where compiled translations live: ``translations/`` beside the practices."""
    return resource_dir() / "translations"


def available(where: Path | None = None) -> list[tuple[str, str]]:
    """Languages there is a translation for: (code, the language's own name), UK English first."""
    found = [("en_GB", "English (UK)")]
    for qm in sorted((where or folder()).glob("selfcompass_*.qm")):
        code = qm.stem.split("_", 1)[1]
        if code == "en_XA":
            found.append((code, "Pseudo-translation (for testing layouts)"))
        elif code != "en_GB":
            locale = QLocale(code)
            found.append((code, locale.nativeLanguageName().capitalize() or code))
    return found


def installed(qapp: QCoreApplication) -> list[QTranslator]:
    return qapp.findChildren(QTranslator, OBJECT_NAME)


def install_translators(qapp: QCoreApplication, language: str, where: Path | None = None, *,
                        qm_file: Path | None = None) -> str | None:
    """Install the translation for ``language`` ("" for the system's); returns its file name, or None for English.

    Calling again replaces what an earlier call installed. ``qm_file`` loads one file directly (tests, pseudo-locale).
    """
    for old in installed(qapp):
        qapp.removeTranslator(old)
        old.deleteLater()
        old.setObjectName("")
    locale = QLocale(language) if language else QLocale.system()
    ours = QTranslator(qapp)
    ours.setObjectName(OBJECT_NAME)
    where = where or folder()
    exact = qm_file or (where / f"selfcompass_{language}.qm" if language else None)
    if exact is not None and exact.is_file():
        loaded = ours.load(str(exact))  # the setting names the file (also the pseudo-locale, which Qt doesn't know)
    else:
        loaded = ours.load(locale, "selfcompass", "_", str(where), ".qm")
    if not loaded:
        ours.deleteLater()
        ours.setObjectName("")
        if language and qm_file is None and not language.lower().startswith("en"):
            log.info("no translation for %s in %s; using English", language, where)
        return None
    qapp.installTranslator(ours)
    qt_own = QTranslator(qapp)
    qt_own.setObjectName(OBJECT_NAME)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        qapp.installTranslator(qt_own)  # OK, Cancel and the file dialogs in the same language
    else:
        qt_own.deleteLater()
        qt_own.setObjectName("")
    return Path(ours.filePath()).name


def route_core_text() -> None:
    """Text made in the core, storage and speech goes through Qt's translator too (see ``core/i18n.py``)."""
    from selfcompass.core import i18n

    i18n.install(QCoreApplication.translate)
