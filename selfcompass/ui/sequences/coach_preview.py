"""Coach mode's words for the coach: a day previewed as the person will see it, and checker problems made plain.

Messages keep the coach editor's translation context, so they read (and translate) as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from selfcompass.core.datafile import Problem
from selfcompass.core.formatting import escape_html
from selfcompass.core.practice import Practice
from selfcompass.core.sequences import Sequence, day_view


def day_preview_html(seq: Sequence, day: int, library: Mapping[str, Practice], today: date) -> str:
    """Day ``day`` (from 1) of ``seq`` as simple HTML: heading, theme, note, practices and journal prompt."""
    state = day_view(seq, day, [], library, today)
    e = escape_html
    title = seq.title or QCoreApplication.translate("CoachEditor", "your title")
    heading = QCoreApplication.translate("CoachEditor", "Day {n} of {count}: {title}").format(
        n=day, count=seq.length, title=e(title))
    parts = [f"<h3>{heading}</h3>"]
    if state.day_title:
        parts.append(f"<p><b>{e(state.day_title)}</b></p>")
    placeholder = QCoreApplication.translate("CoachEditor", "Your note will appear here.")
    note = e(state.note) or f"<i>{e(placeholder)}</i>"
    parts.append(f"<p>{note}</p><ul>")
    for item in state.items:
        parts.append(f"<li>{e(item.title)} · {e(item.minutes_label)}</li>")
    parts.append("</ul>")
    if state.journal:
        prompt = QCoreApplication.translate("CoachEditor", "To write about, if you like: {prompt}").format(
            prompt=state.journal)
        parts.append(f"<p><i>{e(prompt)}</i></p>")
    return "".join(parts)


# What to do about the problems a coach meets most, by the field's own name and the checker's message (English,
# translated at use); {where} is "Day 2" or "the sequence".
_TO_DO = {
    ("practices", "DataFiles", "this field is missing."): QT_TRANSLATE_NOOP("CoachEditor",
                                                                           "Add at least one practice to {where}."),
    ("practices", "SequenceFiles", "lists no practices."): QT_TRANSLATE_NOOP("CoachEditor",
                                                                            "Add at least one practice to {where}."),
    ("practices", "SequenceFiles", "names the same practice twice."): QT_TRANSLATE_NOOP(
        "CoachEditor", "{where} has the same practice twice: keep one."),
    ("note", "DataFiles", "is empty."): QT_TRANSLATE_NOOP("CoachEditor", "Write a short note for {where}."),
    ("note", "DataFiles", "this field is missing."): QT_TRANSLATE_NOOP("CoachEditor",
                                                                      "Write a short note for {where}."),
    ("title", "DataFiles", "is empty."): QT_TRANSLATE_NOOP("CoachEditor", "Give {where} a title."),
    ("title", "DataFiles", "this field is missing."): QT_TRANSLATE_NOOP("CoachEditor", "Give {where} a title."),
}
# The fields in the editor's own words, for every other problem (never the file's names for them).
_FIELD_WORDS = {"id": QT_TRANSLATE_NOOP("CoachEditor", "the short name"),
                "title": QT_TRANSLATE_NOOP("CoachEditor", "the title"),
                "note": QT_TRANSLATE_NOOP("CoachEditor", "the note"),
                "practices": QT_TRANSLATE_NOOP("CoachEditor", "the practices"),
                "journal": QT_TRANSLATE_NOOP("CoachEditor", "the journal prompt"),
                "start": QT_TRANSLATE_NOOP("CoachEditor", "the start date"),
                "summary": QT_TRANSLATE_NOOP("CoachEditor", "the summary"),
                "requires": QT_TRANSLATE_NOOP("CoachEditor", "the version it needs"),
                "author": QT_TRANSLATE_NOOP("CoachEditor", "the author"),
                "description": QT_TRANSLATE_NOOP("CoachEditor", "the description")}
# A fix written for someone editing the file itself ('write it like id = "…"', "remove the line") means nothing in
# the editor's form, so it is left out there.
_FILE_FIX = re.compile(r" = |\bline\b")


def friendly(problem: Problem) -> str:
    """A checker problem in the editor's words: "Add at least one practice to Day 2." rather than a file's path
    such as ``days[1].practices``."""
    day = re.match(r"days\[(\d+)\]\.?", problem.field)
    where = (QCoreApplication.translate("CoachEditor", "Day {n}").format(n=int(day.group(1)) + 1) if day
             else QCoreApplication.translate("CoachEditor", "the sequence"))
    field = problem.field[day.end():] if day else problem.field
    for (name, context, message), to_do in _TO_DO.items():  # marked where they are defined
        if field == name and problem.message == QCoreApplication.translate(context, message):
            text = QCoreApplication.translate("CoachEditor", str(to_do)).format(where=where)
            return text[:1].upper() + text[1:]
    words = (QCoreApplication.translate("CoachEditor", str(_FIELD_WORDS[field])) if field in _FIELD_WORDS
             else field.replace(".", " "))
    if day:
        words = QCoreApplication.translate("CoachEditor", "{day}, {field}",
                                           "where a problem is: Day 2, the note").format(day=where, field=words)
    text = f"{words[:1].upper()}{words[1:]}: {problem.message}" if words else problem.message
    if not problem.fix or _FILE_FIX.search(problem.fix):
        return text
    return f"{text} {problem.fix[:1].upper()}{problem.fix[1:]}"
