"""A progress report a person chooses to share: what it holds, as CSV text and as the HTML its PDF draws.

Built only from :class:`Completion` records, which carry no notes, writing or journal text; sessions
passed in are reduced to completions first, so private words cannot reach the report by accident. Pure: the PDF is
drawn by ``ui/sequences/report_pdf.py`` and the file is written by the sequences feature through storage.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from selfcompass.core.formatting import escape_html
from selfcompass.core.i18n import long_date, translate
from selfcompass.core.practice import Practice
from selfcompass.core.records import SessionRecord
from selfcompass.core.sequences.follow import Completion, counts
from selfcompass.core.sequences.model import Sequence

CSV_COLUMNS = ("day", "day_title", "practice_id", "practice_title", "date", "minutes")
RATING_COLUMNS = ("rating_before", "rating_after")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReportRow:
    """One practice completed as part of a day."""

    day: int
    day_title: str
    practice_id: str
    practice_title: str
    on: date
    minutes: float
    rating_before: int | None = None
    rating_after: int | None = None


@dataclass(frozen=True)
class DaySummary:
    day: int
    title: str
    practices_done: int
    practices_total: int
    minutes: float
    rating_before: float | None = None  # averages for the day, when ratings are shared
    rating_after: float | None = None

    @property
    def complete(self) -> bool:
        return self.practices_done >= self.practices_total


@dataclass(frozen=True)
class ProgressReport:
    sequence_id: str
    sequence_title: str
    author: str
    total_days: int
    made_on: date
    rows: tuple[ReportRow, ...]
    days: tuple[DaySummary, ...]
    include_ratings: bool = False

    @property
    def days_done(self) -> int:
        return sum(1 for d in self.days if d.complete)

    @property
    def practices_completed(self) -> int:
        return len(self.rows)

    @property
    def minutes(self) -> float:
        return sum(r.minutes for r in self.rows)

    def average(self, which: str) -> float | None:
        values = [getattr(r, which) for r in self.rows if getattr(r, which) is not None]
        return sum(values) / len(values) if values else None


def build_report(sequence: Sequence, completions: Iterable[Completion | tuple[int, SessionRecord]], *,
                 made_on: date, library: Mapping[str, Practice] | None = None,
                 include_ratings: bool = False) -> ProgressReport:
    """Gather what the report shows. Items may be Completions or (day, SessionRecord) pairs.

    Ratings are left out unless ``include_ratings``; a practice done twice on one day counts once.
    """
    library = library or {}
    seen: set[tuple[int, str]] = set()
    rows: list[ReportRow] = []
    for item in completions:
        if isinstance(item, tuple):
            day, session = item
            if not counts(session):
                continue
            item = Completion.from_session(sequence.id, day, session)
        if item.sequence_id != sequence.id or not 1 <= item.day <= sequence.length:
            continue
        key = (item.day, item.practice_id)
        if key in seen:
            continue
        seen.add(key)
        practice = sequence.practice(item.practice_id, library)
        rows.append(ReportRow(
            item.day, sequence.days[item.day - 1].title, item.practice_id,
            practice.title if practice else item.practice_id, item.on, round(item.practised_seconds / 60, 1),
            item.rating_before if include_ratings else None, item.rating_after if include_ratings else None))
    rows.sort(key=lambda r: (r.day, sequence.days[r.day - 1].practices.index(r.practice_id)
                             if r.practice_id in sequence.days[r.day - 1].practices else 99))
    days = []
    for number, spec in enumerate(sequence.days, start=1):
        mine = [r for r in rows if r.day == number]
        if not mine:
            continue
        days.append(DaySummary(number, spec.title, len({r.practice_id for r in mine} & set(spec.practices)),
                               len(spec.practices), sum(r.minutes for r in mine),
                               _mean(r.rating_before for r in mine), _mean(r.rating_after for r in mine)))
    return ProgressReport(sequence.id, sequence.title, sequence.author, sequence.length, made_on, tuple(rows),
                          tuple(days), include_ratings)


def _mean(values: Iterable[int | None]) -> float | None:
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None


def _cell(value: object) -> str:
    """Text for a spreadsheet cell; a leading = + - @ is quoted so it is never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(report: ProgressReport) -> str:
    """One row per practice completed; ratings columns only when the person chose to share them."""
    out = io.StringIO(newline="")
    columns = CSV_COLUMNS + (RATING_COLUMNS if report.include_ratings else ())
    import csv  # only when a report is written

    writer = csv.writer(out)
    writer.writerow(columns)
    for r in report.rows:
        values: list[object] = [r.day, r.day_title, r.practice_id, r.practice_title, r.on.isoformat(),
                                f"{r.minutes:g}"]
        if report.include_ratings:
            values += [r.rating_before, r.rating_after]
        writer.writerow([_cell(v) for v in values])
    return out.getvalue()


