"""The command line: --version, practices list/check, doctor."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfcompass import __version__
from selfcompass.__main__ import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"SelfCompass {__version__}"


def test_practices_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practices", "list"]) == 0
    out = capsys.readouterr().out
    assert "Mindful pauses" in out and "box-breathing" in out


def test_the_collector_is_held_off_only_for_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    """main() holds Python's cycle collector off through the GUI's start-up; a subcommand gets it back at once,
    and whatever happens the collector is on again when main() returns."""
    import gc

    from selfcompass.cli import practices

    seen = []
    monkeypatch.setattr(practices, "list_practices", lambda ns: seen.append(gc.isenabled()) or 0)
    assert main(["practices", "list"]) == 0
    assert seen == [True]
    with pytest.raises(SystemExit):
        main(["--no-such-option"])
    assert gc.isenabled()


def test_an_empty_command_line_means_what_the_parser_says() -> None:
    """The usual start skips building the parser; what it uses instead must be what the parser would give."""
    from selfcompass.cli import build_parser, no_arguments

    assert vars(no_arguments()) == vars(build_parser().parse_args([]))


def test_practices_check_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["practices", "check"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_practices_check_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "practices"
    folder.mkdir()
    (tmp_path / "audio_scripts").mkdir()
    bad = folder / "oops.toml"
    bad.write_text('schema = 1\nid = "oops"\ntitle = "Oops"\nfamily = "nap"\n', encoding="utf-8")
    assert main(["practices", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert 'family: "nap" is not one of the known values' in out
    assert "line 4" in out and "Fix:" in out
    assert "summary: this field is missing" in out


def test_doctor_gives_plain_verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "doctor"]) == 0
    out = capsys.readouterr().out
    for part in ("Data folder", "Database", "Practices", "Speech engine", "Audio output", "System tray"):
        assert part in out
    assert "Everything essential works." in out


def test_doctor_tells_of_an_unfinished_passphrase_and_damaged_copies_kept(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from selfcompass.paths import AppPaths
    from selfcompass.storage import open_database
    from selfcompass.storage.status import keyfile_path, protecting_marker

    data = tmp_path / "d"
    paths = AppPaths(data, data, data / "cache", data / "logs")
    open_database(paths).close()
    keyfile_path(paths.database).write_text("{}")  # what a set-up stopped before the swap leaves
    protecting_marker(paths).write_text("under way")
    (data / "selfcompass.damaged-20261205T090000000000Z.db").write_bytes(b"kept")
    assert main(["--data-dir", str(data), "doctor"]) == 0
    out = capsys.readouterr().out
    assert "setting a passphrase did not finish" in out and "not protected yet" in out
    assert "1 damaged copy kept aside (selfcompass.damaged-20261205T090000000000Z.db)" in out
    assert "Everything essential works." in out
