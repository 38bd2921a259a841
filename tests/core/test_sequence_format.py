"""Sequence files: the checked loader, the TOML writer's round trip, the JSON Schema and the shipped sequences."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcompass import __version__
from selfcompass.core.datafile import DataFileError
from selfcompass.core.practice import Practice
from selfcompass.core.practice_loader import load_library, practice_from_mapping
from selfcompass.core.sequences import (
    CustomPractice,
    Day,
    Sequence,
    load_sequence_file,
    parse_sequence,
    sequence_to_toml,
)
from selfcompass.core.sequences.loader import DAY_KEYS, PRACTICE_KEYS, TOP_KEYS
from selfcompass.core.sequences.writer import toml_multiline, toml_string

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "sequences"
SHIPPED = sorted((ROOT / "practices" / "sequences").glob("*.toml"))
#: The ids the library promises; the shipped sequences use only these.
PROMISED = [
    "ten-second-pause", "stop", "breathing-space", "resonance-breathing", "box-breathing",
    "long-out-breath", "threshold-pause", "transition-pause", "going-home", "body-check-in",
    "treat-a-friend", "self-compassion-break", "compassionate-letter", "supportive-touch",
    "softening-the-critic", "evening-journal", "what-you-really-want", "caring-for-the-caregiver",
    "fierce-protect", "fierce-provide", "fierce-motivate", "after-an-incident", "inbox-batching",
    "notification-fast", "shorter-meetings", "email-intention", "meeting-free-block", "single-tasking",
    "shutdown-ritual", "phone-out-of-reach", "before-a-one-to-one", "listening-fully",
    "receiving-speaking-up", "preparing-to-speak-up", "team-check-in",
]


def stub(pid: str) -> Practice:
    return practice_from_mapping({
        "schema": 1, "id": pid, "title": pid.replace("-", " ").capitalize(), "family": "pause",
        "summary": "A stand-in for tests.", "duration": 60, "attribution": "Tests.",
        "steps": [{"kind": "instruction", "text": "Sit.", "duration": 60}]}, f"stub:{pid}")


@pytest.fixture(scope="module")
def library() -> dict[str, Practice]:
    """The real library where it loads (box-breathing at least), with stand-ins for promised ids not yet written."""
    real = load_library(ROOT / "practices", ROOT / "audio_scripts").practices
    lib = {pid: stub(pid) for pid in PROMISED}
    lib.update(real)
    return lib


def load(name: str, library: dict[str, Practice]) -> Sequence:
    return load_sequence_file(DATA / name, library)


def problems_of(text: str, library: dict[str, Practice]) -> list[Any]:
    with pytest.raises(DataFileError) as info:
        parse_sequence(text, "test.toml", library)
    return info.value.problems


MINIMAL = """schema = 1
id = "tiny"
title = "Tiny"
author = "Sam"
description = "One day."
start = "on-import"

