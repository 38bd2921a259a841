"""One way to write dates and lengths of time in sentences, shared by every screen and feature.

Dates read "9 November 2026" (with "at 14:30" when the time matters); only a chart's crowded axis uses the short
"9 Nov". Lengths of time in a sentence are whole minutes ("3 minutes", "1 hour 5 minutes"); under a minute
they are seconds ("40 seconds"), never "2.5 minutes" or "1 min 40 sec".
"""

from __future__ import annotations

from datetime import date, datetime

from selfcompass.core.i18n import long_date, short_month, translate


def date_text(day: date) -> str:
    """The house date: "9 November 2026"."""
    return long_date(day)


def date_time_text(moment: datetime) -> str:
    """"9 November 2026 at 14:30" (``moment`` already in the person's time zone)."""
    #: {date} is a date such as "9 November 2026"; {time} a 24-hour time such as "14:30".
    return translate("Formatting", "{date} at {time}").format(date=date_text(moment.date()),
                                                             time=f"{moment:%H:%M}")


def axis_date(day: date) -> str:
    """A chart axis's short date, "9 Nov": only where space is tight and the full date is in the table."""
    return translate("Dates", "{day} {month}").format(day=day.day, month=short_month(day))


def minutes_text(seconds: float) -> str:
    """A length of time for a sentence: whole minutes, or seconds under a minute."""
    whole_seconds = round(max(0.0, seconds))
    if whole_seconds < 60:
        if whole_seconds == 1:
            return translate("Formatting", "1 second")
        return translate("Formatting", "{seconds} seconds").format(seconds=whole_seconds)
    minutes = round(whole_seconds / 60)
    if minutes < 60:
        if minutes == 1:
            return translate("Formatting", "1 minute")
        return translate("Formatting", "{minutes} minutes").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    hour_words = (translate("Formatting", "1 hour") if hours == 1
                  else translate("Formatting", "{hours} hours").format(hours=hours))
    if not rest:
        return hour_words
    rest_words = (translate("Formatting", "1 minute") if rest == 1
                  else translate("Formatting", "{minutes} minutes").format(minutes=rest))
    #: {hours} such as "2 hours"; {minutes} such as "5 minutes".
    return translate("Formatting", "{hours} {minutes}").format(hours=hour_words, minutes=rest_words)


_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape_html(text: str) -> str:
    """``text`` safe inside HTML, as ``html.escape`` makes it. The standard module is not imported for this: it
    brings its table of 2,000 named characters (over 1 MB held for the life of the app), needed only to unescape."""
    return text.translate(_HTML_ESCAPES)
