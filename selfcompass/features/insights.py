"""The insights feature: the Insights and weekly check-in pages, their menu items and a gentle weekly offer.

Nothing here slows start-up: both pages are placeholders until first shown (their widgets are imported then), what
the charts show is gathered on the database worker, and the meetings come from the calendar the reminders feature
already holds (never a second reading of the .ics file).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from selfcompass.core.datafile import DataFileError
from selfcompass.core.i18n import QT_TRANSLATE_NOOP
from selfcompass.paths import resource_dir
from selfcompass.storage.checkins import CheckinStore
from selfcompass.ui.insights.lazy_page import LazyPage
from selfcompass.ui.main_window import PLACE_SHORTCUTS

if TYPE_CHECKING:
    from selfcompass.core.meetings import Meeting
    from selfcompass.core.questionnaire import Questionnaire
    from selfcompass.features.context import FeatureContext
    from selfcompass.storage.database import Database
    from selfcompass.ui.checkin.view import CheckinView
    from selfcompass.ui.insights.view import InsightsData, InsightsView

# The meetings in the reminders feature's calendar (its ``calendar.meetings``).
MeetingsSource = Callable[[], Sequence["Meeting"]]

# Enough sessions for eight weeks of even a very keen person; the job reads no more than this.
MAX_SESSIONS = 5000
OFFER_DELAY = timedelta(seconds=4)
OFFER_TIMER = "insights-weekly-offer"
# Insights hidden this long lets its charts and tables go (about 4 MB); the next visit builds them again and reads
# the numbers afresh, as every visit does. The check-in page is kept: it may hold answers not yet sent.
RELEASE_AFTER = timedelta(minutes=3)
RELEASE_TIMER = "insights-release"
#: The weekly offer, one gentle offer on Home (never the status bar).
OFFER_TEXT = QT_TRANSLATE_NOOP("InsightsFeature", "A short weekly check-in is here whenever you'd like it. "
                                                   "It's optional, and only for you.")


class InsightsFeature(QObject):
    """The insights feature's public face: the two pages and the check-in store for one run of the app."""

    def __init__(self, ctx: FeatureContext, meetings: MeetingsSource | None = None) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        self._meetings = meetings
        self.store = CheckinStore(ctx.paths.data, resource_dir() / "practices" / "questionnaires")
        window = ctx.window
        keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
        help_row = keys.index("help") if "help" in keys else None
        self.insights_page = LazyPage(self._build_insights, self._insights_shown, "insightsPage",
                                      on_hide=self._insights_hidden)
        self.checkin_page = LazyPage(self._build_checkin, self._follow_theme, "checkinPage")
        window.add_page("insights", self.tr("Insights"), self.insights_page, help_row)
        window.add_page("checkin", self.tr("Weekly check-in"), self.checkin_page,
                        None if help_row is None else help_row + 1)
        go = window.menu("&Go")  # the main window's key for its Go menu, not the shown (translated) title
        self.insights_action = QAction(self.tr("&Insights"), window)
        self.insights_action.setShortcuts([QKeySequence(PLACE_SHORTCUTS["insights"])])  # Ctrl+4: the fourth place
        self.insights_action.triggered.connect(lambda: window.go_to("insights"))
        self.checkin_action = QAction(self.tr("Weekly check-&in…"), window)
        self.checkin_action.triggered.connect(self.open_checkin)
        go.addAction(self.insights_action)
        go.addAction(self.checkin_action)
        self._refreshing = False
        self._shut_down = False
        self._arm_offer()

    # -- pages --------------------------------------------------------------------------------------------------
    @property
    def insights(self) -> InsightsView:
        return self.insights_page.ensure()  # type: ignore[return-value]

    @property
    def checkin(self) -> CheckinView:
        return self.checkin_page.ensure()  # type: ignore[return-value]

    def _build_insights(self) -> QWidget:
        from selfcompass.ui.insights.view import InsightsView  # loads here, on first visit

        view = InsightsView(self._ctx.theme())
        view.checkin_requested.connect(self.open_checkin)
        view.notice.connect(self._ctx.notice)
        view.calendar_requested.connect(lambda: self._ctx.window.show_page("calendar"))
        return view

    def _insights_shown(self) -> None:
        if (timers := self._ctx.timers.peek()) is not None:
            timers.cancel(RELEASE_TIMER)
        self.refresh()

    def _insights_hidden(self) -> None:
        if self.insights_page.content is not None and not self._shut_down:
            self._ctx.timers.get().start_at(RELEASE_TIMER, self._ctx.clock.now() + RELEASE_AFTER,
                                            self._release_insights)

    def _release_insights(self) -> None:
        if self.insights_page.release():
            from selfcompass.desktop.memory import let_go

            let_go()

    def _build_checkin(self) -> QWidget:
        from selfcompass.ui.checkin.view import CheckinView

        questionnaires, problems = self.store.questionnaires()
        view = CheckinView(questionnaires, theme=self._ctx.theme())
        if problems:
            view.show_problems(self.tr("Some questionnaire files couldn't be used:") + "\n" + "\n".join(problems))
        view.submitted.connect(self._submitted)
        view.add_requested.connect(self.add_questionnaire)
        view.help_requested.connect(lambda: self._ctx.window.show_page("help"))
        return view

    def open_checkin(self) -> None:
        self._ctx.window.show_page("checkin")

    def _follow_theme(self) -> None:
        """Pages catch up with the chosen theme when next shown (one hidden meanwhile need not redraw)."""
        theme = self._ctx.theme()
        for page in (self.insights_page, self.checkin_page):
            view = page.content
            if view is not None and getattr(view, "theme", None) is not theme:
                view.set_theme(theme)  # type: ignore[attr-defined]

    # -- insights data (read on the database worker) ------------------------------------------------------------
    def refresh(self) -> None:
        self._follow_theme()
        if self._refreshing:
            return
        self._refreshing = True
        from selfcompass.core.reminders.rules import rules_from_settings

        ctx = self._ctx
        working = rules_from_settings(ctx.settings.values)[0].working
        zone = working.zone
        today = ctx.clock.now().astimezone(zone).date()
        # The reminders feature's calendar, as it stands now; None (no figures) without a calendar.
        calendar = self._meetings if ctx.settings["calendar_file"] else None
        meetings = tuple(calendar()) if calendar is not None else None
        store = self.store

        def job(db: Database) -> InsightsData:
            from selfcompass.ui.insights.view import gather

            questionnaires, _ = store.questionnaires()
            shipped = questionnaires[0] if questionnaires else None
            return gather(db.sessions.recent(limit=MAX_SESSIONS), today, zone, meetings, working,
                          store.load(questionnaires), shipped)

        ctx.database.get().submit(job, self._gathered, self._failed)

    def _gathered(self, data: InsightsData) -> None:
        self._refreshing = False
        if self.insights_page.content is not None:  # (let go meanwhile: the next visit reads them again)
            self.insights.set_data(data)

    def _failed(self, _error: BaseException) -> None:
        self._refreshing = False
        if self.insights_page.content is not None:
            self.insights.set_failed(self.tr("Your insights couldn't be gathered just now. Your practice is "
                                             "still recorded; you might try again later."))

    # -- the check-in -------------------------------------------------------------------------------------------
    def _submitted(self, q: Questionnaire, answers: dict[str, int]) -> None:
        try:
            result = self.store.record(q, answers, self._ctx.clock.now())
        except OSError as exc:
            self._ctx.notice(self.tr("Your check-in couldn't be saved ({error}). You might check there is space in "
                                     "your data folder.").format(error=exc.strerror or exc))
            return
        self.checkin.show_result(q, dict(result.scores))

    def add_questionnaire(self, path: Path) -> None:
        try:
            q = self.store.add_questionnaire(path)
        except DataFileError as exc:
            self.checkin.show_problems(self.tr("That questionnaire couldn't be used. Here is what to change:") + "\n"
                                       + str(exc))
            return
        except OSError as exc:
            self.checkin.show_problems(self.tr("That questionnaire couldn't be copied ({error}).").format(
                error=exc.strerror or exc))
            return
        questionnaires, _ = self.store.questionnaires()
        self.checkin.show_problems(self.tr("Added “{title}”.").format(title=q.title))
        self.checkin.set_questionnaires(questionnaires, select=q.id)

    # -- the weekly offer -------------------------------------------------------------------------------------
    def _arm_offer(self) -> None:
        self._ctx.timers.get().start_at(OFFER_TIMER, self._ctx.clock.now() + OFFER_DELAY, self._offer_later)

    def _offer_later(self) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.activeModalWidget() is not None or not self._ctx.settings["first_run_done"]:
            # The first run, or a question being asked: one thing at a time.
            self._arm_offer()
        elif self._ctx.window.isVisible():
            self.offer_if_due()

    def offer_if_due(self) -> bool:
        """A quiet status line at most once a week; never a pop-up, and never soon after a check-in."""
        if self._ctx.settings.values.get("checkin_offer", True) is False:
            return False
        if not self.store.note_offer_if_due(self._ctx.clock.now()):
            return False
        self._ctx.window.add_offer(self._offer_card())
        return True

    def _offer_card(self) -> QWidget:
        """The check-in offer for Home's one offer slot: take it, or "Not now", equally easy."""
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

        card = QWidget(objectName="checkinOffer")
        row = QHBoxLayout(card)
        row.setContentsMargins(0, 0, 0, 0)
        words = QLabel(QCoreApplication.translate("InsightsFeature", OFFER_TEXT))
        words.setWordWrap(True)
        row.addWidget(words, 1)
        take = QPushButton(self.tr("Take the check-in"), objectName="checkinOfferYes")
        later = QPushButton(self.tr("Not now", "decline the weekly check-in"), objectName="checkinOfferNo")
        row.addWidget(take)
        row.addWidget(later)
        window = self._ctx.window

        def answered(take_it: bool) -> None:
            window.remove_offer(card)
            if take_it:
                self.open_checkin()

        take.clicked.connect(lambda: answered(True))
        later.clicked.connect(lambda: answered(False))
        return card

    def shutdown(self) -> None:
        self._shut_down = True
        if (timers := self._ctx.timers.peek()) is not None:
            timers.cancel(OFFER_TIMER)
            timers.cancel(RELEASE_TIMER)


def install(ctx: FeatureContext, *, meetings: MeetingsSource | None = None) -> InsightsFeature:
    """Install Insights and the weekly check-in. ``meetings`` is the reminders feature's ``calendar.meetings``
    (None without reminders: Insights then shows no meeting figures)."""
    return InsightsFeature(ctx, meetings)
