"""`selfcompass calendar check FILE [--week YYYY-MM-DD]`: read a calendar as the app would, save nothing, and print
what it found: the notices, the busy meetings, and the chosen week's figures as the Calendar page shows them."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from pathlib import Path

from selfcompass.core.datafile import DataFileError
from selfcompass.core.i18n import long_date
from selfcompass.core.reminders.rules import rules_from_settings
from selfcompass.core.reminders.week import day_cells, figure_rules, monday_of, week_figures
from selfcompass.core.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calendar", help="check a calendar file")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    chk = psub.add_parser("check", help="read a calendar (.ics) file as SelfCompass would, without saving anything")
    chk.add_argument("path", type=Path, metavar="FILE", help="the .ics file exported from Outlook, NHSmail or Google")
    chk.add_argument("--week", type=_monday, metavar="YYYY-MM-DD",
                     help="show the week holding this date (default: this week)")
    chk.set_defaults(func=check_calendar)


def _monday(text: str) -> date:
    try:
        return monday_of(date.fromisoformat(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as 2026-03-30.") from None


def _settings(data_dir: str | None) -> Settings:
    """The working pattern of this person's settings (or --data-dir's), read and never written."""
    from selfcompass.paths import resolve
    from selfcompass.storage.settings_file import load_settings

    return load_settings(resolve(data_dir).settings_file)


def check_calendar(ns: argparse.Namespace, now: datetime | None = None) -> int:
    """Exit 0 when the file is usable (notices printed), 1 with the clear message when it is refused."""
    from selfcompass.scheduling.calendar_import import default_window, import_calendar

    settings = _settings(getattr(ns, "data_dir", None))
    for notice in rules_from_settings(settings.values)[1]:
        print(f"settings: {notice}")
    rules = figure_rules(settings.values)  # the page's rules: the full set, in this person's working pattern
    now = now or datetime.now().astimezone()
    monday = ns.week or monday_of(now.astimezone(rules.zone).date())
    start, end = default_window(now)
    # The app reads from nine weeks back to eight ahead; a chosen week outside that is read too.
    week_start = datetime.combine(monday - timedelta(days=1), time(0), rules.zone)
    start, end = min(start, week_start), max(end, week_start + timedelta(days=10))
    path: Path = ns.path
    try:
        result = import_calendar(path, start=start, end=end, time_zone=rules.working.time_zone)
    except DataFileError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{path.name}: not usable; SelfCompass would keep the calendar it has.")
        return 1
    for problem in result.notices:
        print(problem)
    busy = len(result.busy)
    print(f"{path.name}: usable. {busy} busy meeting{'s' if busy != 1 else ''} from "
          f"{long_date(start.astimezone(rules.zone).date())} to {long_date(end.astimezone(rules.zone).date())}"
          f" ({result.events} event{'s' if result.events != 1 else ''} in the file, {result.free} free, "
          f"{result.cancelled} cancelled).")
    figures = week_figures(result.meetings, monday, rules)
    print(f"Week from {long_date(monday)} ({rules.working.time_zone}):")
    print(_row(("Day", "In meetings", "Longest run", "Back to back", "Transition pauses")))
    for d in figures.load.days:
        print(_row(day_cells(d, figures, rules)))
    return 0


def _row(cells: tuple[str, ...]) -> str:
    widths = (16, 12, 12, 13, 0)
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
