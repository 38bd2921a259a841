"""Questionnaires as data: items, reverse-scored items, subscales and the answer range, read from TOML and scored.

The shipped weekly check-in is one of these files; a coach who holds the rights to a validated questionnaire
can load theirs in the same format (see docs/checkin.md). Every problem in a file is reported with its line,
its field and a fix, through the same :class:`~selfcompass.core.datafile.Fields` reader as practices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from selfcompass.core.datafile import DataFileError, Fields, LineFinder, parse_toml, read_text
from selfcompass.core.i18n import translate

FORMAT_VERSION = 1
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_")
SCORING_METHODS = ("mean", "sum")


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    subscale: str
    reverse: bool = False


@dataclass(frozen=True)
class Subscale:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Questionnaire:
    """A set of statements answered on one whole-number scale, scored per subscale."""

    id: str
    title: str
    version: int
    introduction: str
    notice: str  # what this is and is not (for the shipped check-in: a reflection, not a measure)
    minimum: int
    maximum: int
    labels: tuple[str, ...]  # one per point of the scale, lowest first
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    method: str = "mean"
    attribution: str = ""

    @property
    def points(self) -> range:
        return range(self.minimum, self.maximum + 1)

    def label(self, value: int) -> str:
        return self.labels[value - self.minimum]

    def subscale(self, subscale_id: str) -> Subscale:
        return next(s for s in self.subscales if s.id == subscale_id)

    def score_range(self, subscale_id: str) -> tuple[float, float]:
        """The lowest and highest possible score for a subscale."""
        if self.method == "mean":
            return float(self.minimum), float(self.maximum)
        n = sum(1 for i in self.items if i.subscale == subscale_id)
        return float(n * self.minimum), float(n * self.maximum)


def scored_value(q: Questionnaire, item: Item, value: int) -> int:
    """An answer as it counts: reverse-scored items run the scale the other way."""
    return q.minimum + q.maximum - value if item.reverse else value


def score(q: Questionnaire, answers: Mapping[str, int]) -> dict[str, float]:
    """Score every subscale that has at least one answer; unanswered items are left out, not guessed.

    Raises ValueError for an unknown item or an answer outside the scale.
    """
    by_id = {i.id: i for i in q.items}
    for key, value in answers.items():
        if key not in by_id:
            raise ValueError(f"{key!r} is not an item of {q.id}")
        if isinstance(value, bool) or not isinstance(value, int) or not q.minimum <= value <= q.maximum:
            raise ValueError(f"the answer to {key!r} must be a whole number from {q.minimum} to {q.maximum}")
    out: dict[str, float] = {}
    for sub in q.subscales:
        values = [scored_value(q, by_id[k], v) for k, v in answers.items() if by_id[k].subscale == sub.id]
        if not values:
            continue
        total = float(sum(values))
        out[sub.id] = round(total / len(values), 4) if q.method == "mean" else total
    return out


# -- loading ---------------------------------------------------------------------------------------------------
def load_questionnaire(path: Path | str) -> Questionnaire:
    path = Path(path)
    return parse_questionnaire(read_text(path, path.name), path.name)


def parse_questionnaire(text: str, source: str) -> Questionnaire:
    """Read a questionnaire file, reporting every problem at once (DataFileError)."""
    data = parse_toml(text, source)
    top = Fields(data, source, lines=LineFinder(text))
    top.number("format", whole=True, minimum=1, maximum=FORMAT_VERSION)
    qid = top.text("id", max_len=60)
    if qid and not set(qid) <= _ID_CHARS:
        # Messages about a field follow its name, as in 'id: "X" may use only …'.
        top.problem("id", translate("QuestionnaireFiles", '"{id}" may use only lower-case letters, digits, "-" and '
                                    '"_".').format(id=qid),
                    translate("QuestionnaireFiles", 'write something like id = "weekly-reflection".'))
    title = top.text("title", max_len=120)
    version = int(top.number("version", whole=True, minimum=1, maximum=10_000, required=False, default=1))
    introduction = top.text("introduction", required=False, max_len=2000)
    notice = top.text("notice", max_len=1000)
    attribution = top.text("attribution", required=False, max_len=1000)
    method, minimum, maximum = "mean", 1, 5
    labels: tuple[str, ...] = ()
    scoring = top.table("scoring")
    if scoring is not None:
        method = scoring.choice("method", SCORING_METHODS, required=False, default="mean") or "mean"
        before = len(top.problems)
        minimum = int(scoring.number("minimum", whole=True, minimum=-100, maximum=100))
        maximum = int(scoring.number("maximum", whole=True, minimum=-100, maximum=100))
        labels = tuple(scoring.text_list("labels", required=True, max_items=21, max_len=60))
        if len(top.problems) > before:
            pass  # the range is already reported; comparing defaults would only confuse
        elif maximum <= minimum:
            scoring.problem("maximum", translate("QuestionnaireFiles", "is {maximum}, which is not above the minimum "
                                                 "({minimum}).").format(maximum=maximum, minimum=minimum),
                            translate("QuestionnaireFiles", "make the maximum larger than the minimum, such as "
                                      "minimum = 1 and maximum = 5."))
        elif labels and len(labels) != maximum - minimum + 1:
            scoring.problem("labels", translate("QuestionnaireFiles", "has {labels} labels but the scale has {points} "
                                                "points.").format(labels=len(labels), points=maximum - minimum + 1),
                            translate("QuestionnaireFiles", "give one label for each whole number from {minimum} to "
                                      "{maximum}.").format(minimum=minimum, maximum=maximum))
        elif maximum - minimum > 20:
            scoring.problem("maximum", translate("QuestionnaireFiles", "makes a scale of more than 21 points."),
                            translate("QuestionnaireFiles", "use a shorter scale."))
        scoring.finish()
    subscales: list[Subscale] = []
    for sf in top.tables("subscales"):
        sid = sf.text("id", max_len=60)
        if sid and sid in {s.id for s in subscales}:
            sf.problem("id", translate("QuestionnaireFiles", '"{id}" is used by another subscale.').format(id=sid),
                       translate("QuestionnaireFiles", "give each subscale its own id."))
        subscales.append(Subscale(sid, sf.text("title", max_len=120),
                                  sf.text("description", required=False, max_len=1000)))
        sf.finish()
    known = {s.id for s in subscales}
    items: list[Item] = []
    for itf in top.tables("items", max_items=200):
        iid = itf.text("id", max_len=60)
        if iid and iid in {i.id for i in items}:
            itf.problem("id", translate("QuestionnaireFiles", '"{id}" is used by another item.').format(id=iid),
                        translate("QuestionnaireFiles", "give each item its own id."))
        sub = itf.text("subscale", max_len=60)
        if sub and known and sub not in known:
            message = translate("QuestionnaireFiles", '"{subscale}" is not one of the subscales in this file.').format(
                subscale=sub)
            #: {subscales} lists the subscales' ids, such as "kindness, noticing".
            fix = translate("QuestionnaireFiles", "use one of: {subscales}.").format(subscales=", ".join(sorted(known)))
            itf.problem("subscale", message, fix)
        items.append(Item(iid, itf.text("text", max_len=600), sub, itf.boolean("reverse")))
        itf.finish()
    used = {i.subscale for i in items}
    for n, subscale in enumerate(subscales):
        if subscale.id and items and subscale.id not in used:
            top.child({}, f"subscales[{n}]").problem(
                "id", translate("QuestionnaireFiles", 'no item belongs to the subscale "{subscale}".').format(
                    subscale=subscale.id), translate("QuestionnaireFiles", "add items for it, or remove the subscale."))
    top.finish()
    if top.problems:
        raise DataFileError(top.problems)
    return Questionnaire(qid, title, version, introduction, notice, minimum, maximum, labels, tuple(items),
                         tuple(subscales), method, attribution)


def usable_answers(q: Questionnaire, answers: Mapping[str, Any]) -> dict[str, int]:
    """Answers read back from a results file: keep only those that still fit the questionnaire."""
    ids = {i.id for i in q.items}
    return {k: v for k, v in answers.items()
            if k in ids and isinstance(v, int) and not isinstance(v, bool) and q.minimum <= v <= q.maximum}
