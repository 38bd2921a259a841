"""Reminder rules as data: read from the app's settings (or IT's managed file) and checked, with a message for
every problem that names the field and the fix. The maths that uses them is in
:mod:`selfcompass.core.reminders.planner`.
"""

from __future__ import annotations

import re
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


_DAY_HOURS = re.compile(r"^\s*([A-Za-z]{3})\s+(\d{1,2}:\d{2})\s*(?:-|to)\s*(\d{1,2}:\d{2})\s*$")


def _working_hours(f: Fields, day_names: tuple[str, ...]) -> tuple[tuple[int, time, time], ...]:
    """``working_hours = ["mon 19:30-07:30", "sat 08:00-14:00"]``: other hours for the days named."""
    raw = f.data.get("working_hours", [])
    f._used.add("working_hours")
    if raw in ("", None):
        return ()
    items = raw if isinstance(raw, list) else [raw]
    out: dict[int, tuple[int, time, time]] = {}
    for item in items:
        m = _DAY_HOURS.match(item) if isinstance(item, str) else None
        day = m.group(1).lower() if m else ""
        try:
            if m is None or day not in day_names:
                raise ValueError
            start, end = time.fromisoformat(f"{int(m.group(2)[:-3]):02d}{m.group(2)[-3:]}"), \
                time.fromisoformat(f"{int(m.group(3)[:-3]):02d}{m.group(3)[-3:]}")
        except ValueError:
            # Messages about a setting follow its name, as in 'working_hours: "monday 9-5" is not ...'.
            f.problem("working_hours", translate("Reminders", "{value} is not a day and its hours.").format(
                value=repr(item)), translate("Reminders", 'write each as "mon 19:30-07:30" (a day, then from-to).'))
            continue
        out[day_names.index(day)] = (day_names.index(day), start, end)
    return tuple(out[d] for d in sorted(out))


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
    # An end before the start is a night shift (it belongs to the day it starts); an equal one the whole day.
    per_day = _working_hours(f, day_names)
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
        busiest = r.boolean("busiest_only", default=False)
        r.finish()
        if kind in (Kind.FIXED, Kind.INBOX) and not times:
            r.problem("times", translate("Reminders", "is missing or empty."),
                      translate("Reminders", 'add times = ["10:00", "14:00"].'))
        if kind:
            rules.append(Rule(Kind(kind), None if practice == CHOOSE_FOR_ME and kind != Kind.INBOX
                              else (practice if practice != CHOOSE_FOR_ME else None), times, every, before,
                              gap, lead, enabled, busiest))
    spacing = int(f.number("min_spacing_minutes", required=False, default=20, minimum=0, maximum=240, whole=True))
    catch_up = int(f.number("catch_up_within_minutes", required=False, default=240, minimum=0, maximum=1440,
                            whole=True))
    f.finish()
    if f.problems:
        raise DataFileError(f.problems)
    try:
        week = WorkingWeek(frozenset(day_names.index(d) for d in days), start or time(9), end or time(17, 30),
                           zone_name, per_day)
    except ValueError as exc:
        raise DataFileError([Problem(source, "working_days", str(exc),
                                     translate("Reminders", "check the working days and hours."))]) from None
    return ReminderRules(week, tuple(quiet), tuple(rules) if "rules" in data else default_rules(),
                         spacing, catch_up)


# Flat settings keys (selfcompass.core.settings) this module reads; the last five are optional extras.
SETTINGS_KEYS = ("working_days", "working_start", "working_end", "working_hours", "quiet_start", "quiet_end",
                 "time_zone", "nudges", "shifts_vary", "interval_minutes", "inbox_times", "transition_pauses",
                 "gap_pauses", "shutdown_minutes_before_end")


def rules_from_settings(values: Mapping[str, Any]) -> tuple[ReminderRules, list[str]]:
    """The one place reminder rules are made from the app's flat settings, forgivingly: a bad value gives the
    defaults and a notice, because settings must never stop the app from starting.

    ``nudges``: "unset" and "none" arm nothing; "few" is at most two prompts a day (a transition pause after the
    day's longest run of meetings, and the end-of-day wind-down); "some" (or no ``nudges`` at all) the full set.
    ``shifts_vary``: no interval or end-of-day pauses, only those from the calendar and chosen times, at any hour
    of a working day.
    """
    notices: list[str] = []
    data: dict[str, Any] = {k: values[k] for k in ("time_zone", "working_days", "working_start", "working_end",
                                                   "working_hours")
                            if k in values and values[k] not in ("", None)}
    if "time_zone" in data and known_zone(str(data["time_zone"])) != data["time_zone"]:
        #: {zone} is the time zone's name as it was saved.
        notices.append(translate("Reminders", '"{zone}" is not a time zone this computer knows, so Europe/London '
                                              "is used. You can choose your zone in Settings.").format(
            zone=data["time_zone"]))
        data["time_zone"] = "Europe/London"
    if values.get("quiet_start") and values.get("quiet_end"):
        data["quiet"] = [{"start": values["quiet_start"], "end": values["quiet_end"]}]
    nudges = values.get("nudges", "some")
    varies = bool(values.get("shifts_vary", False))
    if varies:
        data["working_start"] = data["working_end"] = "00:00"  # any hour of a working day
        data.pop("working_hours", None)
    rules: list[dict[str, Any]] = []
    shutdown = values.get("shutdown_minutes_before_end", 15)
    if nudges == "few":
        rules.append({"kind": "transition", "busiest_only": True})
        if not varies:
            rules.append({"kind": "shutdown", "minutes_before_end": shutdown if shutdown not in (None, False)
                          else 15})
    elif nudges not in ("unset", "none"):
        if values.get("transition_pauses", True):
            rules.append({"kind": "transition"})
        if values.get("gap_pauses", True):
            rules.append({"kind": "gap"})
        inbox = values.get("inbox_times", ["10:00", "14:00"])
        if inbox:
            rules.append({"kind": "inbox", "times": inbox})
        interval = values.get("interval_minutes", 90)
        if interval and not varies:
            rules.append({"kind": "interval", "every_minutes": interval})
        if shutdown is not None and shutdown is not False and not varies:
            rules.append({"kind": "shutdown", "minutes_before_end": shutdown})
    data["rules"] = rules
    try:
        return rules_from_mapping(data, "settings"), notices
    except DataFileError as exc:
        #: {problem} says what is wrong with a reminder setting.
        notices += [translate("Reminders", "{problem} The usual reminder times are used instead.").format(problem=p)
                    for p in exc.problems]
        return ReminderRules(), notices


def known_zone(name: str, fallback: str = "Europe/London") -> str:
    """``name`` when this computer knows the zone, else ``fallback``: a mistyped zone must never stop anything."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return fallback
    return name
