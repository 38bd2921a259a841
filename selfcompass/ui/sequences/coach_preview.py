"""Coach mode's words for the coach: a day previewed as the person will see it, and checker problems made plain.

Messages keep the coach editor's translation context, so they read (and translate) as before.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from selfcompass.core.datafile import Problem
from selfcompass.core.practice import Practice
from selfcompass.core.sequences import Sequence, day_view


def day_preview_html(seq: Sequence, day: int, library: Mapping[str, Practice], today: date) -> str:
    """Day ``day`` (from 1) of ``seq`` as simple HTML: heading, theme, note, practices and journal prompt."""
    state = day_view(seq, day, [], library, today)
    e = html.escape
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


def friendly(problem: Problem) -> str:
    """A checker problem in the editor's words: "Day 2, note: is empty." rather than a TOML path."""
    where = re.sub(r"days\[(\d+)\]\.?",
                   lambda m: QCoreApplication.translate("CoachEditor", "Day {n}, ").format(n=int(m.group(1)) + 1),
                   problem.field)
    where = where.replace(".", " ").strip().rstrip(",")
    text = f"{where}: {problem.message}" if where else problem.message
    return f"{text} {problem.fix[:1].upper()}{problem.fix[1:]}" if problem.fix else text
