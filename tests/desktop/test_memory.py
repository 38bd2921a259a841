"""desktop.memory: PySide6's import hook answered without keeping module sources, and freed memory handed back."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

from selfcompass.desktop.memory import let_go, spare_import_hook


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch):
    """PySide6's feature module, with its own source check put back after the test."""
    import PySide6.QtCore  # noqa: F401

    module = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    return module


def _import_from(folder: Path, name: str, source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    importlib.invalidate_caches()
    __import__(name)  # the statement's way in, which PySide6's hook watches (import_module goes round it)
    monkeypatch.delitem(sys.modules, name)


def test_the_hook_gets_the_same_answers_and_keeps_no_source(feature, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert spare_import_hook() is True
    linecache.clearcache()
    _import_from(tmp_path, "sc_names_qt", "# drawn with PySide6 widgets\nVALUE = 1\n", monkeypatch)
    _import_from(tmp_path, "sc_plain", "VALUE = 2\n", monkeypatch)
    assert feature.pyside_feature_dict["sc_names_qt"] == 0  # uses PySide6: default features
    assert feature.pyside_feature_dict["sc_plain"] == -1  # does not
    assert not [path for path in linecache.cache if "sc_names_qt" in path or "sc_plain" in path]


def test_the_hook_is_left_alone_when_pyside6_has_none(feature, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(feature, "_mod_uses_pyside")
    assert spare_import_hook() is False
    assert not hasattr(feature, "_mod_uses_pyside")


def test_the_answer_without_a_source_file_is_no(feature) -> None:
    check = sys.modules["selfcompass.desktop.memory"]._names_pyside
    assert check(sys.modules["sys"]) is False  # built in: no file
    import _json

    assert check(_json) is False  # compiled: no source to read
    gone = type(sys)("sc_gone")
    gone.__file__ = "/nowhere/sc_gone.py"
    assert check(gone) is False


def test_let_go_empties_the_source_cache() -> None:
    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    let_go()
    assert __file__ not in linecache.cache


def test_modules_needed_only_now_and_then_wait_until_then() -> None:
    """difflib (a mistyped practice id), csv (a progress report) and subprocess (xprop, just before a nudge; the
    Windows start-up entry) load when used, not with the features that might use them: about 0.9 MB held all day."""
    import subprocess

    code = ("import sys\n"
            "import selfcompass.features.reminders, selfcompass.features.sequences, selfcompass.desktop.autostart\n"
            "import selfcompass.core.sequences.loader, selfcompass.core.sequences.report\n"
            "import selfcompass.desktop.presentation\n"
            "print(' '.join(m for m in ('difflib', 'csv', 'subprocess') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == ""
