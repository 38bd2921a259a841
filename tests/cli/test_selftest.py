"""`selfcompass --self-test` from source: every check passes here, a broken part fails, no speech is only skipped."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from selfcompass.cli import checks, selftest
from selfcompass.core.datafile import Problem
from selfcompass.core.library import Library
from selfcompass.paths import resolve

CHECK_NAMES = ["resources", "practices", "managed settings", "data folder", "database", "log", "new database",
               "speech", "media playback", "main window"]


def run(qapp) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run_self_test(None, out=out)
    return code, out.getvalue().splitlines()


def verdicts(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        for name in CHECK_NAMES:
            if line.startswith(f"{name} ") and ":" in line:
                found[name] = line[18:].split(":", 1)[0].strip()
    return found


def test_every_check_passes_from_source(qapp) -> None:
    code, lines = run(qapp)
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("SelfCompass ") and "(source;" in lines[0]
    found = verdicts(lines)
    assert list(found) == CHECK_NAMES
    assert all(v in ("ok", "note", "skipped") for v in found.values()), lines
    assert found["speech"] == "ok" or "no speech engine" in "\n".join(lines)
    assert lines[-1].startswith("Self-test passed")


def test_leaves_the_real_data_folder_alone(qapp) -> None:
    from selfcompass.paths import resolve

    real = resolve()
    code, _lines = run(qapp)
    assert code == 0
    for folder in (real.data, real.config, real.cache):
        assert not folder.exists()


def test_no_speech_engine_is_skipped_not_failed(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from selfcompass.speech import render

    def no_engine(driver=None):
        raise render.SpeechUnavailable("RuntimeError: no espeak here")

    monkeypatch.setattr(render, "open_engine", no_engine)
    code, lines = run(qapp)
    assert code == 0
    speech = next(line for line in lines if line.startswith("speech "))
    assert "skipped: no speech engine" in speech
    assert "1 skipped" in lines[-1]


def test_a_broken_practice_fails_the_self_test(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = Library(problems=[Problem("practices/bad.toml", "duration", "is missing.", "add duration = 60.")])
    monkeypatch.setattr("selfcompass.app.load_default_library", lambda *args, **kwargs: broken)
    code, lines = run(qapp)
    assert code == 1
    assert verdicts(lines)["practices"] == "FAILED"
    assert any("practices/bad.toml" in line for line in lines)
    assert lines[-1].startswith("Self-test failed: 1 of 15 checks failed (practices)")


def test_a_crashing_check_is_one_failed_line_not_a_crash() -> None:
    def boom() -> str:
        raise ZeroDivisionError("division by zero")

    verdict = selftest.run_one("sums", boom)
    assert verdict.verdict == "FAILED"
    assert "ZeroDivisionError: division by zero" in verdict.line()


def test_missing_resources_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(checks, "resource_dir", lambda: tmp_path)
    verdict = selftest.run_one("resources", selftest.shared_check(checks.check_resources, resolve()))
    assert verdict.verdict == "FAILED"
    assert "practices" in verdict.detail and "narration scripts" in verdict.detail


def test_a_broken_managed_file_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    managed = tmp_path / "selfcompass-managed.toml"
    managed.write_text('schema = 1\n[locked]\ntheme = "purple"\n', encoding="utf-8")
    monkeypatch.setattr("selfcompass.storage.settings_file.managed_candidates", lambda: [managed])
    verdict = selftest.run_one("managed settings", selftest.shared_check(checks.check_managed_settings, resolve()))
    assert verdict.verdict == "FAILED"
    assert "theme" in verdict.detail and str(managed) in verdict.detail


def test_a_good_managed_file_is_summarised(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    managed = tmp_path / "selfcompass-managed.toml"
    managed.write_text('schema = 1\n[defaults]\nvoice_enabled = true\n[locked]\ntheme = "dark"\n'
                       "start_at_login = false\n", encoding="utf-8")
    monkeypatch.setattr("selfcompass.storage.settings_file.managed_candidates", lambda: [managed])
    verdict = selftest.run_one("managed settings", selftest.shared_check(checks.check_managed_settings, resolve()))
    assert verdict.verdict == "ok"
    assert "1 default(s), 2 locked" in verdict.detail


def test_headless_fallback_picks_offscreen_only_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    checks.headless_fallback()
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    checks.headless_fallback()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


@pytest.mark.slow
def test_command_line_flag_runs_it(repo_root: Path) -> None:
    """`python -m selfcompass --self-test`, as IT would type it, in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "selfcompass", "--self-test"], cwd=repo_root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Self-test passed" in done.stdout
    assert "main window" in done.stdout


def test_spec_never_strips_qt(repo_root: Path) -> None:
    """strip=True corrupts Qt's FFmpeg libraries (docs/packaging.md); the spec must keep it off."""
    spec = (repo_root / "build_installer.spec").read_text(encoding="utf-8")
    assert not re.search(r"(strip|upx)\s*=\s*True", spec)
    assert len(re.findall(r"^\s*strip=False,", spec, re.MULTILINE)) == 2  # in EXE and in COLLECT
    assert 'tree("selfcompass/storage/migrations")' in spec


def test_doctor_and_self_test_share_their_checks() -> None:
    """One check per part: the self-test runs doctor's checks of the program and of the person's data."""
    from selfcompass.cli import doctor

    for check in (*checks.INSTALLATION, *checks.PERSONAL_DATA):
        assert check in doctor.ORDER
    assert not any(name.startswith("check_") and name not in ("check_new_database", "check_speech", "check_media",
                                                              "check_window") for name in vars(selftest))


def test_a_note_is_shown_but_does_not_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def noted(paths):
        return [checks.Finding(checks.NOTE, "Log", "last error at noon")]

    verdict = selftest.run_one("log", selftest.shared_check(noted, resolve(str(tmp_path))))
    assert verdict.verdict == "note" and "last error at noon" in verdict.line()
