"""Imports check the size before reading and stream (issue 19, item 5): a file over the limit is refused before a
byte is read, and an export is read a piece at a time, each entry saved as it is checked in one transaction, so
memory holds a piece and an entry, never the whole file. The streaming reader agrees with the whole-file reader on
valid and broken files alike (property-based)."""

from __future__ import annotations

import io
import json
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcompass.core.journal import new_entry
from selfcompass.core.journal_files import (
    MAX_IMPORT_BYTES,
    JournalImportError,
    Unstreamable,
    journal_to_json,
    parse_journal_json,
    stream_journal_json,
)
from selfcompass.paths import AppPaths
from selfcompass.storage import open_database

T0 = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def streamed(text: str, chunk: int) -> list:
    return list(stream_journal_json(io.StringIO(text), source="x.json", chunk=chunk))


def outcome(read) -> object:  # type: ignore[no-untyped-def]
    try:
        return [(e.uuid, e.body, e.title, e.tags, e.mood, e.created_at, e.updated_at) for e in read()]
    except JournalImportError:
        return "refused"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as fh:  # sparse: no disk is used
        fh.truncate(MAX_IMPORT_BYTES + 1)

    def never(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("the file was read")

    with open_database(make_paths(tmp_path)) as db:
        monkeypatch.setattr(Path, "read_bytes", never)
        monkeypatch.setattr(Path, "open", never)
        with pytest.raises(JournalImportError, match="larger than 512 MB"):
            db.journal.import_json(big)
        monkeypatch.undo()


def test_a_large_import_never_holds_the_file_in_memory(tmp_path: Path) -> None:
    entries = [new_entry(f"entry {i} " + "steady words " * 600, now=T0 + timedelta(minutes=i)) for i in range(2000)]
    path = tmp_path / "big.json"
    path.write_text(journal_to_json(entries, T0), encoding="utf-8")
    size = path.stat().st_size
    assert size > 15_000_000
    del entries
    with open_database(make_paths(tmp_path / "other")) as db:
        tracemalloc.start()
        try:
            report = db.journal.import_json(path)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert report.added == 2000 and db.journal.count() == 2000
    # Read whole, the bytes, the text and the parsed entries came to more than three times the file.
    assert peak < 8_000_000 < size / 2, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"


def test_a_problem_half_way_imports_nothing(tmp_path: Path) -> None:
    entries = [new_entry(f"entry {i}", now=T0 + timedelta(minutes=i)) for i in range(50)]
    doc = json.loads(journal_to_json(entries, T0))
    doc["entries"][40]["mood"] = 9
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with open_database(make_paths(tmp_path)) as db:
        with pytest.raises(JournalImportError) as raised:
            db.journal.import_json(path)
        assert raised.value.index == 40 and db.journal.count() == 0


def test_entries_before_the_format_are_read_whole(tmp_path: Path) -> None:
    entries = [new_entry(f"entry {i}", now=T0) for i in range(3)]
    doc = json.loads(journal_to_json(entries, T0))
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps({"entries": doc["entries"], **{k: v for k, v in doc.items() if k != "entries"}}),
                    encoding="utf-8")
    with pytest.raises(Unstreamable):
        streamed(path.read_text(encoding="utf-8"), 64)
    with open_database(make_paths(tmp_path)) as db:
        assert db.journal.import_json(path).added == 3


def test_the_apps_own_export_streams(tmp_path: Path) -> None:
    with open_database(make_paths(tmp_path)) as db:
        db.journal.add_many([new_entry(f"entry {i} ünïcode ✓", now=T0 + timedelta(minutes=i)) for i in range(30)])
        db.journal.export_json(tmp_path / "mine.json")
    text = (tmp_path / "mine.json").read_text(encoding="utf-8")
    assert outcome(lambda: streamed(text, 7)) == outcome(lambda: parse_journal_json(text, source="x.json"))
    assert len(streamed(text, 7)) == 30


entry_st = st.builds(lambda body, mood, n: new_entry(body, now=T0 + timedelta(minutes=n), mood=mood),
                     st.text(max_size=40), st.one_of(st.none(), st.integers(1, 5)), st.integers(0, 10_000))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entry_st, max_size=6), st.integers(1, 64), st.data())
def test_streaming_agrees_with_reading_whole(entries, chunk: int, data) -> None:  # type: ignore[no-untyped-def]
    text = journal_to_json(entries, T0)
    if data.draw(st.booleans()):  # damage it: cut short, a character changed, or a field added
        how = data.draw(st.sampled_from(["cut", "change", "field", "count"]))
        if how == "cut":
            text = text[:data.draw(st.integers(0, max(len(text) - 1, 0)))]
        elif how == "change" and text:
            at = data.draw(st.integers(0, len(text) - 1))
            text = text[:at] + data.draw(st.sampled_from(list('{}[],:"x1 '))) + text[at + 1:]
        elif how == "field":
            text = text.replace('"version"', '"mystery": 1, "version"', 1)
        else:
            text = text.replace(f'"count": {len(entries)}', f'"count": {len(entries) + 1}', 1)
    try:
        whole = outcome(lambda: parse_journal_json(text, source="x.json"))
    except Exception:
        whole = "refused"
    try:
        stream = outcome(lambda: streamed(text, chunk))
    except Unstreamable:
        return  # read whole instead, which is the other side of this comparison
    assert stream == whole


def test_a_comma_before_the_closing_brace_is_refused_both_ways() -> None:
    """Found by the property above: the streaming reader took `"entries": [],}` that reading whole refuses."""
    text = journal_to_json([], T0).replace('"entries": []\n}', '"entries": [],}')
    with pytest.raises(JournalImportError):
        parse_journal_json(text, source="x.json")
    with pytest.raises(JournalImportError):
        streamed(text, 7)