[[days]]
practices = ["box-breathing"]
note = "Hello."
"""


# --- reading -----------------------------------------------------------------------------------------------

def test_small_sequence_reads_with_days_notes_and_a_custom_practice(library: dict[str, Practice]) -> None:
    seq = load("small.toml", library)
    assert (seq.id, seq.title, seq.author, seq.contact) == ("small-test", "A small test path", "Sam Coach",
                                                            "sam.coach@example.nhs.uk")
    assert seq.start is None and seq.length == 2
    assert seq.days[0] == Day("Welcome. Start with a steady breath.", ("box-breathing",), "Arriving",
                              "What did you notice?")
    assert seq.days[1].note == "A gentle second day.\nTake it as it comes."
    assert seq.days[1].practices == ("desk-reset", "box-breathing")
    (custom,) = seq.custom
    assert custom.id == "desk-reset" and custom.practice.duration == 30
    script = custom.effective_script()
    assert len(script.steps) == 2 and "surface" in script.spoken_text
    assert seq.practice("desk-reset", library) is custom.practice
    assert seq.practice("box-breathing", library) is library["box-breathing"]


def test_a_custom_practice_without_narration_is_captioned_by_its_steps(library: dict[str, Practice]) -> None:
    seq = load("no-narration.toml", library)
    assert seq.start == date(2026, 3, 2)
    (custom,) = seq.custom
    assert custom.narration == "" and custom.script is None
    assert custom.effective_script().spoken_text == "Breathe with the circle."


def test_a_quoted_date_is_accepted_but_a_time_is_not(library: dict[str, Practice]) -> None:
    seq = parse_sequence(MINIMAL.replace('"on-import"', '"2026-04-01"'), "t.toml", library)
    assert seq.start == date(2026, 4, 1)
    (p,) = problems_of(MINIMAL.replace('"on-import"', "2026-04-01T09:00:00"), library)
    assert p.field == "start" and "time of day" in p.message and p.line == 6


def test_every_problem_in_a_broken_file_has_a_line_a_field_and_a_fix(library: dict[str, Practice]) -> None:
    with pytest.raises(DataFileError) as info:
        load("broken.toml", library)
    found = {(p.field, p.line) for p in info.value.problems}
    assert {("id", 2), ("start", 6), ("colour", 7), ("days[0].practices", 10), ("days[0].jounral", 12),
            ("days[1].practices", 15), ("days[1].note", 16), ("practices[0].duration", 23),
            ("practices[0].narration", 28)} <= found
    for p in info.value.problems:
        assert p.line is not None and p.field and p.fix, p
        assert str(p).startswith(f"broken.toml, line {p.line}: {p.field}: ")


def test_an_unknown_practice_id_suggests_the_closest(library: dict[str, Practice]) -> None:
    (p,) = problems_of(MINIMAL.replace('"box-breathing"', '"box-breathng"'), library)
    assert p.field == "days[0].practices" and p.line == 9
    assert 'did you mean "box-breathing"?' in p.fix


def test_an_unknown_id_on_a_later_line_of_a_list_is_found(library: dict[str, Practice]) -> None:
    text = MINIMAL.replace('practices = ["box-breathing"]', 'practices = [\n  "box-breathing",\n  "zzz-qqq",\n]')
    (p,) = problems_of(text, library)
    assert p.line == 11 and "not a practice" in p.message and "practices list" in p.fix


def test_a_practice_that_did_not_load_is_named_as_such(library: dict[str, Practice]) -> None:
    with pytest.raises(DataFileError) as info:
        parse_sequence(MINIMAL.replace('"box-breathing"', '"half-written"'), "t.toml", library,
                       unavailable={"half-written"})
    (p,) = info.value.problems
    assert "did not load" in p.message and "practices check" in p.fix


def test_a_newer_schema_names_the_version_needed_and_nothing_else(library: dict[str, Practice]) -> None:
    text = MINIMAL.replace("schema = 1", 'schema = 3\nrequires = "2.4"') + "\nfuture_key = 1\n"
    (p,) = problems_of(text, library)
    assert p.field == "schema" and p.line == 1
    assert "SelfCompass 2.4 or later" in p.fix and __version__ in p.message
    (p,) = problems_of(MINIMAL.replace("schema = 1", "schema = 2"), library)
    assert "a newer SelfCompass" in p.fix


def test_missing_fields_and_wrong_types_are_named(library: dict[str, Practice]) -> None:
    text = MINIMAL.replace('author = "Sam"\n', "").replace('title = "Tiny"', "title = 5")
    fields = {p.field: p for p in problems_of(text, library)}
    assert set(fields) == {"author", "title"}
    assert "missing" in fields["author"].message and "text in quotes" in fields["title"].message


def test_custom_practices_are_checked_like_library_ones(library: dict[str, Practice]) -> None:
    text = MINIMAL + """
[[practices]]
id = "box-breathing"
title = "Mine"
family = "pause"
summary = "Clashes with the library."
duration = 20
attribution = "Me."
colour = "red"

[[practices.steps]]
kind = "breathe"
text = "Breathe."
duration = 20
pattern = { inhale = 4, exhale = 4, cycles = 3 }
"""
    fields = {p.field: p for p in problems_of(text, library)}
    assert fields["practices[0].colour"].line == 19
    assert fields["practices[0].steps[0].pattern.cycles"].line == 25
    assert "breaths" in fields["practices[0].steps[0].pattern.cycles"].message


def test_custom_ids_must_not_clash_with_the_library_or_each_other(library: dict[str, Practice]) -> None:
    block = """
