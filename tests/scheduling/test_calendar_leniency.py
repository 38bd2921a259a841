"""Issue 22, fault 2: nothing refused for a stray field. Lenient where it is safe (a detail that has nothing to do
with timing), strict where it matters (an event's times), and the file refused only when nothing usable is left."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from selfcompass.core.datafile import DataFileError
from selfcompass.scheduling.calendar_import import parse_calendar

LONDON = ZoneInfo("Europe/London")
JAN = (datetime(2026, 1, 1, tzinfo=LONDON), datetime(2026, 3, 1, tzinfo=LONDON))


def event(uid: str, extra: str = "", start: str = "20260105T100000Z", end: str = "20260105T103000Z") -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Meeting {uid}\r\n{extra}"
            f"DTSTART:{start}\r\nDTEND:{end}\r\nEND:VEVENT\r\n")


def calendar(body: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n"


def read(data: str | bytes):
    return parse_calendar(data, "mine.ics", start=JAN[0], end=JAN[1])


def test_an_unreadable_creation_date_is_skipped_with_a_notice_naming_the_event_and_line() -> None:
    # A real Google export of 4,778 events was refused whole for this one field.
    r = read(calendar(event("a", "CREATED:00001231T000000Z\r\n") + event("b", start="20260106T100000Z",
                                                                         end="20260106T110000Z")))
    assert [m.title for m in r.meetings] == ["Meeting a", "Meeting b"]
    (notice,) = r.notices
    assert notice.line == 4 and notice.field == "CREATED"
    assert notice.message == '1 event ("Meeting a") had an unreadable creation date; its times were used.'
    assert "None" not in str(notice)


def test_several_unreadable_details_are_counted_in_one_notice() -> None:
    body = "".join(event(f"e{i}", "CREATED:00001231T000000Z\r\n", f"2026010{i}T100000Z", f"2026010{i}T110000Z")
                   for i in range(1, 4))
    r = read(calendar(body))
    assert len(r.meetings) == 3
    assert [n.message for n in r.notices] == [
        '3 events (the first "Meeting e1") had unreadable creation dates; their times were used.']


def test_a_line_that_cannot_be_read_never_names_a_field_none() -> None:
    r = read(calendar(event("a", "GARBAGE LINE\r\n")))
    assert len(r.meetings) == 1
    (notice,) = r.notices
    assert "None" not in str(notice) and notice.field and notice.line == 4


def test_an_event_with_unreadable_times_is_left_out_and_the_rest_used() -> None:
    bad = event("a").replace("DTEND:20260105T103000Z", "DTEND:garbage")
    r = read(calendar(bad + event("b")))
    assert [m.title for m in r.meetings] == ["Meeting b"]
    (notice,) = r.notices
    assert (notice.field, notice.line) == ("DTEND", 4)
    assert notice.message.startswith('the event "Meeting a" was left out: its times cannot be read')


def test_refused_only_when_nothing_usable_is_left() -> None:
    bad = event("a").replace("DTSTART:20260105T100000Z", "DTSTART:2026-01-05 at ten")
    with pytest.raises(DataFileError) as err:
        read(calendar(bad))
    (problem,) = err.value.problems
    assert (problem.field, problem.line) == ("DTSTART", 4) and "cannot be read" in problem.message


def test_several_calendars_in_one_file_are_all_used() -> None:
    r = read(calendar(event("a")) + calendar(event("b", start="20260106T100000Z", end="20260106T110000Z")))
    assert [m.title for m in r.meetings] == ["Meeting a", "Meeting b"]
    assert r.notices == ()


def test_text_after_the_end_is_left_alone_with_a_notice_not_called_cut_off() -> None:
    r = read(calendar(event("a")) + "\r\n-- \r\nSent from my phone\r\n")
    assert len(r.meetings) == 1
    (notice,) = r.notices
    assert "after the end" in notice.message and "cut off" not in notice.message and notice.line == 13


def test_a_calendar_cut_off_after_a_good_one_is_still_cut_off() -> None:
    with pytest.raises(DataFileError, match="cut off"):
        read(calendar(event("a")) + "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_read(encoding: str) -> None:
    r = read(calendar(event("a", "LOCATION:Café\r\n")).encode(encoding))
    assert [m.title for m in r.meetings] == ["Meeting a"]


def test_cr_only_line_endings_are_read() -> None:
    text = calendar(event("a") + event("b", start="20260106T100000Z", end="20260106T110000Z")).replace("\r\n", "\r")
    r = read(text.encode())
    assert [m.title for m in r.meetings] == ["Meeting a", "Meeting b"]


def test_lf_and_folded_lines_are_read() -> None:
    text = calendar(event("a", "DESCRIPTION:a long\r\n  line\r\n")).replace("\r\n", "\n")
    assert len(read(text).meetings) == 1


def test_a_windows_name_in_x_wr_timezone_is_understood() -> None:
    text = calendar(event("a", start="20260105T100000", end="20260105T110000")).replace(
        "PRODID:-//test//EN\r\n", "PRODID:-//test//EN\r\nX-WR-TIMEZONE:W. Europe Standard Time\r\n")
    (m,) = read(text).meetings
    assert m.start == datetime(2026, 1, 5, 9, 0, tzinfo=LONDON)


def test_an_unknown_x_wr_timezone_does_not_refuse_the_file() -> None:
    text = calendar(event("a", start="20260105T100000", end="20260105T110000")).replace(
        "PRODID:-//test//EN\r\n", "PRODID:-//test//EN\r\nX-WR-TIMEZONE:Mars/Olympus\r\n")
    (m,) = read(text).meetings
    assert m.start == datetime(2026, 1, 5, 10, 0, tzinfo=LONDON)  # the person's own zone


def test_an_end_written_before_the_start_is_read_as_the_expander_reads_it() -> None:
    # From python-recurring-ical-events' own test calendars (issue 132): the times are swapped, not made zero.
    from pathlib import Path

    path = Path(__file__).parents[1] / "data" / "calendars" / "recurring-ical-events" / \
        "issue_132_swapped_start_and_end.ics"
    paris = ZoneInfo("Europe/Paris")
    r = parse_calendar(path.read_bytes(), path.name, start=datetime(2023, 12, 1, tzinfo=paris),
                       end=datetime(2024, 1, 1, tzinfo=paris))
    (m,) = r.meetings
    assert (m.start, m.end) == (datetime(2023, 12, 18, 23, 30, tzinfo=paris), datetime(2023, 12, 18, 23, 45,
                                                                                        tzinfo=paris))
