"""Property-based tests for the journal's JSON import: malformed, truncated, huge and hostile files give a clear
error and import nothing; valid files round-trip. Also the pure helpers of selfcompass.core.journal."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcompass.core.journal import (
    MARK_END,
    MARK_START,
    PROMPTS,
    Part,
    highlight_segments,
    new_entry,
    normalise_tags,
    parse_tags,
    prompt_of_the_day,
    to_fts_query,
)
from selfcompass.core.journal_files import (
    JournalImportError,
    entry_to_json,
    entry_to_markdown,
    export_header,
    journal_to_json,
    markdown_filename,
    parse_journal_json,
)
from selfcompass.paths import AppPaths
from selfcompass.storage import open_database

T0 = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)

text_st = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=200)
entries_st = st.lists(
    st.builds(lambda body, title, tags, mood, hours: new_entry(body, now=T0 + timedelta(hours=hours), title=title,
                                                                tags=tags, mood=mood),
              text_st, text_st, st.lists(text_st, max_size=4), st.one_of(st.none(), st.integers(1, 5)),
              st.integers(0, 10_000)),
    max_size=5)


def valid_doc(entries: Any) -> str:
    return journal_to_json(entries, T0)


def parse_or_clear_error(data: bytes | str) -> list[Any] | None:
    try:
        return parse_journal_json(data, source="x.json")
    except JournalImportError as exc:
        assert str(exc).startswith("x.json")
        assert exc.fix
        return None


@given(entries_st)
def test_valid_exports_round_trip(entries: Any) -> None:
    parsed = parse_journal_json(valid_doc(entries))
    assert parsed == [e for e in entries]


@given(st.binary(max_size=2000))
def test_random_bytes_give_a_clear_error(data: bytes) -> None:
    parse_or_clear_error(data)


@given(entries_st.filter(bool), st.data())
def test_truncated_files_are_refused(entries: Any, data: st.DataObject) -> None:
    doc = valid_doc(entries).encode()
    cut = data.draw(st.integers(0, len(doc) - 1))
    result = parse_or_clear_error(doc[:cut])
    assert result is None or result == entries  # only trailing whitespace may be cut


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text_st,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text_st, inner, max_size=4), max_leaves=20)


@given(entries_st.filter(bool), st.data())
def test_hostile_values_in_any_field_give_a_clear_error(entries: Any, data: st.DataObject) -> None:
    doc = json.loads(valid_doc(entries))
    index = data.draw(st.integers(0, len(entries) - 1))
    key = data.draw(st.sampled_from([*sorted(doc["entries"][index]), "extra"]))
    doc["entries"][index][key] = data.draw(json_values)
    parse_or_clear_error(json.dumps(doc))


@pytest.mark.parametrize("payload", [
    "[" * 100_000 + "]" * 100_000,
    '{"format": "selfcompass-journal", "version": 1, "entries": [' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "]}",
    '{"format": "selfcompass-journal", "version": 1, "entries": [{"mood": ' + "9" * 10_000 + "}]}",
    '{"format": "selfcompass-journal", "version": 1, "entries": [{"mood": NaN}]}',
    '{"format": "selfcompass-journal", "format": "x", "version": 1, "entries": []}',
    '{"format": "selfcompass-journal", "version": 99, "entries": []}',
    '{"format": "selfcompass-journal", "version": true, "entries": []}',
    '{"format": "selfcompass-journal", "version": 1, "entries": {}}',
    '{"format": "selfcompass-journal", "version": 1, "count": 5, "entries": []}',
    '{"format": "other", "version": 1, "entries": []}',
    '"\\ud800"',
    "",
    "\ufeff",
    "null",
])
def test_hostile_documents(payload: str) -> None:
    assert parse_or_clear_error(payload) is None


def test_huge_body_is_refused_with_the_field_named() -> None:
    e = new_entry("x", now=T0)
    item = entry_to_json(e)
    item["body"] = "a" * 1_000_001
    with pytest.raises(JournalImportError) as info:
        parse_journal_json(json.dumps({**export_header(T0, 1), "entries": [item]}), source="big.json")
    assert info.value.field_name == "body" and "too long" in str(info.value)


def test_lone_surrogate_in_a_body_is_refused() -> None:
    item = entry_to_json(new_entry("x", now=T0))
    text = json.dumps({**export_header(T0, 1), "entries": [item]}).replace('"body": "x"', '"body": "\\udc00"')
    with pytest.raises(JournalImportError, match="Unicode"):
        parse_journal_json(text)


def test_repeated_uuid_is_refused() -> None:
    e = new_entry("x", now=T0)
    with pytest.raises(JournalImportError, match="repeats"):
        parse_journal_json(journal_to_json([e, e], T0))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries_st.filter(bool), st.data())
def test_nothing_is_half_imported(tmp_path: Path, entries: Any, data: st.DataObject) -> None:
    folder = tmp_path / str(abs(hash(tuple(e.uuid for e in entries))))
    db = open_database(AppPaths(folder, folder, folder / "c", folder / "l"))
    try:
        doc = json.loads(valid_doc(entries))
        if data.draw(st.booleans()):
            index = data.draw(st.integers(0, len(entries) - 1))
            key = data.draw(st.sampled_from(sorted(doc["entries"][index])))
            doc["entries"][index][key] = data.draw(json_values)
        path = folder / "in.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        try:
            report = db.journal.import_json(path)
        except JournalImportError:
            assert db.journal.count() == 0
        else:
            assert db.journal.count() == report.added == len(entries)
    finally:
        db.close()


def test_progress_is_reported() -> None:
    entries = [new_entry(f"e{n}", now=T0) for n in range(2500)]
    calls: list[tuple[int, int]] = []
    parse_journal_json(journal_to_json(entries, T0), progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (1, 2500) and calls[-1] == (2500, 2500)


# --- pure helpers ---------------------------------------------------------------------------------------

def test_tags_are_trimmed_and_deduplicated() -> None:
    assert normalise_tags([" Work ", "work", "a,b", "", "  x   y "]) == ("Work", "a b", "x y")
    assert parse_tags("one, two ,, One") == ("one", "two")


@pytest.mark.parametrize(("typed", "query"), [
    ("rota", '"rota"*'), ("kept rota", '"kept" "rota"*'), ('"', None), ("title:x", '"title" "x"'),
    ("a", '"a"'), ("NEAR(a b)", '"NEAR" "a" "b"'),
])
def test_fts_queries_are_always_quoted(typed: str, query: str | None) -> None:
    assert to_fts_query(typed) == query


def test_highlight_segments() -> None:
    text = f"a {MARK_START}b{MARK_END} c {MARK_START}d{MARK_END}"
    assert highlight_segments(text) == [("a ", False), ("b", True), (" c ", False), ("d", True)]


def test_prompts_cover_the_three_parts() -> None:
    assert set(PROMPTS) == set(Part)
    assert all(len(p) >= 3 for p in PROMPTS.values())
    assert prompt_of_the_day(Part.KINDNESS, 0) != prompt_of_the_day(Part.KINDNESS, 1)


def test_markdown_of_an_entry() -> None:
    e = new_entry("Body text", now=T0, title="Title: with / odd chars", tags=["a"], mood=3, prompt="Q?")
    md = entry_to_markdown(e)
    assert md.startswith("# Title: with / odd chars\n")
    assert "> Q?" in md and "Body text" in md and "mood 3/5" in md
    name = markdown_filename(e)
    assert name.startswith("2026-03-01-070000-title-with-odd-chars-") and "/" not in name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_search_accepts_anything_typed(tmp_path: Path, typed: str) -> None:
    folder = tmp_path / "search"
    db = open_database(AppPaths(folder, folder, folder / "c", folder / "l"))
    try:
        if db.journal.count() == 0:
            db.journal.add(new_entry("Ça va: a rota, tea_time and 42 things", now=T0))
        db.journal.search(typed)
        db.journal.search_count(typed)
    finally:
        db.close()