def _long_date(d: date) -> str:
    return long_date(d)


def _rating(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (each a whole phrase holding {n}) with the number filled in."""
    return (one if n == 1 else many).format(n=n)


def report_html(report: ProgressReport, max_days: int | None = None, font_pt: float = 10.5) -> str:
    """The report as simple HTML: exactly what goes into the PDF, and nothing else."""
    e = escape_html
    minutes = round(report.minutes)
    done = report.practices_completed
    #: Under the title of a shared progress report; {author} wrote the sequence, {date} is like "5 January 2026".
    byline = translate("Report", "A SelfCompass sequence by {author} · progress report made on {date}").format(
        author=e(report.author), date=e(_long_date(report.made_on)))
    totals = [
        #: Part of the report's summary line; the parts are joined with " · ".
        translate("Report", "<b>{done} of {total}</b> days done").format(done=report.days_done,
                                                                          total=report.total_days),
        _count(done, translate("Report", "<b>{n}</b> practice completed"),
               translate("Report", "<b>{n}</b> practices completed")),
        _count(minutes, translate("Report", "<b>{n}</b> minute of practice"),
               translate("Report", "<b>{n}</b> minutes of practice")),
    ]
    parts = [
        f'<html><body style="font-family: sans-serif; font-size: {font_pt:g}pt; color: #1d2a33;">',
        f'<h1 style="font-size: {font_pt * 1.8:g}pt; margin-bottom: 0;">{e(report.sequence_title)}</h1>',
        f'<p style="color: #4a5a66; margin-top: 2pt;">{byline}</p>',
        f"<p>{' · '.join(totals)}</p>",
    ]
    if report.include_ratings:
        rated = sum(1 for r in report.rows if r.rating_before is not None or r.rating_after is not None)
        before, after = _rating(report.average("rating_before")), _rating(report.average("rating_after"))
        if rated == 1:
            #: {before} and {after} are average ratings from 1 to 5, such as 2.5.
            felt = translate("Report", "How it felt, from 1 to 5: on average {before} before practice and {after} "
                                       "after ({n} rated session).")
        else:
            #: {before} and {after} are average ratings from 1 to 5, such as 2.5; {n} is how many sessions.
            felt = translate("Report", "How it felt, from 1 to 5: on average {before} before practice and {after} "
                                       "after ({n} rated sessions).")
        parts.append(f"<p>{felt.format(before=before, after=after, n=rated)}</p>")
    days = list(report.days)
    hidden = 0
    if max_days is not None and len(days) > max_days:
        hidden = len(days) - max_days
        days = days[:max_days]
    if days:
        head = [translate("Report", "Day"), translate("Report", "Theme"), translate("Report", "Practices"),
                translate("Report", "Minutes")]
        if report.include_ratings:
            #: Column heading: the average rating before practice.
            head.append(translate("Report", "Before"))
            #: Column heading: the average rating after practice.
            head.append(translate("Report", "After"))
        parts.append('<table cellspacing="0" cellpadding="3" style="border-collapse: collapse;" width="100%">')
        parts.append("<tr>" + "".join(f'<th align="left" style="border-bottom: 1px solid #8a9aa6;">{h}</th>'
                                      for h in head) + "</tr>")
        #: Practices done in a day, as in "2 of 3".
        of = translate("Report", "{done} of {total}")
        for d in days:
            cells = [str(d.day), e(d.title), of.format(done=d.practices_done, total=d.practices_total),
                     f"{round(d.minutes)}"]
            if report.include_ratings:
                cells += [_rating(d.rating_before), _rating(d.rating_after)]
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        if hidden:
            more = _count(hidden, translate("Report", "…and {n} more day (all of them are in the spreadsheet)."),
                          translate("Report", "…and {n} more days (all of them are in the spreadsheet)."))
            parts.append(f"<p>{more}</p>")
    else:
        parts.append("<p>" + translate("Report", "No practices from this sequence yet.") + "</p>")
    shared = translate("Report", "Shared by choice. Notes, writing and journal entries are never part of a report.")
    parts.append(f'<p style="color: #4a5a66; font-size: smaller;">{shared}</p></body></html>')
    return "".join(parts)


