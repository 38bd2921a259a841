"""The journal's words for what went wrong, shared by its controller and its data and passphrase actions: a known
problem in its own words, the disk's refusal in the system's, a bug logged (never with entry text). They keep the
journal feature's translation context.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from selfcompass.core.i18n import QT_TRANSLATE_NOOP
from selfcompass.errors import KnownError
from selfcompass.storage.log import active_log

log = logging.getLogger(__name__)

# English source text; translate at use with kept_text().
KEPT = QT_TRANSLATE_NOOP("JournalFeature", "Your writing is still here in the editor, so nothing is lost; you might "
                         "try saving again in a moment.")


def kept_text() -> str:
    return QCoreApplication.translate("JournalFeature", KEPT)


def calm_text(exc: BaseException) -> str:
    """What to tell the person: a known problem in its own words; a bug is logged, and the message points to the
    log only when there is one (it may not have started, or its folder may be read-only)."""
    if isinstance(exc, KnownError):
        return str(exc)
    if isinstance(exc, OSError):  # the disk refused (full, read-only, gone): the system's own words, no traceback
        return QCoreApplication.translate("JournalFeature", "It couldn't be written to the disk ({reason}).").format(
            reason=exc.strerror or type(exc).__name__)
    log.error("A journal job failed", exc_info=exc)  # the traceback holds no entry text (hide_parameters)
    if active_log() is not None:
        return QCoreApplication.translate("JournalFeature", "Something went wrong. The details are in the log.")
    return QCoreApplication.translate("JournalFeature", "Something went wrong.")
