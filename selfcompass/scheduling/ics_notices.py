"""The notices of a calendar import: what was skipped or left out, grouped and worded for the person.

``Notices`` collects them while a file is read (a detail that could not be read, an event left out and why) and
turns them into :class:`Problem`s: one per kind, naming the first event and its line and counting the alike.
"""

from __future__ import annotations

from selfcompass.core.datafile import Problem
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

# Properties whose values are read (for the fast path's own checks), and the words a notice uses for them.
_DETAIL_WORDS = {
    "CREATED": (QT_TRANSLATE_NOOP("Calendar", "an unreadable creation date"),
                QT_TRANSLATE_NOOP("Calendar", "unreadable creation dates")),
    "LAST-MODIFIED": (QT_TRANSLATE_NOOP("Calendar", "an unreadable last-changed date"),
                      QT_TRANSLATE_NOOP("Calendar", "unreadable last-changed dates")),
    "DTSTAMP": (QT_TRANSLATE_NOOP("Calendar", "an unreadable time stamp"),
                QT_TRANSLATE_NOOP("Calendar", "unreadable time stamps")),
}
_OTHER_DETAIL = (QT_TRANSLATE_NOOP("Calendar", "a detail that could not be read"),
                 QT_TRANSLATE_NOOP("Calendar", "details that could not be read"))


class Notices:
    """Notices grouped by what happened, each naming the first event and its line, and how many were alike."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._groups: dict[tuple[str, str], list[tuple[str, int | None, str]]] = {}

    def detail(self, prop: str, title: str, line: int | None) -> None:
        """A detail that has nothing to do with timing could not be read: skipped, and the event kept."""
        self._groups.setdefault(("detail", prop), []).append((title, line, ""))

    def left_out(self, why: str, prop: str, title: str, line: int | None, detail: str = "") -> None:
        """An event left out; ``why`` is start, times, zone, rule, second, minute or often (``_why_words``)."""
        self._groups.setdefault((why, prop), []).append((title, line, detail))

    @property
    def left_out_count(self) -> int:
        return sum(len(v) for (why, _), v in self._groups.items() if why != "detail")

    def problems(self) -> list[Problem]:
        out = []
        for (why, prop), items in self._groups.items():
            title, line, detail = items[0]
            count = len(items)
            if why == "detail":
                one, many = _DETAIL_WORDS.get(prop, _OTHER_DETAIL)
                if count == 1:
                    #: {what} is such as "an unreadable creation date"; {title} the event's title.
                    text = (translate("Calendar", '1 event ("{title}") had {what}; its times were used.') if title
                            else translate("Calendar", "1 event had {what}; its times were used."))
                    what = translate("Calendar", one)
                else:
                    #: {count} is a number; {what} such as "unreadable creation dates"; {title} an event's title.
                    text = (translate("Calendar", '{count} events (the first "{title}") had {what}; their times '
                                                  "were used.") if title
                            else translate("Calendar", "{count} events had {what}; their times were used."))
                    what = translate("Calendar", many)
                message = text.format(count=count, title=title, what=what)
                out.append(Problem(self._source, prop, message, "", line))
                continue
            reason = _why_words(why, detail)
            if count == 1:
                #: {title} is the event's title; {reason} why it was left out, such as "its start cannot be read".
                text = (translate("Calendar", 'the event "{title}" was left out: {reason}.') if title
                        else translate("Calendar", "an event was left out: {reason}."))
            else:
                #: {count} is a number; {title} the first event's title; {reason} why they were left out.
                text = (translate("Calendar", '{count} events (the first "{title}") were left out: {reason}.')
                        if title else translate("Calendar", "{count} events were left out: {reason}."))
            out.append(Problem(self._source, prop, text.format(count=count, title=title, reason=reason),
                               _why_fix(why), line))
        return out


def _why_words(why: str, detail: str) -> str:
    if why == "start":
        return translate("Calendar", "its start time cannot be read ({detail})").format(detail=detail) if detail \
            else translate("Calendar", "it has no start time")
    if why == "times":
        return translate("Calendar", "its times cannot be read ({detail})").format(detail=detail)
    if why == "zone":
        #: {zone} is the time zone's name as the file gives it.
        return translate("Calendar", 'it uses a time zone this computer does not know ("{zone}")').format(zone=detail)
    if why == "rule":
        return translate("Calendar", "its repeat rule cannot be read ({detail})").format(detail=detail)
    if why == "second":
        return translate("Calendar", "it repeats every second, which would fill the calendar")
    if why == "minute":
        return translate("Calendar", "it repeats every minute, which would fill the calendar")
    #: {detail} says how often, such as "about 1,440 times a day".
    return translate("Calendar", "it repeats far too often ({detail}), which would fill the calendar").format(
        detail=detail)


def _why_fix(why: str) -> str:
    if why == "zone":
        return translate("Calendar", "export the calendar again with time zone details included, or set the event "
                                     "to a standard zone such as Europe/London.")
    if why in ("second", "minute", "often"):
        return translate("Calendar", "change it to repeat daily or weekly, or remove it.")
    return translate("Calendar", "export the calendar again, or remove this event.")