[[practices]]
id = "{pid}"
title = "Mine"
family = "pause"
summary = "A practice."
duration = 10
attribution = "Me."

[[practices.steps]]
kind = "instruction"
text = "Sit."
duration = 10
"""
    fields = [p.field for p in problems_of(MINIMAL + block.format(pid="box-breathing"), library)]
    assert fields == ["practices[0].id"]
    fields = [p.field for p in problems_of(MINIMAL + block.format(pid="mine") + block.format(pid="mine"), library)]
    assert fields == ["practices[1].id"]


def test_narration_that_does_not_fit_is_reported_at_its_line(library: dict[str, Practice]) -> None:
    words = " ".join(["word"] * 60)
    text = MINIMAL + f'''
[[practices]]
id = "chatty"
title = "Chatty"
family = "pause"
summary = "Too many words."
duration = 10
attribution = "Me."
narration = """
[step 1]
{words}
"""

[[practices.steps]]
kind = "instruction"
text = "Sit."
duration = 10
'''
    (p,) = problems_of(text, library)
    assert p.field == "practices[0].narration" and p.line == 20  # the [step 1] line
    assert p.message.startswith("[step 1]: narration takes about")


def test_step_text_read_aloud_must_fit_when_there_is_no_narration(library: dict[str, Practice]) -> None:
    words = " ".join(["word"] * 60)
    text = MINIMAL + f"""
[[practices]]
id = "wordy"
title = "Wordy"
family = "pause"
summary = "Too many words."
duration = 10
attribution = "Me."

