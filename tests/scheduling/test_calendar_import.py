"""Calendar import: real-looking exports expand correctly; bad files fail whole, with a clear problem."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import selfcompass.scheduling.calendar_import as ci
from selfcompass.core.datafile import DataFileError
from selfcompass.scheduling.calendar_import import import_calendar, parse_calendar

LONDON = ZoneInfo("Europe/London")
DATA = Path(__file__).parents[1] / "data" / "calendars"
JAN = (datetime(2026, 1, 1, tzinfo=LONDON), datetime(2026, 3, 1, tzinfo=LONDON))


def rows(result: ci.CalendarImport) -> list[str]:
    return [f"{m.start.astimezone(LONDON):%a %d %H:%M}-{m.end.astimezone(LONDON):%H:%M} {m.title}"
            + (" [all day]" if m.all_day else "") + ("" if m.busy else " [free]") + (" [away]" if m.away else "")
            for m in result.meetings]


def test_outlook_export_with_recurrence_exceptions_and_clock_change() -> None:
    r = import_calendar(DATA / "outlook_week.ics", start=datetime(2026, 3, 26, tzinfo=LONDON),
                        end=datetime(2026, 4, 1, tzinfo=LONDON))
    assert rows(r) == [
        "Thu 26 09:00-09:15 Team huddle",
        "Thu 26 14:00-14:30 1:1 with the chief nurse",
        "Thu 26 15:00-16:00 Optional webinar: digital dictation [free]",
        "Fri 27 00:00-00:00 Staff awards day [all day] [free]",  # and no huddle: EXDATE
        "Mon 30 09:30-09:45 Team huddle (moved)",  # RECURRENCE-ID, in summer time
        "Tue 31 09:00-09:15 Team huddle",
        "Tue 31 10:00-11:00 Bed meeting",
        "Tue 31 11:00-12:00 Finance review",  # written in UTC by Google
        "Tue 31 12:00-13:00 Recruitment panel",
        "Tue 31 13:00-14:00 Serious incident review",
    ]
    assert r.free == 2
    assert r.meetings[0].start.utcoffset() == timedelta(0)  # stored in UTC


def test_cancelled_occurrence_is_left_out_and_counted() -> None:
    r = import_calendar(DATA / "outlook_week.ics", start=datetime(2026, 4, 1, tzinfo=LONDON),
                        end=datetime(2026, 4, 2, tzinfo=LONDON))
    assert rows(r) == ["Wed 01 09:00-09:15 Team huddle"]
    assert r.cancelled == 1


def test_google_export_count_exdate_moved_floating_duration() -> None:
    r = import_calendar(DATA / "google_export.ics", start=datetime(2026, 10, 18, tzinfo=LONDON),
                        end=datetime(2026, 11, 2, tzinfo=LONDON))
    got = rows(r)
    assert "Wed 21 08:30-09:00 Safety huddle" not in got  # EXDATE
    assert "Fri 23 08:30-09:00 Safety huddle" not in got  # cancelled exception
    assert "Tue 27 16:00-16:30 Safety huddle (afternoon this week)" in got
    assert "Mon 26 08:30-09:00 Safety huddle" in got  # after the October change, still 08:30 local
    assert "Mon 26 10:00-11:00 Operational meeting" in got
    assert "Wed 28 14:00-14:30 Floating-time check-in" in got  # floating: the person's own zone
    assert "Thu 29 12:00-12:45 Lunch and learn" in got  # DURATION instead of DTEND
    assert "Fri 30 00:00-00:00 Board papers due [all day] [free]" in got
    assert sum("Safety huddle" in g for g in got) == 8  # COUNT=10, less the EXDATE and the cancelled one


def test_windows_zone_names_without_vtimezone() -> None:
    r = import_calendar(DATA / "nhsmail_windows_zones.ics", start=datetime(2026, 1, 11, tzinfo=LONDON),
                        end=datetime(2026, 1, 16, tzinfo=LONDON))
    assert rows(r) == [
        "Mon 12 10:00-11:00 Regional call",
        "Mon 12 14:00-15:00 European partners",  # 15:00 in W. Europe is 14:00 in London
        "Tue 13 00:00-00:00 Out of office [all day] [away]",
        "Wed 14 10:00-10:30 Tentative: optional drop-in [free]",
    ]


def test_floating_times_follow_the_users_zone_setting() -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:f\r\nDTSTAMP:20260101T000000Z\r\n"
            "SUMMARY:Floating\r\nDTSTART:20260105T140000\r\nDTEND:20260105T143000\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")
    new_york = ZoneInfo("America/New_York")
    r = parse_calendar(text, "f.ics", start=JAN[0], end=JAN[1], time_zone="America/New_York")
    assert r.meetings[0].start == datetime(2026, 1, 5, 14, 0, tzinfo=new_york)


def test_google_calendar_zone_applies_to_its_floating_times() -> None:
    r = import_calendar(DATA / "google_export.ics", start=datetime(2026, 10, 28, tzinfo=LONDON),
                        end=datetime(2026, 10, 29, tzinfo=LONDON), time_zone="America/New_York")
    floating = next(m for m in r.meetings if m.title.startswith("Floating"))
    assert floating.start == datetime(2026, 10, 28, 14, 0, tzinfo=LONDON)  # X-WR-TIMEZONE wins


@pytest.mark.parametrize(("name", "field", "line", "words"), [
    ("bad_truncated.ics", "", 9, "cut off"),
    ("bad_every_second.ics", "RRULE", 4, "every second"),
    ("bad_dates.ics", "DTSTART", 4, "cannot be read"),
])
def test_bad_files_name_the_file_line_field_and_fix(name: str, field: str, line: int, words: str) -> None:
    with pytest.raises(DataFileError) as err:
        import_calendar(DATA / name, start=JAN[0], end=JAN[1])
    p = err.value.problems[0]
    assert (p.source, p.field, p.line) == (name, field, line)
    assert words in p.message and p.fix


def test_an_event_in_an_unknown_zone_is_left_out_with_a_notice_and_the_rest_is_used() -> None:
    r = import_calendar(DATA / "bad_unknown_zone.ics", start=JAN[0], end=JAN[1])
    assert [m.title for m in r.meetings] == ["Fine"]
    (notice,) = r.notices
    assert (notice.source, notice.field, notice.line) == ("bad_unknown_zone.ics", "DTSTART", 11)
    assert "Mars Standard Time" in notice.message and "Mission review" in notice.message and notice.fix


def test_not_a_calendar() -> None:
    with pytest.raises(DataFileError, match="not a calendar file"):
        parse_calendar(b"Subject,Start Date\nBoard,12/01/2026\n", "export.csv", start=JAN[0], end=JAN[1])


def test_binary_junk() -> None:
    with pytest.raises(DataFileError, match="binary"):
        parse_calendar(bytes(range(256)) * 40, "photo.ics", start=JAN[0], end=JAN[1])


def test_missing_file() -> None:
    with pytest.raises(DataFileError, match="could not be read"):
        import_calendar(DATA / "nowhere.ics", start=JAN[0], end=JAN[1])


def test_a_million_lines_is_refused_before_parsing() -> None:
    body = "BEGIN:VCALENDAR\r\n" + "X-FILLER:x\r\n" * 1_000_000 + "END:VCALENDAR\r\n"
    with pytest.raises(DataFileError, match="lines"):
        parse_calendar(body.encode(), "huge.ics", start=JAN[0], end=JAN[1])


def test_too_many_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ci, "MAX_BYTES", 1000)
    with pytest.raises(DataFileError, match="larger than"):
        parse_calendar(b"BEGIN:VCALENDAR\r\n" + b"X:" + b"y" * 2000 + b"\r\nEND:VCALENDAR\r\n", "big.ics",
                       start=JAN[0], end=JAN[1])


def test_occurrence_cap_stops_a_runaway_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ci, "MAX_OCCURRENCES", 500)
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:h\r\nDTSTAMP:20260101T000000Z\r\n"
            "DTSTART:20260101T000000Z\r\nDTEND:20260101T000500Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")
    with pytest.raises(DataFileError, match="far too often"):  # estimated before expanding: nothing else is left
        parse_calendar(text, "hourly.ics", start=JAN[0], end=JAN[1])


def test_occurrence_cap_counts_every_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ci, "MAX_OCCURRENCES", 50)
    events = "".join(f"BEGIN:VEVENT\r\nUID:u{i}\r\nDTSTART:202601{1 + i // 24:02d}T{i % 24:02d}0000Z\r\n"
                     f"DURATION:PT10M\r\nEND:VEVENT\r\n" for i in range(60))
    with pytest.raises(DataFileError, match="more than 50"):
        parse_calendar("BEGIN:VCALENDAR\r\n" + events + "END:VCALENDAR\r\n", "many.ics", start=JAN[0], end=JAN[1])


def test_endless_weekly_rule_is_fine_within_the_window() -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:w\r\nDTSTAMP:20260101T000000Z\r\n"
            "DTSTART;TZID=Europe/London:20200106T100000\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")
    r = parse_calendar(text, "weekly.ics", start=JAN[0], end=JAN[1])
    assert len(r.meetings) == 8  # Mondays 5 January to 23 February


def test_mismatched_end_names_the_line() -> None:
    text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    with pytest.raises(DataFileError) as err:
        parse_calendar(text, "odd.ics", start=JAN[0], end=JAN[1])
    assert err.value.problems[0].line == 4


def test_windows_1252_titles_survive() -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20260101T000000Z\r\n"
            "SUMMARY:Caf\xe9 catch-up \u2013 \xa3 budget\r\nDTSTART:20260105T100000Z\r\nDTEND:20260105T103000Z\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n").encode("cp1252")
    r = parse_calendar(text, "old.ics", start=JAN[0], end=JAN[1])
    assert r.meetings[0].title == "Café catch-up – £ budget"


# --- property tests: arbitrary input never raises anything but DataFileError ------------------------

VALID = (DATA / "google_export.ics").read_text()
WINDOW = (datetime(2026, 10, 18, tzinfo=LONDON), datetime(2026, 11, 2, tzinfo=LONDON))


def _try(data: bytes | str) -> None:
    try:
        parse_calendar(data, "fuzz.ics", start=WINDOW[0], end=WINDOW[1])
    except DataFileError as exc:
        assert exc.problems and all(p.source == "fuzz.ics" for p in exc.problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_raise_data_file_error(data: bytes) -> None:
    _try(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_arbitrary_text_in_a_calendar_only_raises_data_file_error(text: str) -> None:
    _try("BEGIN:VCALENDAR\r\n" + text + "\r\nEND:VCALENDAR\r\n")


LINES = VALID.splitlines()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_export_only_raises_data_file_error(data: st.DataObject) -> None:
    lines = list(LINES)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "cut", "junk", "swap"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "cut":
            lines[i] = lines[i][: data.draw(st.integers(0, max(0, len(lines[i]) - 1)))]
        elif action == "junk":
            lines[i] = lines[i].split(":", 1)[0] + ":" + data.draw(st.text(max_size=30))
        else:
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            break
    _try("\r\n".join(lines))


def test_a_daily_rule_with_long_byhour_byminute_lists_is_refused_at_once() -> None:
    # Issue 22, fault 5: 476 bytes took 14 s and 1.75 GB before the every-minute guard caught it.
    import time

    hours, minutes = ",".join(map(str, range(24))), ",".join(map(str, range(60)))
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Storm\r\n"
            "DTSTART:20200101T000000Z\r\nDTEND:20200101T000100Z\r\n"
            f"RRULE:FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes};BYSECOND=0,20,40\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    began = time.process_time()
    with pytest.raises(DataFileError) as err:
        parse_calendar(text, "storm.ics", start=JAN[0], end=JAN[1])
    assert time.process_time() - began < 1.0
    (problem,) = err.value.problems
    assert (problem.field, problem.line) == ("RRULE", 4) and "far too often" in problem.message


@pytest.mark.parametrize("timing", ["DURATION:P1D", "DURATION:P1W", ""])
def test_a_whole_day_on_the_day_the_clocks_go_back_ends_at_the_next_midnight(timing: str) -> None:
    # Found by the comparison with the libraries (test_calendar_properties): a day or a week in a duration is counted
    # on the calendar, so 25 October 2026 in London is 25 hours long and its all-day event ends at midnight, not 23:00.
    days = 7 if timing.endswith("W") else 1
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:autumn\r\n"
            "DTSTART;VALUE=DATE:20261025\r\n" + (timing + "\r\n" if timing else "") +
            "SUMMARY:Away day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    r = parse_calendar(text, "autumn.ics", start=datetime(2026, 10, 1, tzinfo=LONDON),
                       end=datetime(2026, 12, 1, tzinfo=LONDON), time_zone="Europe/London")
    [meeting] = r.meetings
    assert meeting.start == datetime(2026, 10, 25, tzinfo=LONDON)
    assert meeting.end == datetime(2026, 10, 25, tzinfo=LONDON) + timedelta(days=days)  # wall-clock midnight


def test_hours_in_a_duration_are_counted_on_the_clock_across_the_change() -> None:
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:night\r\n"
            "DTSTART;TZID=Europe/London:20261025T000000\r\nDURATION:PT3H\r\nSUMMARY:Night shift\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    r = parse_calendar(text, "night.ics", start=datetime(2026, 10, 1, tzinfo=LONDON),
                       end=datetime(2026, 12, 1, tzinfo=LONDON), time_zone="Europe/London")
    [meeting] = r.meetings
    assert meeting.end - meeting.start == timedelta(hours=3)  # 02:00 local, after an hour lived twice
