"""The file-backed progress store: sequences as TOML, progress as JSON, nothing private, damage survived."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from selfcompass.core.practice_loader import load_library
from selfcompass.core.sequences import Completion, Pace, enrol, load_sequence_file, pause
from selfcompass.storage.sequence_progress import FileProgressStore

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "sequences"
MON = date(2026, 1, 5)
LIBRARY = {"box-breathing": load_library(ROOT / "practices", ROOT / "audio_scripts").practices["box-breathing"]}


def test_everything_survives_a_restart(tmp_path: Path) -> None:
    seq = load_sequence_file(DATA / "small.toml", LIBRARY)
    store = FileProgressStore(tmp_path, LIBRARY)
    store.save_sequence(seq)
    store.save_enrolment(pause(enrol(seq, MON, Pace.CATCH_UP), MON + timedelta(1)))
    store.add_completion(Completion(seq.id, 1, "box-breathing", MON, 100.0, 2, None))
    store.add_completion(Completion(seq.id, 1, "box-breathing", MON, 100.0))  # counted once
    again = FileProgressStore(tmp_path, LIBRARY)
    assert again.sequences() == [seq]
    assert again.enrolments() == store.enrolments()
    assert again.completions() == [Completion(seq.id, 1, "box-breathing", MON, 100.0, 2, None)]
    assert again.problems == []
    assert not list(tmp_path.rglob("*.tmp"))
    if os.name == "posix":
        assert all(p.stat().st_mode & 0o077 == 0 for p in tmp_path.rglob("*") if p.is_file())


def test_a_damaged_progress_file_is_kept_aside_and_progress_starts_afresh(tmp_path: Path) -> None:
    (tmp_path / "sequence-progress.json").write_text("{not json", encoding="utf-8")
    store = FileProgressStore(tmp_path, LIBRARY)
    assert store.enrolments() == [] and len(store.problems) == 1
    assert (tmp_path / "sequence-progress.json.unreadable").read_text(encoding="utf-8") == "{not json"


def test_a_sequence_that_no_longer_loads_is_reported_not_fatal(tmp_path: Path) -> None:
    store = FileProgressStore(tmp_path, LIBRARY)
    store.save_sequence(load_sequence_file(DATA / "small.toml", LIBRARY))
    again = FileProgressStore(tmp_path, {})  # box-breathing has gone from the library
    assert again.sequences() == [] and again.problems
    assert "box-breathing" in str(again.problems[0])
