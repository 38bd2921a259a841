"""Progress reports (CSV and one-page PDF): the right numbers, ratings only by choice, never private words."""

from __future__ import annotations

import csv
import io
import re
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.practice import Practice
from selfcompass.core.practice_loader import practice_from_mapping
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.core.sequences import Completion, Day, Sequence
from selfcompass.core.sequences.report import build_report, csv_text, report_html
from selfcompass.features.report_files import write_csv, write_pdf

SENTINEL = "PurpleGiraffeSecret42"
MON = date(2026, 1, 5)


def practice(pid: str, title: str) -> Practice:
    return practice_from_mapping({
        "schema": 1, "id": pid, "title": title, "family": "pause", "summary": "S.", "duration": 120,
        "attribution": "Tests.", "steps": [{"kind": "instruction", "text": "Sit.", "duration": 120}]}, pid)


LIBRARY = {"a": practice("a", "Arrive"), "b": practice("b", "=SUM(A1)")}
SEQ = Sequence("path", "Compassionate leader", "Sam Coach", "D.", (
    Day("Note one.", ("a", "b"), "Arriving"), Day("Note two.", ("a",), "Kindness"), Day("Three.", ("b",))))


def session(pid: str, day_offset: int, outcome: Outcome = Outcome.FINISHED) -> SessionRecord:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC) + timedelta(days=day_offset)
    return SessionRecord(pid, pid.upper(), "pause", at, at + timedelta(minutes=2), 120, 90, outcome, 2, 4,
                         note=f"my note {SENTINEL}", writings=(WritingAnswer(0, "What?", f"I wrote {SENTINEL}"),))


def sessions() -> list[tuple[int, SessionRecord]]:
    return [(1, session("a", 0)), (1, session("b", 0)), (1, session("b", 0)),  # the repeat counts once
            (2, session("a", 1)), (3, session("b", 2, Outcome.STOPPED))]  # stopped: not counted


def test_the_report_counts_days_practices_and_minutes() -> None:
    report = build_report(SEQ, sessions(), made_on=MON, library=LIBRARY)
    assert (report.days_done, report.practices_completed, report.minutes, report.total_days) == (2, 3, 4.5, 3)
    assert [(d.day, d.practices_done, d.practices_total) for d in report.days] == [(1, 2, 2), (2, 1, 1)]
    assert all(r.rating_before is None and r.rating_after is None for r in report.rows)


def test_completions_work_as_input_too() -> None:
    comps = [Completion("path", 1, "a", MON, 60, 1, 3), Completion("other", 1, "a", MON, 60)]
    report = build_report(SEQ, comps, made_on=MON, library=LIBRARY, include_ratings=True)
    assert report.practices_completed == 1 and report.days_done == 0
    assert (report.average("rating_before"), report.average("rating_after")) == (1, 3)


def test_csv_has_a_row_per_practice_and_ratings_only_by_choice() -> None:
    text = csv_text(build_report(SEQ, sessions(), made_on=MON, library=LIBRARY))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["day", "day_title", "practice_id", "practice_title", "date", "minutes"]
    assert rows[1] == ["1", "Arriving", "a", "Arrive", "2026-01-05", "1.5"]
    assert rows[2][3] == "'=SUM(A1)"  # never a live formula in a spreadsheet
    assert len(rows) == 4
    text = csv_text(build_report(SEQ, sessions(), made_on=MON, library=LIBRARY, include_ratings=True))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][-2:] == ["rating_before", "rating_after"] and rows[1][-2:] == ["2", "4"]


def _pdf_texts(data: bytes) -> list[bytes]:
    """The raw PDF and every Flate stream in it, inflated (text search in PDFs needs both)."""
    found = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return found


@pytest.mark.parametrize("ratings", [False, True])
def test_private_words_never_reach_the_csv_or_the_pdf(qapp: object, tmp_path: Path, ratings: bool) -> None:
    report = build_report(SEQ, sessions(), made_on=MON, library=LIBRARY, include_ratings=ratings)
    csv_path = tmp_path / "report.csv"
    write_csv(report, csv_path)
    assert SENTINEL not in csv_path.read_text(encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    drawn = write_pdf(report, pdf)
    assert SENTINEL not in drawn and "my note" not in drawn and "I wrote" not in drawn
    assert "Compassionate leader" in drawn and "2 of 3</b> days done" in drawn
    assert ("before practice" in drawn) is ratings
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    for chunk in _pdf_texts(data):
        assert SENTINEL.encode() not in chunk and SENTINEL.encode("utf-16-be") not in chunk


def test_the_pdf_is_one_page_even_for_a_long_sequence(qapp: object, tmp_path: Path) -> None:
    days = tuple(Day(f"Note {n}.", ("a", "b"), f"A rather long theme for day {n}") for n in range(1, 121))
    long_seq = Sequence("long", "A long path", "Sam", "D.", days)
    comps = [Completion("long", n, pid, MON, 120, 2, 4) for n in range(1, 121) for pid in ("a", "b")]
    report = build_report(long_seq, comps, made_on=MON, library=LIBRARY, include_ratings=True)
    pdf = tmp_path / "long.pdf"
    drawn = write_pdf(report, pdf)
    assert "more days" in drawn
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes())) == 1


def test_an_empty_report_is_friendly() -> None:
    html = report_html(build_report(SEQ, [], made_on=MON))
    assert "No practices from this sequence yet." in html and "0 of 3" in html


def test_saving_again_replaces_the_file_whole_and_leaves_no_temporary_file(qapp: object, tmp_path: Path) -> None:
    pdf, csv_path = tmp_path / "report.pdf", tmp_path / "report.csv"
    pdf.write_bytes(b"old")
    csv_path.write_text("old", encoding="utf-8")
    report = build_report(SEQ, sessions(), made_on=MON, library=LIBRARY)
    write_pdf(report, pdf)
    write_csv(report, csv_path)
    assert pdf.read_bytes().startswith(b"%PDF") and csv_path.read_text(encoding="utf-8").startswith("day,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "report.pdf"]


def test_a_folder_that_is_not_there_raises_and_writes_nothing(qapp: object, tmp_path: Path) -> None:
    report = build_report(SEQ, sessions(), made_on=MON, library=LIBRARY)
    with pytest.raises(FileNotFoundError):
        write_pdf(report, tmp_path / "gone" / "report.pdf")
    assert list(tmp_path.iterdir()) == []
