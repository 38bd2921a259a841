"""Calendar import, worst cases (issue 22): time and peak memory of the import for files built to be expensive, each
in a fresh process, beside icalendar + recurring-ical-events alone on the same file where that finishes.

Budget for any file under the size limit: under 5 s and under 300 MB peak (the whole process, Python included).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from common import Result

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 31, 12, 0)
SECONDS = 5.0
MEGABYTES = 300.0
FLOOR_TIMEOUT = float(os.environ.get("SELFCOMPASS_BENCH_FLOOR_TIMEOUT", "60"))

OURS = """
import json, resource, sys, time
from datetime import datetime, UTC
from selfcompass.core.datafile import DataFileError
from selfcompass.scheduling.calendar_import import default_window, import_calendar
start, end = default_window(datetime.fromisoformat(sys.argv[2]).replace(tzinfo=UTC))
t0 = time.perf_counter()
try:
    r = import_calendar(sys.argv[1], start=start, end=end)
    outcome = f"{len(r.meetings)} meetings, {len(r.notices)} notices"
except DataFileError as exc:
    outcome = "refused: " + exc.problems[0].message[:60]
took = time.perf_counter() - t0
print(json.dumps({"seconds": took, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": outcome}))
"""

FLOOR = """
import json, resource, sys, time
from datetime import datetime, timedelta
import icalendar, recurring_ical_events
now = datetime.fromisoformat(sys.argv[2])
t0 = time.perf_counter()
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read(), multiple=True)
n = sum(len(recurring_ical_events.of(c).between(now - timedelta(weeks=9), now + timedelta(weeks=8))) for c in cal)
print(json.dumps({"seconds": time.perf_counter() - t0, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "outcome": f"{n} occurrences"}))
"""


def _event(uid: str, start: datetime, minutes: int, extra: str = "") -> str:
    end = start + timedelta(minutes=minutes)
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Meeting {uid}\r\n"
            f"DTSTART;TZID=Europe/London:{start:%Y%m%dT%H%M%S}\r\nDTEND;TZID=Europe/London:{end:%Y%m%dT%H%M%S}\r\n"
            f"{extra}END:VEVENT\r\n")


def _calendar(body: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + body + "END:VCALENDAR\r\n"


def cases() -> dict[str, str]:
    rnd = random.Random(22)
    out: dict[str, str] = {}
    # A real export's size: 49,000 one-off events over three years (about 4,500 in the weeks looked at).
    span = (date(2027, 6, 1) - date(2024, 6, 1)).days
    body = "".join(_event(f"e{i}", datetime.combine(date(2024, 6, 1) + timedelta(days=rnd.randrange(span)),
                                                    datetime.min.time()).replace(hour=rnd.randrange(8, 18)),
                          rnd.choice((15, 30, 60)), "DESCRIPTION:Agenda and papers attached.\r\n")
                   for i in range(49_000))
    out["49,000 events over three years"] = _calendar(body)
    # The same number, all in the weeks looked at: refused (more than 20,000 occurrences).
    body = "".join(_event(f"w{i}", NOW - timedelta(weeks=8) + timedelta(minutes=3 * i), 15) for i in range(49_000))
    out["49,000 events in the window (refused)"] = _calendar(body)
    # 476 bytes that took 14 s and 1.75 GB: daily, every hour and minute (and second) since 2020.
    hours = ",".join(map(str, range(24)))
    minutes = ",".join(map(str, range(60)))
    rule = f"RRULE:FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes};BYSECOND=0,10,20,30,40,50\r\n"
    out["daily BYHOUR x BYMINUTE x BYSECOND since 2020"] = _calendar(_event("bomb", datetime(2020, 1, 1), 1, rule))
    # Rules that never come round again, which dateutil follows to the year 9999 (3 s each, hourly 5 s).
    body = "".join(_event(f"n{i}", datetime(2026, 1, 5, 9), 30,
                          f"RRULE:FREQ={'HOURLY' if i % 2 else 'DAILY'};BYMONTH=2;BYMONTHDAY=31\r\n")
                   for i in range(40))
    out["40 rules that never come round again"] = _calendar(body)
    # Repeating events are read by icalendar and expanded by recurring-ical-events: 4,000 weekly series in the
    # window (the most allowed), four or twenty-two times each; then 49,000 series, all but 3,000 long finished.
    for count in (4, 22):
        body = "".join(_event(f"r{i}", NOW - timedelta(weeks=1, minutes=7 * i), 20,
                              f"RRULE:FREQ=WEEKLY;COUNT={count}\r\n") for i in range(4_000))
        out[f"4,000 repeating events in the window, {count} times each"] = _calendar(body)
    body = "".join(_event(f"o{i}", datetime(2018, 1, 1, 9) + timedelta(minutes=7 * i), 20,
                          "RRULE:FREQ=WEEKLY;UNTIL=20200101T000000Z\r\n" if i >= 3_000 else
                          "RRULE:FREQ=MONTHLY;COUNT=120\r\n") for i in range(49_000))
    out["49,000 repeating events, most long finished"] = _calendar(body)
    # Near the size limit: 15 MB of long descriptions in 22,000 events.
    filler = "DESCRIPTION:" + "x" * 70 + "\r\n " + ("y" * 74 + "\r\n ") * 6 + "end\r\n"
    body = "".join(_event(f"b{i}", datetime(2026, 1, 5, 9) + timedelta(hours=7 * i), 30, filler)
                   for i in range(22_000))
    out["15 MB of events with long descriptions"] = _calendar(body)
    return out


def _run(script: str, path: Path, timeout: float) -> dict[str, object] | None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run([sys.executable, "-c", script, str(path), NOW.isoformat()], capture_output=True,
                              text=True, env=env, timeout=timeout, check=True)
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
        return None
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, text in cases().items():
            path = Path(folder) / "case.ics"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size / 1024 / 1024
            ours = _run(OURS, path, 120)
            floor = _run(FLOOR, path, FLOOR_TIMEOUT)
            if ours is None:
                results.append(Result(f"calendar: {name} (did not finish)", 0, "s", None, f"< {SECONDS:g} s", False))
                continue
            seconds, mb = float(str(ours["seconds"])), float(str(ours["mb"]))
            floor_s = float(str(floor["seconds"])) if floor else None
            label = f"calendar: {name} ({size:.1f} MB; {ours['outcome']})"
            results.append(Result(label, seconds, "s", floor_s, f"< {SECONDS:g} s", seconds < SECONDS))
            note = (f", libraries alone {float(str(floor['mb'])):.0f} MB" if floor
                    else f", libraries alone did not finish in {FLOOR_TIMEOUT:g} s")
            results.append(Result(f"  peak memory{note}", mb, "MB", None, f"< {MEGABYTES:g} MB", mb < MEGABYTES))
    return results


if __name__ == "__main__":
    for r in run():
        print(r.line())