[[practices.steps]]
kind = "instruction"
text = "{words}"
duration = 10
"""
    (p,) = problems_of(text, library)
    assert p.field == "practices[0].steps[0].text" and p.line == 22 and "read aloud" in p.message


def test_a_day_may_not_repeat_a_practice_or_be_empty(library: dict[str, Practice]) -> None:
    (p,) = problems_of(MINIMAL.replace('["box-breathing"]', '["box-breathing", "box-breathing"]'), library)
    assert "twice" in p.message
    (p,) = problems_of(MINIMAL.replace('["box-breathing"]', "[]"), library)
    assert "no practices" in p.message


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_text_gives_a_sequence_or_a_data_file_error(library: dict[str, Practice], text: str) -> None:
    try:
        parse_sequence(text, "fuzz.toml", library)
    except DataFileError as exc:
        assert exc.problems


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from([*TOP_KEYS, "extra"]),
                       st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.text(max_size=5)),
                                 st.dates()), max_size=8))
def test_damaged_tables_give_problems_not_crashes(library: dict[str, Practice], damage: dict[str, Any]) -> None:
    data = tomllib.loads(MINIMAL)
    data.update({k: v for k, v in damage.items() if v is not None})
    for key in [k for k, v in damage.items() if v is None]:
        data.pop(key, None)
    from selfcompass.core.sequences import sequence_from_mapping

    try:
        sequence_from_mapping(data, "fuzz.toml", library)
    except DataFileError as exc:
        assert all(p.field for p in exc.problems)


_values = st.one_of(st.none(), st.booleans(), st.integers(-5, 5000), st.floats(allow_nan=True),
                   st.text(max_size=30), st.lists(st.text(max_size=12), max_size=8), st.dates(),
                   st.dictionaries(st.text(max_size=8), st.integers(), max_size=3))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from([*DAY_KEYS, "extra"]), _values, max_size=5),
       st.dictionaries(st.sampled_from([*PRACTICE_KEYS, "extra"]), _values, max_size=8),
       st.lists(st.dictionaries(st.sampled_from(["kind", "text", "duration", "prompt", "pattern", "x"]), _values,
                                max_size=5), max_size=3))
def test_damaged_days_and_custom_practices_give_problems_not_crashes(
        library: dict[str, Practice], day: dict[str, Any], custom: dict[str, Any],
        steps: list[dict[str, Any]]) -> None:
    from selfcompass.core.sequences import sequence_from_mapping

    data = tomllib.loads(MINIMAL)
    data["days"].append({k: v for k, v in day.items() if v is not None})
    practice = {"id": "mine", "title": "Mine", "family": "pause", "summary": "S.", "duration": 10,
                "attribution": "Me.", "steps": steps or [{"kind": "instruction", "text": "Sit.", "duration": 10}]}
    practice.update({k: v for k, v in custom.items() if v is not None})
    data["practices"] = [practice]
    try:
        seq = sequence_from_mapping(data, "fuzz.toml", library)
    except DataFileError as exc:
        assert all(isinstance(p.message, str) and p.message for p in exc.problems)
    else:
        assert parse_sequence(sequence_to_toml(seq), "again.toml", library) == seq


# --- writing -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["small.toml", "no-narration.toml"])
def test_export_then_import_round_trips(library: dict[str, Practice], name: str) -> None:
    seq = load(name, library)
    text = sequence_to_toml(seq)
    again = parse_sequence(text, "exported.toml", library)
    assert again == seq
    assert again.custom[0].narration == seq.custom[0].narration
    assert sequence_to_toml(again) == text


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_sequences_round_trip(library: dict[str, Practice], path: Path) -> None:
    seq = load_sequence_file(path, library)
    text = sequence_to_toml(seq)
    assert parse_sequence(text, "x.toml", library) == seq
    assert sequence_to_toml(parse_sequence(text, "x.toml", library)) == text


_plain = st.characters(exclude_categories=("Cs",))
_text = st.text(_plain, min_size=1, max_size=120).map(str.strip).filter(bool)


@st.composite
def sequences(draw: st.DrawFn) -> Sequence:
    days = draw(st.lists(st.builds(
        Day, note=_text, practices=st.just(("box-breathing",)),
        title=st.one_of(st.just(""), _text.map(lambda t: t[:60].strip()).filter(bool)),
        journal=st.one_of(st.just(""), _text)), min_size=1, max_size=4))
    return Sequence(id="fuzzed", title=draw(_text.map(lambda t: t[:80].strip()).filter(bool)), author=draw(_text),
                    description=draw(_text), days=tuple(days), contact=draw(st.one_of(st.just(""), _text)),
                    start=draw(st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2100, 1, 1)))))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequences())
def test_any_sequence_round_trips_through_toml(library: dict[str, Practice], seq: Sequence) -> None:
    text = sequence_to_toml(seq)
    assert parse_sequence(text, "fuzz.toml", library) == seq


@given(st.text(_plain, max_size=200))
def test_toml_strings_read_back_exactly(text: str) -> None:
    assert tomllib.loads(f"a = {toml_string(text)}")["a"] == text
    assert tomllib.loads(f"a = {toml_multiline(text)}")["a"] == text


def test_custom_practice_with_a_write_step_and_pattern_round_trips(library: dict[str, Practice]) -> None:
    practice = practice_from_mapping({
        "schema": 1, "id": "mine", "title": "Mine", "family": "self-compassion", "summary": "S.",
        "duration": 94.5, "attribution": "Me.", "needs": ["kindness"], "tags": ["evening"],
        "aspects": ["kindness"], "tone": "tender",
        "steps": [{"kind": "write", "text": "Write.", "prompt": 'What "matters"?', "duration": 60},
                  {"kind": "breathe", "text": "Breathe.", "duration": 34.5,
                   "pattern": {"inhale": 4, "hold_in": 1.5, "exhale": 6, "hold_out": 0, "cycles": 3}}]}, "x")
    seq = Sequence("own", "Own", "Me", "D.", (Day("N.", ("mine",)),), custom=(CustomPractice(practice),))
    assert parse_sequence(sequence_to_toml(seq), "x.toml", library) == seq


# --- the JSON Schema ---------------------------------------------------------------------------------------

SCHEMA = json.loads((ROOT / "docs" / "sequence.schema.json").read_text(encoding="utf-8"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def validate(instance: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """A tiny validator for the keywords docs/sequence.schema.json uses (no new dependency)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return validate(instance, SCHEMA["$defs"][name], path)
    errors: list[str] = []
    if "anyOf" in schema and all(validate(instance, s, path) for s in schema["anyOf"]):
        errors.append(f"{path}: matches none of anyOf")
    kinds = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float)}
    kind = schema.get("type")
    if kind and (not isinstance(instance, kinds[kind]) or isinstance(instance, bool)):
        return [*errors, f"{path}: not {kind}"]
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{path}: not {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{path}: not in enum")
    if isinstance(instance, str):
        if len(instance) < schema.get("minLength", 0) or len(instance) > schema.get("maxLength", 10**9):
            errors.append(f"{path}: length")
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            errors.append(f"{path}: pattern")
    number = isinstance(instance, int | float) and not isinstance(instance, bool)
    if number and not schema.get("minimum", -(10**9)) <= instance <= schema.get("maximum", 10**9):
        errors.append(f"{path}: range")
    if isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0) or len(instance) > schema.get("maxItems", 10**9):
            errors.append(f"{path}: items count")
        if schema.get("uniqueItems") and len(set(map(str, instance))) != len(instance):
            errors.append(f"{path}: repeated items")
        for i, item in enumerate(instance):
            errors += validate(item, schema.get("items", {}), f"{path}[{i}]")
    if isinstance(instance, dict):
        errors += [f"{path}.{k}: missing" for k in schema.get("required", []) if k not in instance]
        props = schema.get("properties", {})
        for key, value in instance.items():
            if key in props:
                errors += validate(value, props[key], f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}.{key}: not allowed")
    return errors


