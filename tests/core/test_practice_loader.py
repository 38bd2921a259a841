"""The practice loader: good files load; bad files give a message naming the file, line, field and fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcompass.core.datafile import DataFileError, parse_toml
from selfcompass.core.practice_loader import load_library, practice_from_mapping

GOOD = """\
schema = 1
id = "tiny"
title = "Tiny pause"
family = "pause"
summary = "A short pause."
duration = 20
attribution = "Written for SelfCompass."
needs = ["calm"]

[[steps]]
kind = "instruction"
text = "Settle."
duration = 8

[[steps]]
kind = "breathe"
text = "Breathe."
duration = 12
pattern = { inhale = 4, exhale = 8, cycles = 1 }
"""
SCRIPT = "[step 1]\nSettle for a moment.\n[step 2]\nBreathe with me.\n"


def write(folder: Path, text: str = GOOD, script: str | None = SCRIPT, name: str = "tiny") -> tuple[Path, Path]:
    practices, scripts = folder / "practices", folder / "audio_scripts"
    practices.mkdir(exist_ok=True)
    scripts.mkdir(exist_ok=True)
    (practices / f"{name}.toml").write_text(text, encoding="utf-8")
    if script is not None:
        (scripts / f"{name}.txt").write_text(script, encoding="utf-8")
    return practices, scripts


def problems_for(tmp_path: Path, text: str, script: str | None = SCRIPT) -> list[str]:
    library = load_library(*write(tmp_path, text, script))
    return [str(p) for p in library.problems]


def test_a_good_practice_loads(tmp_path: Path) -> None:
    library = load_library(*write(tmp_path))
    assert not library.problems
    practice = library.practices["tiny"]
    assert practice.steps[1].pattern is not None and practice.steps[1].pattern.cycle_seconds == 12
    assert library.scripts["tiny"].steps[1].spoken_text == "Breathe with me."


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('family = "pause"', 'family = "relax"'), "family: \"relax\" is not one of the known values"),
        (("duration = 20\n", "duration = 25\n"), "duration: is 25 s but the steps add up to 20 s"),
        (("cycles = 1", "cycles = 2"), "steps[1].pattern.cycles: 2 breaths of 12 s make 24 s"),
        (("cycles = 1", 'cycles = "one"'), "steps[1].pattern.cycles: should be a whole number"),
        (('needs = ["calm"]', 'needs = ["calm"]\ncolour = "blue"'), "colour: is not a field this file may have"),
        (('text = "Settle."', 'text = "Settle."\npattern = { inhale = 1, exhale = 1, cycles = 1 }'),
         "steps[0].pattern: only breathe steps have a breathing pattern"),
        (("schema = 1", "schema = 9"), "schema: is 9, newer than this version of SelfCompass understands"),
        (('id = "tiny"', 'id = "Tiny Pause"'), "may use only small letters"),
        (('title = "Tiny pause"', "title = "), "its layout has a mistake"),
    ],
)
def test_bad_files_name_the_field_and_the_fix(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    found = problems_for(tmp_path, GOOD.replace(*change))
    assert any(expected in p for p in found), found
    assert all(p.startswith("practices/tiny.toml") for p in found)
    assert all("Fix:" in p for p in found)


def test_messages_carry_line_numbers(tmp_path: Path) -> None:
    found = problems_for(tmp_path, GOOD.replace("cycles = 1", 'cycles = "one"'))
    assert any("line 19" in p for p in found), found


def test_a_missing_script_is_named(tmp_path: Path) -> None:
    found = problems_for(tmp_path, GOOD, script=None)
    assert any("has no narration script (audio_scripts/tiny.txt)" in p for p in found)


def test_narration_that_cannot_fit_is_refused(tmp_path: Path) -> None:
    long = "[step 1]\n" + "Let your shoulders drop and soften. " * 20 + "\n[step 2]\nBreathe.\n"
    found = problems_for(tmp_path, GOOD, long)
    assert any("[step 1]: narration takes about" in p and "the step lasts 8 s" in p for p in found), found


def test_a_script_with_the_wrong_number_of_sections(tmp_path: Path) -> None:
    found = problems_for(tmp_path, GOOD, "[step 1]\nSettle.\n")
    assert any("has 1 sections but the practice has 2 steps" in p for p in found), found


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    write(tmp_path)
    practices, scripts = write(tmp_path, "this is = = not toml", SCRIPT, name="broken")
    library = load_library(practices, scripts)
    assert list(library.practices) == ["tiny"]
    assert len(library.problems) == 1 and "broken.toml" in str(library.problems[0])


def test_a_missing_folder_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    library = load_library(tmp_path / "nope", tmp_path / "nope2")
    assert not library.practices and "missing" in str(library.problems[0])


def test_every_practice_in_the_repo_loads(repo_root: Path) -> None:
    library = load_library(repo_root / "practices", repo_root / "audio_scripts")
    assert not library.problems, "\n".join(map(str, library.problems))
    assert len(library.practices) >= 6
    for required in ("stop", "breathing-space", "resonance-breathing", "box-breathing", "self-compassion-break",
                     "supportive-touch"):
        assert required in library.practices


toml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=6,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["schema", "id", "title", "family", "summary", "duration", "attribution",
                                        "needs", "tags", "steps", "aspects", "tone", "other"]), toml_values))
def test_arbitrary_tables_give_problems_not_crashes(data: dict) -> None:
    try:
        practice_from_mapping(data, "fuzz.toml")
    except DataFileError as exc:
        assert exc.problems and all(p.source == "fuzz.toml" for p in exc.problems)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(GOOD)), st.integers(0, 40), st.text(max_size=20))
def test_truncated_and_mangled_files_give_problems_not_crashes(cut: int, drop: int, junk: str) -> None:
    text = GOOD[:cut] + junk + GOOD[cut + drop:]
    try:
        practice_from_mapping(parse_toml(text, "fuzz.toml"), "fuzz.toml", text)
    except DataFileError as exc:
        assert exc.problems and all(str(p).startswith("fuzz.toml") for p in exc.problems)


def test_the_start_up_cache_gives_the_same_library_and_unpickles_scripts_only_when_asked(tmp_path, repo_root) -> None:
    import pickle

    from selfcompass.storage.library_cache import PickledScripts, load_library_cached

    args = (repo_root / "practices", repo_root / "audio_scripts", tmp_path / "practices.cache")
    fresh = load_library_cached(*args)
    cached = load_library_cached(*args)
    assert isinstance(cached.scripts, PickledScripts)
    assert cached.practices == fresh.practices
    assert cached.scripts["box-breathing"] == fresh.scripts["box-breathing"]
    assert dict(cached.scripts) == dict(fresh.scripts)
    assert pickle.loads(pickle.dumps(cached)).scripts == fresh.scripts  # a plain dict once pickled again


def test_a_start_up_cache_in_an_older_format_is_read_again(tmp_path, repo_root) -> None:
    import pickle

    from selfcompass.storage.library_cache import load_library_cached

    cache = tmp_path / "practices.cache"
    cache.write_bytes(pickle.dumps(("an older key", "an older library")))
    library = load_library_cached(repo_root / "practices", repo_root / "audio_scripts", cache)
    assert "box-breathing" in library.practices and "box-breathing" in library.scripts
