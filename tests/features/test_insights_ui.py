"""The insights feature in the real app: lazy pages filled from the worker, charts saved as PNG, check-ins kept as
JSON, and the meetings read from the reminders feature's calendar."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from selfcompass.core.insights import meeting_hours_per_week, recent_weeks
from selfcompass.core.meetings import Meeting
from selfcompass.core.records import Outcome, SessionRecord
from selfcompass.core.reminders.rules import rules_from_settings
from selfcompass.features import insights
from selfcompass.features.insights import OFFER_TEXT, OFFER_TIMER

NOW = datetime(2026, 11, 20, 10, tzinfo=UTC)


def _record(app, qtbot, records: list[SessionRecord]) -> None:
    done: list[object] = []
    app.database.submit(lambda db: [db.sessions.record(r) for r in records], done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def _session(days_ago: int, minutes: float, family: str, before: int | None, after: int | None) -> SessionRecord:
    start = NOW - timedelta(days=days_ago)
    return SessionRecord("box-breathing", "Box breathing", family, start, start + timedelta(minutes=minutes),
                         minutes * 60, minutes * 60, Outcome.FINISHED, before, after)


def test_pages_are_lazy_and_charts_load_only_on_first_visit(make_app) -> None:
    app = make_app()
    feature = insights.install(app.context)
    keys = [app.window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(app.window.nav.count())]
    assert keys.index("insights") < keys.index("help") and "checkin" not in keys  # reached from Insights
    assert feature.insights_page.content is None and feature.checkin_page.content is None
    assert "insights" not in app.features and not hasattr(app, "insights")  # it sets nothing on the app
    assert not app.database.busy  # nothing asked of the database until the page is shown


def test_importing_the_feature_loads_neither_charts_nor_sql() -> None:
    code = ("import sys, selfcompass.features.insights; "
            "assert 'PySide6.QtCharts' not in sys.modules and 'sqlalchemy' not in sys.modules, 'heavy import'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_drawing_insights_and_the_meeting_load_never_loads_qt_charts() -> None:
    """Both draw with ChartCanvas: Qt Charts, its OpenGL libraries and a graphics scene per chart cost about 10 MB
    (issue 24). Run apart, as another test in this process may have loaded Qt Charts already."""
    code = """
import sys
from datetime import UTC, date, datetime, timedelta
from PySide6.QtWidgets import QApplication
app = QApplication(["-platform", "offscreen"])
from selfcompass.core.meetings import Meeting, week_load
from selfcompass.ui.insights.charts import ChartPanel
from selfcompass.ui.insights.view import InsightsView
from selfcompass.ui.meeting_load import MeetingLoadView
from selfcompass.ui.theme import THEMES
panel = ChartPanel("minutes", "Minutes", THEMES["light"])
panel.set_bars(["w1", "w2"], [("Minutes", [3, 5])], unit="minutes", first_column="Week")
assert not panel.view.grab().isNull()
panel.set_lines(["w1", "w2"], [("Before", [2.0, None]), ("After", [3.0, 4.0])], unit="", first_column="Week",
                low=1, high=5)
assert not panel.view.grab().isNull()
InsightsView(THEMES["dark"])
start = datetime(2026, 3, 31, 10, tzinfo=UTC)
load = MeetingLoadView()
load.set_load(week_load([Meeting(start, start + timedelta(hours=1))], date(2026, 3, 30)))
assert not load.grab().isNull()
import selfcompass.features.insights, selfcompass.features.reminders
assert "PySide6.QtCharts" not in sys.modules, "Qt Charts was loaded"
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_it_plugs_in_as_an_app_feature(make_app) -> None:
    app = make_app()
    app.install_features(reminders={"tray_available": False})
    assert app.features["insights"] is app.insights


def test_insights_show_the_numbers_and_save_each_chart(make_app, qtbot, tmp_path: Path) -> None:
    app = make_app()
    app.test_clock.jump(NOW)
    feature = insights.install(app.context)
    _record(app, qtbot, [_session(0, 5, "pause", 2, 4), _session(1, 10, "self-compassion", 3, 3),
                         _session(8, 3, "attention", None, 5)])
    app.window.show()
    app.window.show_page("insights")
    view = feature.insights
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    assert view.minutes.table_rows()[-2:] == [["Week from 9 November 2026", "3 minutes"],
                                              ["Week from 16 November 2026", "15 minutes"]]
    assert view.families.table_rows()[0] == ["Mindful pauses", "1 practice"]
    assert view.feelings.table_rows()[-1] == ["16 Nov", "2.5 of 5", "3.5 of 5"]
    assert "lighter afterwards 1 time" in view.feelings.words.text()
    assert "calendar" in view.meetings.words.text()
    for panel in view.panels:
        assert panel.view.accessibleName().startswith("Chart: ")
        assert panel.table.accessibleName().startswith("Numbers behind the chart")
        path = tmp_path / f"{panel.key}.png"
        assert panel.save_png(path)
        assert not QImage(str(path)).isNull()
    assert "streak" not in " ".join(p.words.text().lower() for p in view.panels)


