"""Screenshots of Insights (with made-up sample data) and the check-in, in every theme, for docs/screenshots/.

Run under Xvfb: ``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tools.insights_screenshots``
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea

NOW = datetime(2026, 11, 20, 16, tzinfo=UTC)
FAMILIES = ("pause", "self-compassion", "attention", "leadership")


class _SampleCalendar:
    """Stands in for the reminders feature's calendar: a plausible NHS leader's weeks of meetings."""

    def __init__(self, rng: random.Random) -> None:
        from selfcompass.core.meetings import Meeting

        out = []
        for day in range(70):
            start = (NOW - timedelta(days=day)).replace(hour=8, minute=0)
            if start.weekday() >= 5:
                continue
            t = start + timedelta(minutes=30 * rng.randint(0, 3))
            for _ in range(rng.randint(2, 6)):
                length = timedelta(minutes=rng.choice((30, 30, 60, 60, 90)))
                out.append(Meeting(t, t + length, "Meeting"))
                t += length + timedelta(minutes=rng.choice((0, 0, 30, 60)))
        self._meetings = tuple(out)

    def meetings(self) -> tuple:
        return self._meetings


def sample_sessions(rng: random.Random) -> list:
    from selfcompass.core.records import Outcome, SessionRecord

    out = []
    for day in range(56):
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            start = NOW - timedelta(days=day, hours=rng.randint(0, 8))
            minutes = rng.choice((2, 3, 5, 5, 8, 10, 12))
            before = rng.choice((None, 2, 2, 3, 3, 4))
            after = None if before is None else min(5, before + rng.choice((0, 1, 1, 2)))
            out.append(SessionRecord("sample", "Sample", rng.choice(FAMILIES), start,
                                     start + timedelta(minutes=minutes), minutes * 60, minutes * 60,
                                     Outcome.FINISHED, before, after))
    return out


def main(out_dir: str = "docs/screenshots") -> int:
    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.core.checkin import CheckinLog, take
    from selfcompass.core.settings import Settings
    from selfcompass.features import insights
    from selfcompass.paths import AppPaths
    # The test doubles, found as conftest finds them: textstat installs a package of its own named "tests".
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from doubles import FakeTimers, ManualClock

    from tools.screenshots import grab, window_size

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapp()
    shots: list[str] = []
    for theme in ("light", "dark", "high-contrast"):
        rng = random.Random(7)
        tmp = Path(tempfile.mkdtemp(prefix="selfcompass-insights-"))
        settings = Settings.defaults()
        # A calendar is chosen (the sample below stands in for the one the reminders feature would have read).
        settings.values.update(theme=theme, welcome_seen=True, first_run_done=True,
                               calendar_file=str(tmp / "sample.ics"))
        clock = ManualClock(NOW)
        app = SelfCompassApp(qapp, AppPaths(tmp, tmp, tmp / "cache", tmp / "logs"), settings=settings, clock=clock,
                             timers=FakeTimers(clock))
        feature = insights.install(app.context, meetings=_SampleCalendar(rng).meetings)
        sessions = sample_sessions(rng)
        app.database.submit(lambda db, s=sessions: [db.sessions.record(r) for r in s]).result()
        questionnaires, _ = feature.store.questionnaires()
        q = questionnaires[0]
        log = CheckinLog()
        for week in range(5, -1, -1):
            answers = {i.id: max(1, min(5, 3 + (1 if not i.reverse else -1) * rng.choice((-1, 0, 0, 1)) +
                                       (week < 3) * (0 if i.reverse else 1))) for i in q.items}
            log.results.append(take(q, answers, NOW - timedelta(weeks=week, days=1)))
        log.last_offered = NOW
        feature.store.save(log)
        win = app.window
        win.resize(*window_size())  # the screen less a taskbar, as a maximised window gets
        win.move(0, 0)
        win.show()
        win.show_page("insights")
        view = feature.insights
        for _ in range(200):
            QApplication.processEvents()
            if view.data is not None:
                break
            app.database.submit(lambda db: None).result()
        suffix = "" if theme == "light" else f"-{theme}"
        grab(qapp, win, out / f"insights{suffix}.png", shots)
        scroll = view.findChild(QScrollArea)
        scroll.ensureWidgetVisible(view.feelings, 0, 0)
        scroll.verticalScrollBar().setValue(view.feelings.y() - 10)
        grab(qapp, win, out / f"insights-feelings{suffix}.png", shots)
        scroll.verticalScrollBar().setValue(view.meetings.y() - 10)
        grab(qapp, win, out / f"insights-meetings{suffix}.png", shots)
        view.checkin.save_png(out / f"insights-chart-checkin{suffix}.png")
        shots.append(str(out / f"insights-chart-checkin{suffix}.png"))
        win.show_page("checkin")
        feature.checkin.answer("kind-voice", 4)
        feature.checkin.answer("harsh-voice", 2)
        grab(qapp, win, out / f"insights-checkin{suffix}.png", shots)
        win.close()
        feature.shutdown()
        app.shutdown()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