def test_the_schema_allows_exactly_the_keys_the_parser_reads() -> None:
    assert set(SCHEMA["properties"]) == set(TOP_KEYS)
    assert set(SCHEMA["$defs"]["day"]["properties"]) == set(DAY_KEYS)
    assert set(SCHEMA["$defs"]["practice"]["properties"]) == set(PRACTICE_KEYS)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", [*SHIPPED, DATA / "small.toml", DATA / "no-narration.toml"], ids=lambda p: p.stem)
def test_good_files_match_the_schema(path: Path) -> None:
    data = _jsonable(tomllib.loads(path.read_text(encoding="utf-8")))
    assert validate(data, SCHEMA) == []


def test_the_broken_file_does_not_match_the_schema() -> None:
    data = _jsonable(tomllib.loads((DATA / "broken.toml").read_text(encoding="utf-8")))
    errors = validate(data, SCHEMA)
    assert any("colour" in e for e in errors) and any("jounral" in e for e in errors)


# --- the shipped sequences ---------------------------------------------------------------------------------

def test_three_sequences_ship() -> None:
    assert {p.stem for p in SHIPPED} == {"compassionate-leader", "back-to-back-week", "self-compassion-starter"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_sequences_load_and_use_only_promised_or_own_practices(library: dict[str, Practice],
                                                                        path: Path) -> None:
    seq = load_sequence_file(path, library)
    assert seq.id == path.stem and seq.start is None
    own = set(seq.custom_by_id())
    assert set(seq.practice_ids()) <= set(PROMISED) | own
    expected = {"compassionate-leader": 21, "back-to-back-week": 5, "self-compassion-starter": 5}[path.stem]
    assert seq.length == expected
    assert all(day.note and day.title for day in seq.days)


GUILT = re.compile(r"\b(missed|behind|fail\w*|streak|should|must|overdue|guilt\w*|lazy|you need to|you have to|"
                   r"cure\w*|therap\w*|proven|guarantee\w*|diagnos\w*)\b", re.IGNORECASE)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_notes_are_warm_uk_english_without_guilt(library: dict[str, Practice], path: Path) -> None:
    seq = load_sequence_file(path, library)
    words = " ".join([seq.description, *(d.note for d in seq.days), *(d.journal for d in seq.days)])
    assert not GUILT.search(words), GUILT.search(words)
    for us in ("color", "organization", "behavior", "prioritize", "center "):
        assert us not in words.lower()