def test_insights_open_with_a_sentence_and_keep_the_numbers_behind_a_button(make_app, qtbot) -> None:
    app = make_app()
    app.test_clock.jump(NOW)
    feature = insights.install(app.context)
    _record(app, qtbot, [_session(0, 2, "pause", None, None), _session(1, 3, "pause", None, None)])
    app.window.show()
    app.window.show_page("insights")
    view = feature.insights
    qtbot.waitUntil(lambda: view.data is not None, timeout=10_000)
    assert view.summary.text().startswith("Two pauses this week") and "5 minutes in all" in view.summary.text()
    assert view.minutes.has_chart and view.families.has_chart
    assert not view.feelings.has_chart and not view.feelings.view.isVisible()  # nothing noted: words only
    assert view.feelings.words.isVisible()
    panel = view.minutes
    assert not panel.table.isVisible() and panel.numbers_button.text() == "Show the numbers"
    qtbot.mouseClick(panel.numbers_button, Qt.MouseButton.LeftButton)
    assert panel.table.isVisible() and panel.numbers_button.text() == "Hide the numbers"
    rows = panel.table_rows()
    assert rows[-1] == ["Week from 16 November 2026", "5 minutes"] and rows[0][1] == "none"  # never "0 minutes"
    words = " ".join(p.words.text() for p in view.panels)
    assert words.lower().count("calendar") == 1  # one calendar suggestion, with its one action
    assert view.calendar_button.isVisibleTo(view)


def test_a_check_in_is_saved_scored_and_shown_in_insights(make_app, qtbot) -> None:
    app = make_app()
    app.test_clock.jump(NOW)
    feature = insights.install(app.context)
    app.window.show()
    feature.open_checkin()
    view = feature.checkin
    assert "not a validated measure" in view.notice.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "leave out any" in view.result.text()  # nothing answered: a gentle word, nothing saved
    assert not feature.store.path.exists()
    view.answer("kind-voice", 4)
    view.answer("harsh-voice", 2)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "Kindness towards yourself: closest to “Quite a lot” (4 of 5)" in view.result.text()
    assert view.help_line.isVisible() and "help and support" in view.help_line.text()
    view.help_line.linkActivated.emit("help")  # the calm line under every result leads to the help page
    assert app.window.pages.currentWidget() is app.window._page_for["help"]
    app.window.show_page("checkin")
    log = feature.store.load(feature.store.questionnaires()[0])
    assert [r.scores for r in log.results] == [{"kindness": 4.0}]
    app.window.show_page("insights")
    qtbot.waitUntil(lambda: feature.insights.data is not None, timeout=10_000)
    assert feature.insights.checkin.table_rows() == [["20 Nov", "4", "not noted", "not noted"]]


def test_a_coach_questionnaire_is_checked_before_it_is_added(make_app, tmp_path: Path) -> None:
    app = make_app()
    feature = insights.install(app.context)
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "coach"\ntitle = "Coach"\nnotice = "n"\n[scoring]\nminimum = 1\nmaximum = 3\n'
                   'labels = ["a", "b", "c"]\n[[subscales]]\nid = "s"\ntitle = "S"\n[[items]]\nid = "i"\n'
                   'subscale = "t"\ntext = "Hello."\n', encoding="utf-8")
    feature.add_questionnaire(bad)
    problems = feature.checkin.problems.text()
    assert "bad.toml, line 14: items[0].subscale" in problems and "Fix:" in problems
    good = tmp_path / "good.toml"
    good.write_text(bad.read_text(encoding="utf-8").replace('subscale = "t"', 'subscale = "s"'), encoding="utf-8")
    feature.add_questionnaire(good)
    assert feature.checkin.questionnaire is not None and feature.checkin.questionnaire.id == "coach"
    assert (app.paths.data / "questionnaires" / "coach.toml").exists()
    assert feature.checkin.choice.count() == 2


def offered(app) -> list[str]:
    """The words of the offers on Home (never the status bar: issue 20)."""
    from PySide6.QtWidgets import QLabel

    return [label.text() for offer in app.window.home.offers for label in offer.findChildren(QLabel)]


