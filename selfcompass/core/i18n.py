"""Translation for text made outside the screens (the core, storage, speech), without importing Qt.

``translate(context, text)`` is spelled the way pyside6-lupdate looks for, so these strings land in the same
template as the screens' ``self.tr()`` calls. The app installs Qt's translator at start-up (``install``); until
then, and in tests and the CLI, text stays in UK English. ``QT_TRANSLATE_NOOP`` marks text kept in a constant
and translated where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

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
