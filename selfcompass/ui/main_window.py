"""The main window: a quiet sidebar of places (Home, Practices, Journal, Insights, Help), the pages, the player."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from selfcompass import APP_NAME
from selfcompass.core.library import Library
from selfcompass.ui.first_frame import USER_ROLE, new_action
from selfcompass.ui.home import HomePage

if TYPE_CHECKING:
    from selfcompass.ui.library import LibraryView

DROPPABLE = (".toml", ".ics")
# The sidebar's width in pixels: at least this, and never more than this however long a place's name.
NAV_MIN_WIDTH, NAV_MAX_WIDTH = 170, 300
# The places in the sidebar, in order. Other pages (Today in full, the calendar, the weekly check-in) are reached
# from a page, and Coach mode joins the sidebar only once "I coach others" is on (set_place_shown).
SIDEBAR = ("home", "library", "journal", "insights", "coach", "help")
# The keyboard's way to each place: Ctrl+1 to Ctrl+5 in the sidebar's order (features that add a place take its
# shortcut from here, so no two actions share one).
PLACE_SHORTCUTS = {"home": "Ctrl+1", "library": "Ctrl+2", "journal": "Ctrl+3", "insights": "Ctrl+4", "help": "Ctrl+5"}
# Opens "What do I need now?", the chooser, from anywhere in the window.
CHOOSER_SHORTCUT = "Ctrl+P"
# Pages reached from a place: the sidebar keeps that place marked while they show.
REACHED_FROM = {"today": "home", "calendar": "home", "checkin": "insights"}
# The first window takes at most this share of the screen's free area, and fills a small screen (maximised).
SCREEN_SHARE = 0.9
SMALL_SCREEN = (1400, 860)  # logical pixels of free area below which the window opens maximised


class MainWindow(QMainWindow):
    """Holds the screens; the app (the composition root) connects it to services."""

    practice_requested = Signal(str)
    chooser_requested = Signal()
    settings_requested = Signal()
    files_dropped = Signal(list)  # local paths of .toml sequences or .ics calendars dropped on the window
    closing = Signal()
    hidden_to_tray = Signal()  # closed while a tray icon keeps SelfCompass running

    def __init__(self, library: Library, help_html: Callable[[], str], parent: QWidget | None = None, *,
                 hour: int = 12, theme_name: str = "light") -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 520)
        self.maximise_at_first = False  # set by fit_to_screen on a small screen
        self.fit_to_screen()
        self.home = HomePage(hour, theme_name)
        self.home.pause_requested.connect(self.chooser_requested)
        self._library = library
        self._library_view: LibraryView | None = None  # built the first time it is needed (library_view)
        self.player: QWidget | None = None  # set by the app on the first practice (see attach_player)
        self.help_view: QWidget | None = None  # built the first time Help is shown (see _build_help)
        self._help_html = help_html
        self.pages = QStackedWidget(objectName="pages")
        self.nav = QListWidget(objectName="navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(NAV_MIN_WIDTH)  # widened to fit the longest place (large text, other languages)
        self._page_for: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._hidden_places: set[str] = {"coach"}  # until "I coach others" is on
        self._titles: dict[str, str] = {}
        self._before_player = "home"
        self.add_page("home", self.tr("Home", "page name"), self.home)
        self.add_page("library", self.tr("Practices"), self._build_library)
        self.add_page("help", self.tr("Help and support"), self._build_help)
        self.nav.currentRowChanged.connect(self._nav_changed)
        # A place already marked is chosen again from a page reached from it (Calendar, Today, the check-in): its
        # row does not change, so only a click or Enter on it can bring the person back to it.
        self.nav.itemClicked.connect(self._nav_chosen)
        self.nav.itemActivated.connect(self._nav_chosen)
        # With a system tray, closing the window leaves SelfCompass waiting quietly there.
        self.keep_in_tray = False
        self._quitting = False
        # Asked, in order, before the window really closes; any returning False keeps it open (unsaved words).
        self.close_guards: list[Callable[[], bool]] = []
        self.setAcceptDrops(True)
        self.notice = QLabel(objectName="statusNotice")
        self.notice.setWordWrap(True)
        self.statusBar().addWidget(self.notice, 1)
        self.statusBar().setSizeGripEnabled(False)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        self._right = QVBoxLayout()
        self._right.setContentsMargins(0, 0, 0, 0)
        self._right.addWidget(self.pages, 1)
        row.addLayout(self._right, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.nav.setCurrentRow(0)

    def add_page(self, key: str, title: str, widget: QWidget | Callable[[], QWidget],
                 position: int | None = None) -> None:
        """Add a place to the sidebar (other screens, such as the journal, come in through here).

        ``widget`` may be a factory: the page is then built the first time it is shown, so start-up and idle
        memory do not pay for screens nobody has opened.
        """
        if not isinstance(widget, QWidget):
            self._factories[key] = widget
            widget = QWidget(objectName=f"{key}Placeholder")
        self.pages.addWidget(widget)
        self._page_for[key] = widget
        self._titles[key] = title
        del position  # the sidebar keeps its own order (SIDEBAR); kept so features may still say where
        if key in SIDEBAR and key not in self._hidden_places:
            self._list_place(key)

    def _list_place(self, key: str) -> None:
        """Put ``key`` in the sidebar, in SIDEBAR's order."""
        item = QListWidgetItem(self._titles[key])
        item.setData(USER_ROLE, key)
        item.setSizeHint(item.sizeHint().expandedTo(self.nav.fontMetrics().boundingRect("Xg").size() * 2.2))
        order = SIDEBAR.index(key)
        row = next((r for r in range(self.nav.count())
                    if SIDEBAR.index(self.nav.item(r).data(USER_ROLE)) > order), self.nav.count())
        self.nav.insertItem(row, item)
        self.fit_navigation()

    def _row_of(self, key: str) -> int:
        return next((r for r in range(self.nav.count()) if self.nav.item(r).data(USER_ROLE) == key), -1)

    def set_place_shown(self, key: str, shown: bool) -> None:
        """Show or hide a place in the sidebar (Coach mode follows "I coach others"); its page stays reachable."""
        if shown:
            self._hidden_places.discard(key)
            if key in self._titles and self._row_of(key) < 0:
                self._list_place(key)
        else:
            self._hidden_places.add(key)
            row = self._row_of(key)
            if row >= 0:
                if self.pages.currentWidget() is self._page_for.get(key):
                    self.show_page("home")
                self.nav.takeItem(row)
                self.fit_navigation()

    def places(self) -> list[str]:
        """The keys of the places in the sidebar, in order."""
        return [self.nav.item(r).data(USER_ROLE) for r in range(self.nav.count())]

    # -- the first window's size --------------------------------------------------------------------------
    def fit_to_screen(self) -> None:
        """Size the window from the screen's free area (less the taskbar): at most about 90% of it, and
        maximised (``maximise_at_first``) on a small screen such as 1366x768, or 1920x1080 at 150%."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:  # pragma: no cover - Qt always has one, even offscreen
            self.resize(1100, 700)
            return
        free = screen.availableGeometry()
        self.maximise_at_first = free.width() < SMALL_SCREEN[0] or free.height() < SMALL_SCREEN[1]
        width = min(1280, int(free.width() * SCREEN_SHARE))
        height = min(860, int(free.height() * SCREEN_SHARE))
        self.resize(max(width, min(720, free.width())), max(height, min(520, free.height())))
        self.move(free.x() + (free.width() - self.width()) // 2, free.y() + (free.height() - self.height()) // 2)

    def restore_geometry(self, saved: str) -> bool:
        """The size and place the window had when last closed (``saved_geometry``); False if none could be used.
        Qt moves a window saved on a screen no longer there onto one that is."""
        from PySide6.QtCore import QByteArray

        if not saved:
            return False
        if not self.restoreGeometry(QByteArray.fromBase64(QByteArray(saved.encode("ascii")))):
            return False
        self.maximise_at_first = self.isMaximized()
        return True

    def saved_geometry(self) -> str:
        """The window's size and place, to be remembered (text: kept in the settings file)."""
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    def show_first(self) -> None:
        """Show the window for the first time: maximised on a small screen, else at its size."""
        if self.maximise_at_first:
            self.showMaximized()
        else:
            self.show()

    def fit_navigation(self) -> None:
        """The sidebar as wide as its longest place name, within limits, so no name is cut short."""
        metrics = self.nav.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())), default=0)
        frame = 2 * self.nav.frameWidth() + self.nav.verticalScrollBar().sizeHint().width()
        self.nav.setFixedWidth(min(NAV_MAX_WIDTH, max(NAV_MIN_WIDTH, longest + frame + 36)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_navigation()  # a new text size
        super().changeEvent(event)

    def show_page(self, key: str) -> None:
        """Go to a page: a place in the sidebar, or a page reached from one (its place stays marked)."""
        if key not in self._page_for:
            return
        row = self._row_of(key)
        if row < 0:
            row = self._row_of(REACHED_FROM.get(key, ""))
        blocked = self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(blocked)
        self._fill(key)
        self.pages.setCurrentWidget(self._page_for[key])

    def attach_player(self, player: QWidget) -> None:
        """The player page is built on first use, so start-up does not pay for it."""
        self.player = player
        self.pages.addWidget(player)

    def add_offer(self, offer: QWidget) -> None:
        """A gentle offer (a passphrase, the weekly check-in) on Home, one at a time: the next waits until the one
        shown is answered. Never in the status bar, and never over a practice (Home is not on screen then)."""
        self.home.add_offer(offer)

    def remove_offer(self, offer: QWidget) -> None:
        """The person answered ``offer``: it goes, and the next waiting takes its place."""
        self.home.remove_offer(offer)

    @property
    def in_practice(self) -> bool:
        return self.player is not None and self.pages.currentWidget() is self.player

    def show_player(self) -> None:
        assert self.player is not None
        if not self.in_practice:
            current = self.pages.currentWidget()
            self._before_player = next((k for k, w in self._page_for.items() if w is current), "home")
        self.nav.setEnabled(False)
        self.nav.hide()
        self.pages.setCurrentWidget(self.player)

    def leave_player(self) -> None:
        """Back to where the person was before the practice (Home, or the practice list)."""
        self.nav.setEnabled(True)
        self.nav.show()
        back = self._before_player if self._before_player in self._page_for else "home"
        self.show_page(back)
        if back == "library":
            self.library_view.list.setFocus()
        elif back == "home":
            self.home.pause.setFocus()

    def show_full_page(self, page: QWidget) -> None:
        """A page that has the window to itself, with no sidebar (the first run); ``leave_full_page`` ends it."""
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.nav.setEnabled(False)
        self.nav.hide()
        self.pages.setCurrentWidget(page)

    def leave_full_page(self, page: QWidget, to: str = "home") -> None:
        self.pages.removeWidget(page)
        self.nav.setEnabled(True)
        self.nav.show()
        self.show_page(to)

    def page(self, key: str) -> QWidget:
        """The page's widget, building it now if it was added as a factory."""
        self._fill(key)
        return self._page_for[key]

    def _fill(self, key: str) -> None:
        factory = self._factories.pop(key, None)
        if factory is not None:
            placeholder = self._page_for[key]
            built = factory()
            index = self.pages.indexOf(placeholder)
            self.pages.insertWidget(index, built)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._page_for[key] = built

    @property
    def library_view(self) -> LibraryView:
        """The practice list, built now if it has not been (the window opens on Home, so the first frame does
        without it: about 53 million instructions at start-up)."""
        self._fill("library")
        assert self._library_view is not None
        return self._library_view

    def _build_library(self) -> QWidget:
        from selfcompass.ui.library import LibraryView

        view = LibraryView(self._library)
        view.start_requested.connect(self.practice_requested)
        view.chooser_requested.connect(self.chooser_requested)
        self._library_view = view
        return view

    def _build_help(self) -> QWidget:
        from PySide6.QtWidgets import QTextBrowser

        view = QTextBrowser(objectName="helpView")
        view.setAccessibleName(self.tr("Help and support"))
        view.setOpenExternalLinks(False)
        view.setOpenLinks(False)
        # A page like the others rather than a box inside one (theme.py draws it without a frame, focus ring kept);
        # with the document's own margin added, its title starts where every other page's title does.
        from selfcompass.ui.layout import page_margins

        inside = round(view.document().documentMargin())
        left, top, right, bottom = (max(m - inside, 0) for m in page_margins())
        view.setViewportMargins(left, top, right, bottom)
        view.setHtml(self._help_html())
        self.help_view = view
        return view

    def add_banner(self, banner: QWidget) -> None:
        """A prompt banner above the pages, for desktops without a system tray."""
        self._right.insertWidget(0, banner)

    def quit(self) -> None:
        """Really close (the tray's Quit), even when the window normally hides to the tray."""
        self._quitting = True
        self.close()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def _nav_chosen(self, item: QListWidgetItem) -> None:
        key = item.data(USER_ROLE)
        if self.pages.currentWidget() is not self._page_for.get(key):
            self.show_page(key)

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(USER_ROLE)
        self._fill(key)
        self.pages.setCurrentWidget(self._page_for[key])

    def _action(self, menu_title: str, text: str, slot: Callable[[], None],
                shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = new_action(self, text, slot, shortcut)
        self._menus[menu_title].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        # Menus are looked up by their English titles (menu("&File")); what is shown is translated.
        self._menus = {"&File": bar.addMenu(self.tr("&File")),
                       "&Go": bar.addMenu(self.tr("&Go", "menu: go to a place")),
                       "&Help": bar.addMenu(self.tr("&Help"))}
        self._action("&File", self.tr("&Settings…"), self.settings_requested.emit, QKeySequence("Ctrl+,"))
        self._menus["&File"].addSeparator()
        self._action("&File", self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit)
        self._action("&Go", self.tr("&Home"), lambda: self.go_to("home"), PLACE_SHORTCUTS["home"])
        self._action("&Go", self.tr("&Practices"), lambda: self.go_to("library"), PLACE_SHORTCUTS["library"])
        self._action("&Go", self.tr("&Take a pause…", "Go menu: open the chooser"), self._open_chooser,
                     CHOOSER_SHORTCUT)
        self._action("&Go", self.tr("&Find a practice"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action("&Help", self.tr("&Help and support"), lambda: self.go_to("help"),
                     QKeySequence.StandardKey.HelpContents)
        # Help is the fifth place: Ctrl+5 too, beside the system's own Help key (an action of the window's own).
        self.addAction(new_action(self, self.tr("Help and support"), lambda: self.go_to("help"),
                                  PLACE_SHORTCUTS["help"]))

    def menu(self, title: str):
        return self._menus[title]

    def go_to(self, key: str) -> None:
        """A place's shortcut: show it and put the keyboard there (not during a practice or the first run)."""
        if not self.nav.isEnabled() or key not in self._page_for:
            return
        self.show_page(key)
        focus = {"home": lambda: self.home.pause, "library": lambda: self.library_view.list}.get(key)
        (focus() if focus is not None else self._page_for[key]).setFocus()

    def _open_chooser(self) -> None:
        if self.nav.isEnabled():
            self.chooser_requested.emit()

    def _focus_search(self) -> None:
        if self.nav.isEnabled():
            self.show_page("library")
            self.library_view.search.setFocus()

    @staticmethod
    def _droppable(event: QDragEnterEvent | QDropEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile().lower().endswith(DROPPABLE)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._droppable(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._droppable(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.player is not None:
            self.player.abandon()  # type: ignore[attr-defined]
        if self.keep_in_tray and not self._quitting:
            # With a tray, closing the window leaves SelfCompass waiting quietly there (reminders, the journal's
            # lock and the database stay as they are); the tray's Quit, or quit(), really closes it.
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            self._quitting = False
            return
        self.closing.emit()
        super().closeEvent(event)
