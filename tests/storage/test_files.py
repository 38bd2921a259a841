"""write_atomic: the one way SelfCompass replaces a file (settings, reminder state, check-ins, the key file,
journal exports, progress reports)."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from selfcompass.storage.files import write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("data", ["text with an ü\nand a second line\n", "text with an ü\nand a second line\n".encode(),
                                  iter(["text with an ü\n", "and a second line\n"])])
def test_text_bytes_and_chunks_all_arrive_whole(tmp_path: Path, data) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the old file")
    write_atomic(target, data)
    assert target.read_bytes() == "text with an ü\nand a second line\n".encode()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_file_is_private_to_the_person(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_atomic(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "journal.md"
    target.write_text("everything written so far")

    def chunks():
        yield "the start of a new export"
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OSError):
        write_atomic(target, chunks())
    assert target.read_text() == "everything written so far"
    assert leftovers(tmp_path) == []

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OSError):
        write_atomic(target, "new", fsync=full)
    assert target.read_text() == "everything written so far" and leftovers(tmp_path) == []


def test_a_missing_folder_is_made_only_when_asked(tmp_path: Path) -> None:
    chosen = tmp_path / "gone" / "report.pdf"
    with pytest.raises(FileNotFoundError):
        write_atomic(chosen, b"%PDF")
    assert not chosen.parent.exists()
    ours = tmp_path / "data" / "reminders-state.json"
    write_atomic(ours, "{}", make_folder=True)
    assert ours.read_text() == "{}"
