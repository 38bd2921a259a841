"""Where data goes: --data-dir, the environment, portable mode (portable.txt beside the program), or platformdirs."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from selfcompass import paths
from selfcompass.paths import DATA_DIR_ENV, PORTABLE_MARKER, install_dir, resolve, resource_dir


@pytest.fixture
def program_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pretend install folder, as if SelfCompass were a frozen bundle living there."""
    folder = tmp_path / "SelfCompass"
    (folder / "_internal").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "SelfCompass.exe"))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    return folder


def test_frozen_install_dir_is_beside_the_executable(program_dir: Path) -> None:
    assert install_dir() == program_dir.resolve()


def test_frozen_resources_come_from_the_bundle(program_dir: Path) -> None:
    assert resource_dir() == program_dir / "_internal"


def test_from_source_resources_are_the_project_root(repo_root: Path) -> None:
    assert resource_dir() == repo_root
    assert (resource_dir() / "practices" / "sequences").is_dir()
    assert (resource_dir() / "audio_scripts").is_dir()


def test_marker_beside_the_program_keeps_data_beside_it(program_dir: Path) -> None:
    (program_dir / PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = resolve()
    assert found.portable
    assert found.data == program_dir.resolve() / "data"
    assert found.config == found.data
    assert found.cache == found.data / "cache"
    assert found.logs == found.data / "logs"
    assert found.database == program_dir.resolve() / "data" / "selfcompass.db"


def test_no_marker_means_the_usual_per_user_folders(program_dir: Path) -> None:
    found = resolve()
    assert not found.portable
    assert not str(found.data).startswith(str(program_dir))
    if sys.platform == "linux":  # conftest points XDG_DATA_HOME into a temporary home
        assert found.data == Path(os.environ["XDG_DATA_HOME"]) / "selfcompass"


def test_a_folder_named_like_the_marker_does_not_count(program_dir: Path) -> None:
    (program_dir / PORTABLE_MARKER).mkdir()
    assert not resolve().portable


def test_data_dir_option_wins_over_portable(program_dir: Path, tmp_path: Path) -> None:
    (program_dir / PORTABLE_MARKER).write_text("", encoding="utf-8")
    chosen = tmp_path / "elsewhere"
    found = resolve(str(chosen))
    assert not found.portable
    assert found.data == chosen.resolve()


def test_environment_wins_over_portable_but_not_over_the_option(program_dir: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (program_dir / PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve().data == (tmp_path / "from-env").resolve()
    assert resolve(str(tmp_path / "from-option")).data == (tmp_path / "from-option").resolve()


def test_portable_marker_works_from_source_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "install_dir", lambda: tmp_path)
    (tmp_path / PORTABLE_MARKER).write_text("Keep my data on this stick.\n", encoding="utf-8")
    found = resolve()
    assert found.portable and found.data == tmp_path / "data"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_portable_folders_are_private(program_dir: Path) -> None:
    (program_dir / PORTABLE_MARKER).write_text("", encoding="utf-8")
    found = resolve()
    found.ensure()
    for folder in (found.data, found.cache, found.logs):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_platformdirs_folders_are_local_not_roaming(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows the database must sit under LOCALAPPDATA: roaming profiles copy files at log-off."""
    import platformdirs

    seen: dict[str, object] = {}
    real = platformdirs.PlatformDirs

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(platformdirs, "PlatformDirs", spy)
    resolve()
    assert seen.get("roaming") is False