def test_the_weekly_offer_is_a_quiet_offer_on_home_at_most_once_a_week(make_app, qtbot) -> None:
    app = make_app()
    app.test_clock.jump(NOW)
    feature = insights.install(app.context)
    assert feature.offer_if_due()
    assert offered(app) == [OFFER_TEXT] and app.window.notice.text() == ""
    assert not feature.offer_if_due()
    app.window.show()
    qtbot.mouseClick(app.window.home.offers[0].findChild(QPushButton, "checkinOfferYes"), Qt.MouseButton.LeftButton)
    assert offered(app) == [] and app.window.pages.currentWidget() is feature.checkin_page
    app.test_clock.jump(NOW + timedelta(days=7))
    assert feature.offer_if_due()


def test_the_offer_can_be_turned_off(make_app) -> None:
    app = make_app()
    app.settings.values["checkin_offer"] = False
    assert not insights.install(app.context).offer_if_due()


def test_pages_follow_a_new_theme_when_next_shown(make_app, qtbot) -> None:
    from selfcompass.ui.theme import THEMES

    app = make_app(theme="light")
    feature = insights.install(app.context)
    app.window.show()
    app.window.show_page("insights")
    qtbot.waitUntil(lambda: feature.insights.data is not None, timeout=10_000)
    app.window.show_page("checkin")
    app.change_setting("theme", "high-contrast")
    app.window.show_page("insights")
    assert feature.insights.theme is THEMES["high-contrast"]
    image = feature.insights.minutes.view.grab().toImage()
    assert image.pixelColor(image.width() // 2, 3 * image.devicePixelRatio()).name() == "#000000"
    assert [colour for *_, colour in feature.insights.minutes.view.series()] == ["#ffff00"]
    app.window.show_page("checkin")
    assert THEMES["high-contrast"].accent in feature.checkin.styleSheet()


def test_redrawing_a_chart_replaces_what_it_drew(qtbot) -> None:
    """Insights redraws each chart whenever it is shown: bars become lines, nothing stacks."""
    from selfcompass.ui.insights.charts import ChartPanel
    from selfcompass.ui.theme import THEMES

    panel = ChartPanel("minutes", "Minutes", THEMES["light"])
    qtbot.addWidget(panel)
    panel.set_bars(["w1", "w2"], [("Minutes", [3, 5])], unit="minutes", first_column="Week")
    assert panel.view.kind() == "bars" and panel.view.unit() == "minutes"
    panel.set_lines(["w1", "w2"], [("Before", [2.0, None])], unit="", first_column="Week", low=1, high=5)
    assert panel.view.kind() == "lines" and panel.view.unit() == ""
    assert [(name, values) for name, values, _ in panel.view.series()] == [("Before", [2.0, None])]
    assert panel.view.axis_range() == (1, 5) and panel.view.ticks() == ["1", "2", "3", "4", "5"]


def test_the_offer_waits_while_the_welcome_is_open(make_app, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    app = make_app()
    app.test_clock.jump(NOW)
    app.window.show()
    feature = insights.install(app.context)
    app.show_welcome()
    qtbot.waitUntil(lambda: app.welcome.isVisible())
    app.test_timers.run_until(NOW + timedelta(seconds=5))
    assert offered(app) == []  # one thing at a time on a first start
    assert OFFER_TIMER in app.test_timers.pending()  # asked again a little later
    app.welcome.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    app.test_timers.run_until(NOW + timedelta(seconds=10))
    assert offered(app) == [OFFER_TEXT]
    assert not app.test_timers.pending()
    feature.shutdown()


def test_the_offer_timer_is_named_and_stopped_at_shutdown(make_app) -> None:
    app = make_app()
    app.test_clock.jump(NOW)
    feature = insights.install(app.context)
    assert app.test_timers.pending() == {OFFER_TIMER: NOW + timedelta(seconds=4)}
    feature.shutdown()
    assert not app.test_timers.pending()


def _meetings_each_weekday(weeks: int) -> tuple[Meeting, ...]:
    """An hour's meeting at 10:00 each weekday for the last ``weeks`` weeks, up to NOW (a Friday)."""
    out = []
    for day in range(7 * weeks):
        start = (NOW - timedelta(days=day)).replace(hour=10)
        if start.weekday() < 5:
            out.append(Meeting(start, start + timedelta(hours=1), "Meeting"))
    return tuple(sorted(out, key=lambda m: m.start))


def test_insights_show_the_meetings_they_are_given_and_none_without_a_calendar(make_app, qtbot) -> None:
    app = make_app(calendar_file="/somewhere/calendar.ics")
    app.test_clock.jump(NOW)
    asked: list[int] = []

    def meetings() -> tuple[Meeting, ...]:
        asked.append(1)
        return _meetings_each_weekday(3)

    feature = insights.install(app.context, meetings=meetings)
    app.window.show()
    app.window.show_page("insights")
    qtbot.waitUntil(lambda: feature.insights.data is not None, timeout=10_000)
    assert feature.insights.data.meeting_hours[-3:] == [5.0, 5.0, 5.0] and asked == [1]
    assert "calendar" not in feature.insights.meetings.words.text()
    app.change_setting("calendar_file", "")  # no calendar chosen: an invitation, not a row of noughts
    feature.insights.data = None
    feature.refresh()
    qtbot.waitUntil(lambda: feature.insights.data is not None, timeout=10_000)
    assert feature.insights.data.meeting_hours is None and asked == [1]
    assert "Add your calendar" in feature.insights.meetings.words.text()
    assert feature.insights.calendar_button.text() == "Add my calendar"  # the one suggestion, with its action
    assert not feature.insights.meetings.has_chart  # nothing to draw yet


def test_insights_use_the_reminders_calendar_and_never_read_the_file_again(make_app, qtbot, monkeypatch,
                                                                             repo_root: Path) -> None:
    from selfcompass.scheduling import calendar_import, calendar_source

    app = make_app()
    app.test_clock.jump(datetime(2026, 3, 6, 12, tzinfo=UTC))  # the Friday of the calendar's first week
    app.window.show()
    app.install_features(reminders={"tray_available": False})
    reminders = app.features["reminders"]
    calendar = repo_root / "tests" / "data" / "calendars" / "outlook_week.ics"
    reminders.calendar.import_now(calendar)
    app.change_setting("calendar_file", str(calendar))
    working = rules_from_settings(app.settings.values)[0].working
    hours = meeting_hours_per_week(reminders.calendar.meetings(), recent_weeks(date(2026, 3, 6)), working)
    assert hours[-1] > 0

    def no_second_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("insights read the calendar file again")

    monkeypatch.setattr(calendar_import, "import_calendar", no_second_reading)
    monkeypatch.setattr(calendar_source, "import_calendar", no_second_reading)
    app.window.show_page("insights")
    qtbot.waitUntil(lambda: app.insights.insights.data is not None, timeout=10_000)
    assert app.insights.insights.data.meeting_hours == hours
    assert app.insights.insights.meetings.table_rows()[-1][1] != "0 hours"


def test_the_reminders_calendar_reaches_back_over_every_week_insights_shows() -> None:
    from selfcompass.core.insights import DEFAULT_WEEKS
    from selfcompass.scheduling.calendar_import import default_window

    start, _ = default_window(NOW)
    assert start.date() <= recent_weeks(NOW.date(), DEFAULT_WEEKS)[0]


def test_insights_hidden_a_while_lets_its_charts_go_and_builds_them_again(make_app, qtbot) -> None:
    from selfcompass.features.insights import RELEASE_AFTER, RELEASE_TIMER

    app = make_app()
    app.test_clock.jump(NOW)
    feature = insights.install(app.context)
    _record(app, qtbot, [_session(0, 5, "pause", 2, 4)])
    app.window.show()
    app.window.show_page("insights")
    qtbot.waitUntil(lambda: feature.insights.data is not None, timeout=10_000)
    first = feature.insights
    app.window.show_page("home")
    assert RELEASE_TIMER in app.test_timers.pending()
    app.test_timers.run_until(NOW + RELEASE_AFTER - timedelta(seconds=1))
    assert feature.insights_page.content is first  # not yet
    app.window.show_page("insights")  # back in time: nothing is let go
    assert RELEASE_TIMER not in app.test_timers.pending()
    app.window.show_page("home")
    app.test_timers.run_until(app.test_clock.now() + RELEASE_AFTER)
    assert feature.insights_page.content is None  # the charts and tables went
    app.window.show_page("insights")  # and come back, with the numbers read afresh
    qtbot.waitUntil(lambda: feature.insights_page.content is not None and feature.insights.data is not None,
                    timeout=10_000)
    assert feature.insights is not first
    assert feature.insights.minutes.table_rows()[-1] == ["Week from 16 November 2026", "5 minutes"]


def test_insights_on_screen_is_never_let_go(make_app, qtbot) -> None:
    app = make_app()
    feature = insights.install(app.context)
    app.window.show()
    app.window.show_page("insights")
    assert not feature.insights_page.release()
    assert feature.insights_page.content is not None
