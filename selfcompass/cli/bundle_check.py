"""The self-test's "Qt parts" check: what build_installer.spec trims from the bundle is still there where it is used.

Each trimming in the spec has its line here, so a bundle that drops something the app needs fails its self-test
(`make bundle-test`) instead of failing for a person later:

- every Qt module the app imports loads (QtCharts for Insights, QtMultimedia, QtPrintSupport);
- the image formats kept (SVG for the illustrations and icons, PNG, ICO) read; the others were dropped;
- ICU's trimmed data (packaging/slim_icu.py) still sorts English words as people expect, maps case, and names
  time zones: the root and English locales are kept, other languages' names and collations are not.
"""

from __future__ import annotations

#: Qt modules the app imports somewhere (the spec must not exclude them).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtMultimedia", "QtPrintSupport")
IMAGE_FORMATS = ("svg", "png", "ico")


class BundleProblem(Exception):
    """Something the bundle was trimmed of is needed after all."""


def qt_parts(app: object = None) -> str:
    """A one-line summary; raises BundleProblem naming what is missing. ``app``: the QApplication the caller made
    (reading images needs one)."""
    try:  # plain imports (the names in QT_MODULES): nothing in the package loads a module by its name
        from PySide6 import QtCharts, QtCore, QtGui, QtMultimedia, QtPrintSupport, QtWidgets  # noqa: F401
    except ImportError as exc:
        raise BundleProblem(f"a Qt module the app uses is missing from this installation ({exc})") from exc
    from PySide6.QtCore import QCollator, QDateTime, QLocale, Qt, QTimeZone
    from PySide6.QtGui import QImageReader

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    lacking = [f for f in IMAGE_FORMATS if f not in formats]
    if lacking:
        raise BundleProblem(f"Qt can't read {', '.join(lacking)} images here")
    collator = QCollator(QLocale("en_GB"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    words = ["cherry", "Éclair", "apple", "Banana", "zebra"]
    ordered = sorted(words, key=collator.sortKey)
    if ordered != ["apple", "Banana", "cherry", "Éclair", "zebra"]:
        raise BundleProblem(f"sorting words (ICU collation) gives {ordered}")
    if QLocale("en_GB").toUpper("straße") != "STRASSE":
        raise BundleProblem("case mapping (ICU) is not working")
    zone = QTimeZone(b"Europe/London")
    name = zone.displayName(QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale("en_GB"))
    if not zone.isValid() or not name:
        raise BundleProblem("time zone names (ICU) are missing")
    return f"{len(QT_MODULES)} Qt modules, {len(IMAGE_FORMATS)} image formats, collation, case and zone names"
