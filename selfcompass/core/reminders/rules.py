"""Reminder rules as data: read from the app's settings (or IT's managed file) and checked, with a message for
every problem that names the field and the fix. The maths that uses them is in
:mod:`selfcompass.core.reminders.planner`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selfcompass.core.datafile import DataFileError, Fields, Problem
from selfcompass.core.i18n import translate
from selfcompass.core.meetings import WorkingWeek
from selfcompass.core.reminders.types import Kind, ReminderRules, Rule, TimeRange, default_rules

# Practices a rule may name; ``None`` as a practice id means "choose for me".
PRACTICE_IDS = ("transition-pause", "threshold-pause", "breathing-space", "going-home", "shutdown-ritual",
                "email-intention", "inbox-batching", "notification-fast", "ten-second-pause", "box-breathing")
CHOOSE_FOR_ME = "choose-for-me"


def _parse_time(f: Fields, key: str, value: Any) -> time | None:
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip())
        except ValueError:
            pass
    # Messages about a setting follow its name, as in 'working_start: '9' is not a clock time.'
    f.problem(key, translate("Reminders", "{value} is not a clock time.").format(value=repr(value)),
              translate("Reminders", 'write it as "09:00" or 09:00:00.'))
    return None


def rules_from_mapping(data: Mapping[str, Any], source: str = "settings") -> ReminderRules:
    """Build ReminderRules from settings data (TOML/JSON shapes), checking every field; raises DataFileError."""
    f = Fields(dict(data), source)
    zone_name = f.text("time_zone", required=False, default="Europe/London")
    try:
        ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        f.problem("time_zone", translate("Reminders", '"{zone}" is not a time zone this computer knows.').format(
            zone=zone_name), translate("Reminders", 'use a name such as "Europe/London".'))
        zone_name = "Europe/London"
    day_names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    days = f.text_list("working_days", choices=day_names) or ["mon", "tue", "wed", "thu", "fri"]
    start = _parse_time(f, "working_start", f.data.get("working_start", "09:00"))
    f._used.add("working_start")
    end = _parse_time(f, "working_end", f.data.get("working_end", "17:30"))
    f._used.add("working_end")
    if start and end and end <= start:
        f.problem("working_end", translate("Reminders", "is not after working_start."),
                  translate("Reminders", "set an end time later than the start."))
    quiet: list[TimeRange] = []
    for q in f.tables("quiet", required=False, max_items=10):
        qs = _parse_time(q, "start", q.data.get("start"))
        qe = _parse_time(q, "end", q.data.get("end"))
        q._used.update({"start", "end"})
        q.finish()
        if qs and qe:
            quiet.append(TimeRange(qs, qe))
    rules: list[Rule] = []
    for r in f.tables("rules", required=False, max_items=50):
        kind = r.choice("kind", [k.value for k in Kind if k not in (Kind.FOCUS_END, Kind.SNOOZED,
                                                                   Kind.CATCH_UP)])
        practice = r.text("practice", required=False, default=CHOOSE_FOR_ME)
        if practice not in (*PRACTICE_IDS, CHOOSE_FOR_ME):
            message = translate("Reminders", '"{practice}" is not a known practice.').format(practice=practice)
            #: {choose} is the value meaning "choose for me"; {practices} lists practice ids.
            fix = translate("Reminders", 'use "{choose}" or one of: {practices}.').format(
                choose=CHOOSE_FOR_ME, practices=", ".join(PRACTICE_IDS))
            r.problem("practice", message, fix)
        raw_times = r.data.get("times", [])
        r._used.add("times")
        times = tuple(t for t in (_parse_time(r, "times", v) for v in (raw_times if isinstance(raw_times, list)
                                                                      else [raw_times])) if t)
        every = int(r.number("every_minutes", required=False, default=90, minimum=5, maximum=480, whole=True))
        before = int(r.number("minutes_before_end", required=False, default=15, minimum=0, maximum=120,
                              whole=True))
        gap = int(r.number("min_gap_minutes", required=False, default=30, minimum=5, maximum=240, whole=True))
        lead = int(r.number("lead_minutes", required=False, default=5, minimum=0, maximum=60, whole=True))
        enabled = r.boolean("enabled", default=True)
        r.finish()
        if kind in (Kind.FIXED, Kind.INBOX) and not times:
            r.problem("times", translate("Reminders", "is missing or empty."),
                      translate("Reminders", 'add times = ["10:00", "14:00"].'))
        if kind:
            rules.append(Rule(Kind(kind), None if practice == CHOOSE_FOR_ME and kind != Kind.INBOX
                              else (practice if practice != CHOOSE_FOR_ME else None), times, every, before,
                              gap, lead, enabled))
    spacing = int(f.number("min_spacing_minutes", required=False, default=20, minimum=0, maximum=240, whole=True))
    catch_up = int(f.number("catch_up_within_minutes", required=False, default=240, minimum=0, maximum=1440,
                            whole=True))
    f.finish()
    if f.problems:
        raise DataFileError(f.problems)
    try:
        week = WorkingWeek(frozenset(day_names.index(d) for d in days), start or time(9), end or time(17, 30),
                           zone_name)
    except ValueError as exc:
        raise DataFileError([Problem(source, "working_days", str(exc),
                                     translate("Reminders", "check the working days and hours."))]) from None
    return ReminderRules(week, tuple(quiet), tuple(rules) if "rules" in data else default_rules(),
                         spacing, catch_up)


# Flat settings keys (selfcompass.core.settings) this module reads; the last five are optional extras.
SETTINGS_KEYS = ("working_days", "working_start", "working_end", "quiet_start", "quiet_end", "time_zone",
                 "interval_minutes", "inbox_times", "transition_pauses", "gap_pauses", "shutdown_minutes_before_end")


def rules_from_settings(values: Mapping[str, Any]) -> tuple[ReminderRules, list[str]]:
    """Rules from the app's flat settings, forgivingly: a bad value gives the defaults and a notice,
    because settings must never stop the app from starting."""
    data: dict[str, Any] = {k: values[k] for k in ("time_zone", "working_days", "working_start", "working_end")
                            if k in values and values[k] not in ("", None)}
    if values.get("quiet_start") and values.get("quiet_end"):
        data["quiet"] = [{"start": values["quiet_start"], "end": values["quiet_end"]}]
    rules: list[dict[str, Any]] = []
    if values.get("transition_pauses", True):
        rules.append({"kind": "transition"})
    if values.get("gap_pauses", True):
        rules.append({"kind": "gap"})
    inbox = values.get("inbox_times", ["10:00", "14:00"])
    if inbox:
        rules.append({"kind": "inbox", "times": inbox})
    interval = values.get("interval_minutes", 90)
    if interval:
        rules.append({"kind": "interval", "every_minutes": interval})
    shutdown = values.get("shutdown_minutes_before_end", 15)
    if shutdown is not None and shutdown is not False:
        rules.append({"kind": "shutdown", "minutes_before_end": shutdown})
    data["rules"] = rules
    try:
        return rules_from_mapping(data, "settings"), []
    except DataFileError as exc:
        #: {problem} says what is wrong with a reminder setting.
        notices = [translate("Reminders", "{problem} The usual reminder times are used instead.").format(problem=p)
                   for p in exc.problems]
        return ReminderRules(), notices
