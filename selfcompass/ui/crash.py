"""Unexpected errors: logged with their traceback, and met with one calm dialog that says what still works."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, QUrl, Signal, Slot, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from selfcompass.core.formatting import escape_html
from selfcompass.ui import theme as tokens

log = logging.getLogger("selfcompass")
qt_log = logging.getLogger("selfcompass.qt")

# How much of an exception's message the details show and a Qt message keeps.
DETAIL_LIMIT = 200
QT_MESSAGE_LIMIT = 500
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


class CrashDialog(QDialog):
    """Something went wrong that SelfCompass did not expect: what still works, and where the log is if there is one."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something unexpected happened"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._details: list[str] = []
        title = QLabel(self.tr("Something went wrong"), objectName="crashTitle")
        title.setProperty("role", "title")
        text = QLabel(self.tr(
            "SelfCompass ran into something it did not expect. It isn't anything you did. Your journal and your "
            "drafts are saved as you go, so you can carry on with what you were doing. If something stops "
            "responding, closing SelfCompass and opening it again usually helps."), objectName="crashText")
        text.setWordWrap(True)
        lay = QVBoxLayout(self)
        pad = tokens.space(tokens.SPACE_XL)
        lay.setContentsMargins(pad, pad, pad, tokens.space(tokens.SPACE_L))
        lay.setSpacing(tokens.space(tokens.SPACE_M))
        lay.addWidget(title)
        lay.addWidget(text)
        buttons = QDialogButtonBox()
        self.log_text: QLabel | None = None
        self.open_folder: QPushButton | None = None
        if log_file is not None and log_file.exists():  # never promise a log that isn't there
            self.log_text = QLabel(self.tr(
                "A note of what happened, without anything you have written, is in the log: <code>{file}</code>. "
                "If it keeps happening, you might pass that file to whoever looks after your computer."
            ).format(file=escape_html(str(log_file))), objectName="crashLog")
            self.log_text.setWordWrap(True)
            self.log_text.setTextFormat(Qt.TextFormat.RichText)
            self.log_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(self.log_text)
            self.open_folder = buttons.addButton(self.tr("Open the log's folder"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
            self.open_folder.setObjectName("crashOpenFolder")
            folder = log_file.parent
            self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        self.details = QLabel(objectName="crashDetails")
        self.details.setWordWrap(True)
        self.details.setProperty("role", "muted")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        lay.addWidget(self.details)
        self.show_details = buttons.addButton(self.tr("Show details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_details.setObjectName("crashShowDetails")
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.carry_on = buttons.addButton(self.tr("Carry on"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.carry_on.setObjectName("crashCarryOn")
        self.carry_on.setProperty("primary", True)
        self.carry_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)
        self.carry_on.setFocus()

    def add_details(self, line: str) -> None:
        """Note one more error (its type and message only); a second error joins the dialog already open."""
        self._details.append(line)
        self.details.setText("\n".join(self._details))

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_details.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


class CrashHandler(QObject):
    """Sends unexpected errors to the log and shows one dialog for them on the UI thread, from whichever thread
    they come. Qt's own warnings go to the log only. ``uninstall()`` puts back whatever was there before."""

    _error_arrived = Signal(str)

    def __init__(self, window_getter: Callable[[], QWidget | None], log_file: Path | None,
                 *, qt_messages: bool = True) -> None:
        super().__init__()
        self._window_getter = window_getter
        self._log_file = log_file
        self._qt_messages = qt_messages
        self._dialog: CrashDialog | None = None
        self._broken = False  # the dialog itself failed: log from then on, show nothing
        self._installed = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._previous_qt: QtMessageHandler | None = None
        # Queued even on the UI thread: the dialog opens once the code that failed has unwound.
        self._error_arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def dialog(self) -> CrashDialog | None:
        """The crash dialog while it is open."""
        return self._dialog

    def install(self) -> None:
        if self._installed:
            return
        self._installed = True
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        if self._qt_messages:
            self._previous_qt = qInstallMessageHandler(self._qt_message)

    def uninstall(self) -> None:
        """Put back the hooks found at install, unless someone else has replaced ours since."""
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook
        if self._qt_messages:
            current = qInstallMessageHandler(self._previous_qt)
            if current is not None and current != self._qt_message:
                qInstallMessageHandler(current)  # not ours any more: leave the newer handler in place
            self._previous_qt = None

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Unexpected error (%s)", exc_type.__name__, exc_info=(exc_type, exc, tb))
        if sys.stderr is not None:  # a terminal, when run from one; a windowed app on Windows has none
            sys.__excepthook__(exc_type, exc, tb)
        self._error_arrived.emit(_summary(exc_type, exc))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "unknown"
        log.critical("Unexpected error in thread %s (%s)", name, args.exc_type.__name__,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._error_arrived.emit(_summary(args.exc_type, args.exc_value))

    def _qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's warnings go to the log at their own level; never a dialog. Qt's words (widgets, fonts, files), not the
        person's, so the text is kept as it is, cut short."""
        category = context.category or "qt"
        # Logged as the record's text, not as an argument: the private-text filter would withhold a long message.
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), f"[{category}] {message[:QT_MESSAGE_LIMIT]}")
        if self._previous_qt is not None:
            self._previous_qt(mode, context, message)
        elif sys.stderr is not None and mode != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)

    @Slot(str)
    def _show(self, summary: str) -> None:
        if self._broken:
            return
        try:
            if self._dialog is None:
                dialog = CrashDialog(self._log_file, self._window_getter())
                dialog.finished.connect(self._closed)
                self._dialog = dialog
                dialog.add_details(summary)
                dialog.open()
            else:
                self._dialog.add_details(summary)
        except Exception:  # the dialog failing must not start a loop of dialogs
            self._broken = True
            log.exception("The crash dialog could not be shown")

    @Slot(int)
    def _closed(self, _result: int) -> None:
        self._dialog = None


def install_crash_handler(window_getter: Callable[[], QWidget | None], log_file: Path | None,
                          *, qt_messages: bool = True) -> CrashHandler:
    """Log unexpected errors (``sys.excepthook``, ``threading.excepthook``) and Qt's messages, and show the calm
    dialog; ``log_file`` is what ``storage.log.start_log`` returned (None: the dialog mentions no log)."""
    handler = CrashHandler(window_getter, log_file, qt_messages=qt_messages)
    handler.install()
    return handler


def _summary(exc_type: type[BaseException], exc: BaseException) -> str:
    """The error's type and the first line of its message, short: never a traceback."""
    try:
        lines = str(exc).strip().splitlines()
    except Exception:  # a broken __str__ must not break the handler
        lines = []
    first = lines[0] if lines else ""
    if len(first) > DETAIL_LIMIT:
        first = first[:DETAIL_LIMIT] + "…"
    return f"{exc_type.__name__}: {first}" if first else exc_type.__name__
