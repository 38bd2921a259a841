"""Reminders: importing a busy calendar against icalendar + recurring-ical-events alone, today's plan, idle CPU."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from common import Result, median, p95, timed

from selfcompass.core.meetings import MeetingIndex, WorkingWeek
from selfcompass.core.reminders.planner import Kind, ReminderRules, Rule, TimeRange, day_plan
from selfcompass.scheduling.calendar_import import parse_calendar

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 3, 31)
IDLE_SECONDS = float(os.environ.get("SELFCOMPASS_BENCH_IDLE_SECONDS", "60"))


def busy_calendar(target: int = 5000, seed: int = 7) -> tuple[str, datetime, datetime]:
    """An Outlook-like export with recurring series, exceptions and one-off meetings: about ``target``
    occurrences between last week and eight weeks ahead."""
    rnd = random.Random(seed)
    start = datetime.combine(TODAY - timedelta(days=7), time(0), LONDON)
    end = datetime.combine(TODAY + timedelta(weeks=8), time(0), LONDON)
    out = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
           "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T020000",
           "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
           "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
           "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE"]
    count = 0
    series = 60
    for i in range(series):  # daily weekday series, about 45 occurrences each in the window
        h, m = 8 + i % 9, (i * 5) % 60
        first = TODAY - timedelta(days=30)
        out += ["BEGIN:VEVENT", f"UID:series-{i}@bench", "DTSTAMP:20260101T000000Z", f"SUMMARY:Series {i}",
                f"DTSTART;TZID=GMT Standard Time:{first:%Y%m%d}T{h:02d}{m:02d}00",
                f"DTEND;TZID=GMT Standard Time:{first:%Y%m%d}T{h:02d}{m + 25 if m < 35 else 59:02d}00",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", f"EXDATE;TZID=GMT Standard Time:"
                f"{TODAY + timedelta(days=i % 20):%Y%m%d}T{h:02d}{m:02d}00", "TRANSP:OPAQUE", "END:VEVENT"]
        count += 45
    span = (end - start).days
    i = 0
    while count < target:
        day = start + timedelta(days=rnd.randrange(span))
        s = day.replace(hour=rnd.randrange(8, 18), minute=rnd.choice((0, 15, 30, 45)))
        e = s + timedelta(minutes=rnd.choice((15, 25, 30, 50, 60, 90)))
        out += ["BEGIN:VEVENT", f"UID:one-{i}@bench", "DTSTAMP:20260101T000000Z", f"SUMMARY:Meeting {i}",
                f"DTSTART;TZID=GMT Standard Time:{s:%Y%m%dT%H%M%S}",
                f"DTEND;TZID=GMT Standard Time:{e:%Y%m%dT%H%M%S}",
                "TRANSP:TRANSPARENT" if i % 17 == 0 else "TRANSP:OPAQUE", "END:VEVENT"]
        count += 1
        i += 1
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n", start, end


def _floor(text: str, start: datetime, end: datetime) -> int:
    cal = icalendar.Calendar.from_ical(text)
    return len(recurring_ical_events.of(cal).between(start.date() - timedelta(days=1),
                                                      end.date() + timedelta(days=2)))


IDLE_SCRIPT = textwrap.dedent("""
    import os, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import datetime, time as dtime, UTC
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from selfcompass.core.clock import SystemClock
    from selfcompass.core.reminders.planner import ReminderRules, Rule, Kind
    from selfcompass.core.meetings import MeetingIndex, WorkingWeek
    from selfcompass.scheduling.service import ReminderService
    from selfcompass.scheduling.timers import QtTimers
    app = QApplication([])
    clock = SystemClock()
    rules = ReminderRules(working=WorkingWeek(frozenset(range(7)), dtime(0, 0), dtime(23, 59)),
                          rules=(Rule(Kind.INTERVAL, every_minutes=480),))
    service = ReminderService(clock, QtTimers(clock), rules, lambda: ())
    service.start()
    app.processEvents()
    t0 = time.process_time()
    QTimer.singleShot(int(float(sys.argv[1]) * 1000), app.quit)
    app.exec()
    print(time.process_time() - t0)
""")


def idle_cpu(seconds: float) -> float:
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", IDLE_SCRIPT, str(seconds)], capture_output=True, text=True,
                          env=env, timeout=seconds + 60, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def run() -> list[Result]:
    text, start, end = busy_calendar()
    data = text.encode()
    imported = parse_calendar(data, "bench.ics", start=start, end=end)
    floor_count = _floor(text, start, end)
    # Alternate the two, so a slow spell of the machine falls on both alike (blocks of five drifted by 20%).
    ours_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(7):
        ours_times += timed(lambda: parse_calendar(data, "bench.ics", start=start, end=end), repeat=1)
        floor_times += timed(lambda: _floor(text, start, end), repeat=1)
    ours, floor = median(ours_times), median(floor_times)
    results = [
        Result(f"import + expand busy calendar ({len(imported.meetings)} of {floor_count} occurrences)",
               ours * 1000, "ms", floor * 1000, "<= 1.3x icalendar + recurring-ical-events", ours <= 1.3 * floor),
    ]
    rules = ReminderRules(WorkingWeek(), (TimeRange(time(12, 30), time(13, 15)),), (
        Rule(Kind.TRANSITION), Rule(Kind.GAP), Rule(Kind.INBOX, times=(time(10), time(15))),
        Rule(Kind.INTERVAL, every_minutes=90), Rule(Kind.SHUTDOWN)))
    meetings = MeetingIndex(imported.meetings)  # the service keeps this index beside the stored calendar
    plan_times = timed(lambda: day_plan(rules, meetings, [], TODAY), repeat=50)
    results.append(Result("today's plan from the stored calendar (p95)", p95(plan_times) * 1000, "ms", None,
                          "< 10 ms", p95(plan_times) < 0.010))
    if IDLE_SECONDS > 0:
        cpu = idle_cpu(IDLE_SECONDS)
        results.append(Result(f"service idle {IDLE_SECONDS:g} s with reminders armed (CPU)", cpu, "s", None,
                              "< 0.01 s", cpu < 0.01))
    return results


if __name__ == "__main__":
    _ = UTC
    for r in run():
        print(r.line())
