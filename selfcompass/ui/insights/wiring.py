"""``install_insights(app)``: adds the Insights and weekly check-in pages, their menu items and a gentle offer.

Nothing here slows start-up: both pages are placeholders until first shown (QtCharts is imported then), the
database is only read on the app's worker, and the weekly offer is a quiet status line a little after start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from selfcompass.core.checkin import offer_due, take
from selfcompass.core.datafile import DataFileError
from selfcompass.core.questionnaire import Questionnaire
from selfcompass.paths import resource_dir
from selfcompass.storage.checkins import CheckinStore

if TYPE_CHECKING:
    from selfcompass.ui.checkin.view import CheckinView
    from selfcompass.ui.insights.view import InsightsData, InsightsView

# Enough sessions for eight weeks of even a very keen person; the job reads no more than this.
MAX_SESSIONS = 5000
OFFER_DELAY_MS = 4000
#: The weekly offer, a quiet line in the status area ("Go" and "Weekly check-in" name the menu and its item).
OFFER_TEXT = QT_TRANSLATE_NOOP("InsightsWiring", "A short weekly check-in is here whenever you'd like it "
                                                  "(Go ▸ Weekly check-in). It's optional, and only for you.")


class LazyPage(QWidget):
    """A page that builds its content the first time it is shown, and calls ``on_show`` every time."""

    def __init__(self, build: Callable[[], QWidget], on_show: Callable[[], None] | None = None,
                 name: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self._build = build
        self._on_show = on_show
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            self.layout().addWidget(self.content)
            self.content.show()  # now, not on the next event-loop turn, so Tab can reach it at once
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        if self._on_show is not None:
            self._on_show()
        super().showEvent(event)


class InsightsWiring(QObject):
    """Owns the two pages and the check-in file for one run of the app."""

    def __init__(self, app: Any, shipped_dir: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self.store = CheckinStore(app.paths.data, shipped_dir or resource_dir() / "practices" / "questionnaires")
        window = app.window
        keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
        help_row = keys.index("help") if "help" in keys else None
        self.insights_page = LazyPage(self._build_insights, self.refresh, "insightsPage")
        self.checkin_page = LazyPage(self._build_checkin, self._follow_theme, "checkinPage")
        window.add_page("insights", self.tr("Insights"), self.insights_page, help_row)
        window.add_page("checkin", self.tr("Weekly check-in"), self.checkin_page,
                        None if help_row is None else help_row + 1)
        go = window.menu("&Go")  # the main window's key for its Go menu, not the shown (translated) title
        self.insights_action = QAction(self.tr("&Insights"), window)
        self.insights_action.triggered.connect(lambda: window.show_page("insights"))
        self.checkin_action = QAction(self.tr("Weekly check-&in…"), window)
        self.checkin_action.triggered.connect(self.open_checkin)
        go.addAction(self.insights_action)
        go.addAction(self.checkin_action)
        self._refreshing = False
        QTimer.singleShot(OFFER_DELAY_MS, window, self._offer_later)  # cancelled if the window goes

    # -- pages --------------------------------------------------------------------------------------------------
    @property
    def insights(self) -> InsightsView:
        return self.insights_page.ensure()  # type: ignore[return-value]

    @property
    def checkin(self) -> CheckinView:
        return self.checkin_page.ensure()  # type: ignore[return-value]

    def _build_insights(self) -> QWidget:
        from selfcompass.ui.insights.view import InsightsView  # QtCharts loads here, on first visit

        view = InsightsView(self._app.theme)
        view.checkin_requested.connect(self.open_checkin)
        view.notice.connect(self._app.window.show_notice)
        return view

    def _build_checkin(self) -> QWidget:
        from selfcompass.ui.checkin.view import CheckinView

        questionnaires, problems = self.store.questionnaires()
        view = CheckinView(questionnaires, theme=self._app.theme)
        if problems:
            view.show_problems(self.tr("Some questionnaire files couldn't be used:") + "\n" + "\n".join(problems))
        view.submitted.connect(self._submitted)
        view.add_requested.connect(self.add_questionnaire)
        return view

    def open_checkin(self) -> None:
        self._app.window.show_page("checkin")

    # -- insights data (read on the database worker) ------------------------------------------------------------
    def _follow_theme(self) -> None:
        """The app has no theme-changed signal: pages catch up with the chosen theme when shown."""
        for page in (self.insights_page, self.checkin_page):
            view = page.content
            if view is not None and getattr(view, "theme", None) is not self._app.theme:
                view.set_theme(self._app.theme)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        self._follow_theme()
        if self._refreshing:
            return
        self._refreshing = True
        from selfcompass.core.reminders.rules import rules_from_settings

        app = self._app
        rules, _ = rules_from_settings(app.settings.values)
        working = rules.working
        zone = working.zone
        today = app.clock.now().astimezone(zone).date()
        source = getattr(app, "calendar", None)
        known: tuple[Any, ...] | None = tuple(source.meetings()) if source is not None else None
        calendar_file = str(app.settings.values.get("calendar_file") or "")
        store = self.store

        def job(db: Any) -> InsightsData:
            from selfcompass.ui.insights.view import gather

            meetings = known if known is not None else _import_meetings(calendar_file, today, working.time_zone)
            questionnaires, _ = store.questionnaires()
            shipped = questionnaires[0] if questionnaires else None
            return gather(db.sessions.recent(limit=MAX_SESSIONS), today, zone, meetings, working,
                          store.load(questionnaires), shipped)

        app.database.submit(job, self._gathered, self._failed)

    def _gathered(self, data: InsightsData) -> None:
        self._refreshing = False
        self.insights.set_data(data)

    def _failed(self, error: BaseException) -> None:
        self._refreshing = False
        self.insights.set_failed(self.tr("Your insights couldn't be gathered just now. Your practice is still "
                                         "recorded; you might try again later."))

    # -- the check-in -------------------------------------------------------------------------------------------
    def _submitted(self, q: Questionnaire, answers: dict[str, int]) -> None:
        questionnaires, _ = self.store.questionnaires()
        log = self.store.load(questionnaires)
        result = take(q, answers, self._app.clock.now())
        log.results.append(result)
        try:
            self.store.save(log)
        except OSError as exc:
            self._app.window.show_notice(self.tr("Your check-in couldn't be saved ({error}). You might check there is "
                                                 "space in your data folder.").format(error=exc.strerror or exc))
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

    def _offer_later(self) -> None:
        from PySide6.QtWidgets import QApplication

        window = self._app.window
        if QApplication.activeModalWidget() is not None:  # the welcome, or a question being asked: one thing at a time
            QTimer.singleShot(OFFER_DELAY_MS, window, self._offer_later)
        elif window.isVisible():
            self.offer_if_due()

    def offer_if_due(self) -> bool:
        """A quiet status line at most once a week; never a pop-up, and never soon after a check-in."""
        app = self._app
        if app.settings.values.get("checkin_offer", True) is False:
            return False
        log = self.store.load(self.store.questionnaires()[0])
        now = app.clock.now()
        if not offer_due(log, now):
            return False
        log.last_offered = now
        try:
            self.store.save(log)
        except OSError:
            return False  # without a record of the offer it would repeat; better to stay quiet
        app.window.show_notice(QCoreApplication.translate("InsightsWiring", OFFER_TEXT))
        return True


def _import_meetings(calendar_file: str, today: Any, time_zone: str) -> tuple[Any, ...] | None:
    """Read the calendar file for the Insights weeks (on the worker). None when there is no usable calendar."""
    if not calendar_file:
        return None
    from datetime import UTC, datetime, time, timedelta

    from selfcompass.scheduling.calendar_import import import_calendar

    start = datetime.combine(today - timedelta(weeks=9), time(), UTC)
    end = datetime.combine(today + timedelta(days=8), time(), UTC)
    try:
        return import_calendar(calendar_file, start=start, end=end, time_zone=time_zone).meetings
    except DataFileError:
        return None


def install_insights(app: Any) -> InsightsWiring:
    """The one call app.py makes: ``self.insights = install_insights(self)``."""
    wiring = InsightsWiring(app)
    app.insights = wiring
    return wiring
