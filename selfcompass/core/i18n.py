"""Translation for text made outside the screens (the core, storage, speech), without importing Qt.

``translate(context, text)`` is spelled the way pyside6-lupdate looks for, so these strings land in the same
template as the screens' ``self.tr()`` calls. The app installs Qt's translator at start-up (``install``); until
then, and in tests and the CLI, text stays in UK English. ``QT_TRANSLATE_NOOP`` marks text kept in a constant
and translated where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

Translator = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


_installed: list[Translator] = [_english]


def install(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (``QCoreApplication.translate``), or back to English for None."""
    _installed[0] = translator or _english


def translate(context: str, text: str) -> str:
    """``text`` in the person's language. Both arguments must be plain literals where it is called (for lupdate);
    fill in values afterwards with ``.format()``."""
    return _installed[0](context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for the template and returns it unchanged; translate it with ``translate(context, text)``."""
    del context
    return text


# -- dates: Python's strftime names follow the C locale, so day and month names come through translate too ------
_MONTHS = (QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
           QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
           QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
           QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
           QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
           QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"))
_SHORT_MONTHS = (QT_TRANSLATE_NOOP("Dates", "Jan"), QT_TRANSLATE_NOOP("Dates", "Feb"),
                 QT_TRANSLATE_NOOP("Dates", "Mar"), QT_TRANSLATE_NOOP("Dates", "Apr"),
                 QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "Jun"),
                 QT_TRANSLATE_NOOP("Dates", "Jul"), QT_TRANSLATE_NOOP("Dates", "Aug"),
                 QT_TRANSLATE_NOOP("Dates", "Sep"), QT_TRANSLATE_NOOP("Dates", "Oct"),
                 QT_TRANSLATE_NOOP("Dates", "Nov"), QT_TRANSLATE_NOOP("Dates", "Dec"))
_WEEKDAYS = (QT_TRANSLATE_NOOP("Dates", "Monday"), QT_TRANSLATE_NOOP("Dates", "Tuesday"),
             QT_TRANSLATE_NOOP("Dates", "Wednesday"), QT_TRANSLATE_NOOP("Dates", "Thursday"),
             QT_TRANSLATE_NOOP("Dates", "Friday"), QT_TRANSLATE_NOOP("Dates", "Saturday"),
             QT_TRANSLATE_NOOP("Dates", "Sunday"))
_SHORT_WEEKDAYS = (QT_TRANSLATE_NOOP("Dates", "Mon"), QT_TRANSLATE_NOOP("Dates", "Tue"),
                   QT_TRANSLATE_NOOP("Dates", "Wed"), QT_TRANSLATE_NOOP("Dates", "Thu"),
                   QT_TRANSLATE_NOOP("Dates", "Fri"), QT_TRANSLATE_NOOP("Dates", "Sat"),
                   QT_TRANSLATE_NOOP("Dates", "Sun"))


def month_name(when: date) -> str:
    """'November' in the person's language (``%B``)."""
    return translate("Dates", _MONTHS[when.month - 1])


def short_month(when: date) -> str:
    """'Nov' (``%b``)."""
    return translate("Dates", _SHORT_MONTHS[when.month - 1])


def weekday_name(when: date) -> str:
    """'Sunday' (``%A``)."""
    return translate("Dates", _WEEKDAYS[when.weekday()])


def short_weekday(when: date) -> str:
    """'Sun' (``%a``)."""
    return translate("Dates", _SHORT_WEEKDAYS[when.weekday()])


def long_date(when: date) -> str:
    """'9 November 2026'."""
    return translate("Dates", "{day} {month} {year}").format(day=when.day, month=month_name(when), year=when.year)
