"""Questionnaires as data: the shipped check-in loads, scoring follows the file's rules, bad files say where."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcompass.core.datafile import DataFileError
from selfcompass.core.questionnaire import Item, Questionnaire, Subscale, load_questionnaire, parse_questionnaire, score

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "practices" / "questionnaires" / "weekly-checkin.toml"

GOOD = """\
format = 1
id = "coach-scale"
title = "A coach's scale"
notice = "Used with permission."

[scoring]
method = "sum"
minimum = 0
maximum = 3
labels = ["Never", "Sometimes", "Often", "Always"]

[[subscales]]
id = "warmth"
title = "Warmth"

[[items]]
id = "a"
subscale = "warmth"
text = "First statement."

[[items]]
id = "b"
subscale = "warmth"
reverse = true
text = "Second statement."
"""


def test_the_shipped_check_in_covers_three_parts_and_their_opposites() -> None:
    q = load_questionnaire(SHIPPED)
    assert q.id == "weekly-checkin"
    assert "not a validated measure" in q.notice and "reflection" in q.notice
    assert {s.id for s in q.subscales} == {"kindness", "common-humanity", "balanced-awareness"}
    for sub in q.subscales:
        mine = [i for i in q.items if i.subscale == sub.id]
        assert {i.reverse for i in mine} == {True, False}  # each part and its opposite
    assert len(q.labels) == q.maximum - q.minimum + 1


def test_a_coach_file_scores_by_its_own_rules() -> None:
    q = parse_questionnaire(GOOD, "coach.toml")
    assert q.method == "sum"
    assert score(q, {"a": 3, "b": 0}) == {"warmth": 6.0}  # b is reversed: 0 counts as 3
    assert score(q, {"a": 1}) == {"warmth": 1.0}
    assert q.score_range("warmth") == (0.0, 6.0)
    with pytest.raises(ValueError):
        score(q, {"a": 4})
    with pytest.raises(ValueError):
        score(q, {"zzz": 1})


@pytest.mark.parametrize(("change", "field", "line"), [
    (('subscale = "warmth"\nreverse = true', 'subscale = "warmt"\nreverse = true'), "items[1].subscale", 23),
    (("maximum = 3", 'maximum = "3"'), "scoring.maximum", 9),
    (('reverse = true', 'reverse = "yes"'), "items[1].reverse", 24),
    (('labels = ["Never", "Sometimes", "Often", "Always"]', 'labels = ["Never"]'), "scoring.labels", 10),
    (('title = "Warmth"', 'title = "Warmth"\ncolour = "red"'), "subscales[0].colour", 15),
    (('id = "b"', 'id = "a"'), "items[1].id", 22),
])
def test_a_bad_file_names_the_line_the_field_and_the_fix(change: tuple[str, str], field: str, line: int) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(DataFileError) as caught:
        parse_questionnaire(text, "coach.toml")
    [problem] = [p for p in caught.value.problems if p.field == field]
    assert problem.line == line
    assert problem.fix
    assert "coach.toml, line" in str(caught.value)


def test_syntax_errors_and_missing_files_are_calm_errors(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="line"):
        parse_questionnaire("id = \n", "x.toml")
    with pytest.raises(DataFileError, match="could not be read"):
        load_questionnaire(tmp_path / "missing.toml")


# -- properties -------------------------------------------------------------------------------------------------
@st.composite
def questionnaires(draw: st.DrawFn) -> Questionnaire:
    lo = draw(st.integers(-5, 5))
    hi = lo + draw(st.integers(1, 10))
    subs = [Subscale(f"s{i}", f"S{i}") for i in range(draw(st.integers(1, 4)))]
    items = tuple(Item(f"i{n}", "t", draw(st.sampled_from(subs)).id, draw(st.booleans()))
                  for n in range(draw(st.integers(1, 12))))
    used = [s for s in subs if any(i.subscale == s.id for i in items)]
    return Questionnaire("q", "Q", 1, "", "n", lo, hi, tuple(str(v) for v in range(lo, hi + 1)), items, tuple(used),
                         draw(st.sampled_from(["mean", "sum"])))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_scores_stay_in_range_and_reversal_mirrors(data: st.DataObject) -> None:
    q = data.draw(questionnaires())
    answers = {i.id: data.draw(st.integers(q.minimum, q.maximum)) for i in q.items}
    scores = score(q, answers)
    assert set(scores) == {s.id for s in q.subscales}
    for sid, value in scores.items():
        lo, hi = q.score_range(sid)
        assert lo - 1e-9 <= value <= hi + 1e-9
    # Answering every item at the opposite end of the scale mirrors every score around the middle.
    mirrored = score(q, {k: q.minimum + q.maximum - v for k, v in answers.items()})
    for sid, value in scores.items():
        lo, hi = q.score_range(sid)
        assert mirrored[sid] == pytest.approx(lo + hi - value, abs=1e-3)


def _to_toml(q: Questionnaire) -> str:
    lines = ["format = 1", f'id = "{q.id}"', f'title = "{q.title}"', f'notice = "{q.notice}"', "", "[scoring]",
             f'method = "{q.method}"', f"minimum = {q.minimum}", f"maximum = {q.maximum}",
             "labels = [" + ", ".join(f'"{x}"' for x in q.labels) + "]"]
    for s in q.subscales:
        lines += ["", "[[subscales]]", f'id = "{s.id}"', f'title = "{s.title}"']
    for i in q.items:
        lines += ["", "[[items]]", f'id = "{i.id}"', f'subscale = "{i.subscale}"', f'text = "{i.text}"',
                  f"reverse = {'true' if i.reverse else 'false'}"]
    return "\n".join(lines) + "\n"


@settings(max_examples=100, deadline=None)
@given(questionnaires())
def test_a_written_questionnaire_reads_back_the_same(q: Questionnaire) -> None:
    assert parse_questionnaire(_to_toml(q), "gen.toml") == q


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_either_loads_or_raises_a_data_file_error(text: str) -> None:
    try:
        parse_questionnaire(text, "fuzz.toml")
    except DataFileError as exc:
        assert exc.problems
        assert all(p.source == "fuzz.toml" for p in exc.problems)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 40), st.sampled_from(["x", "1", "true", '"text"', "[1]", "{a = 1}", "-3", "2.5"]))
def test_one_damaged_line_is_caught_with_a_line_number(line_no: int, value: str) -> None:
    lines = GOOD.splitlines()
    n = line_no % len(lines)
    if "=" not in lines[n]:
        return
    key = lines[n].split("=")[0].strip()
    lines[n] = f"{key} = {value}"
    try:
        parse_questionnaire("\n".join(lines), "damaged.toml")
    except DataFileError as exc:
        assert all(p.line is None or 1 <= p.line <= len(lines) for p in exc.problems)
