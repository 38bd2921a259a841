"""Saving a progress report from Today: drawn and written on a worker, Share waits, and failures say what to do."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

import selfcompass.features.report_files as sequences_report
from selfcompass.core.library import Library
from selfcompass.core.practice_loader import practice_from_mapping
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.core.sequences import Day, MemoryProgressStore, Sequence
from selfcompass.storage import files
from selfcompass.ui.sequences.today import PracticeRequest, TodayView

TODAY = date(2026, 1, 5)
SENTINEL = "PurpleGiraffeSecret42"
LIBRARY = Library(practices={"arrive": practice_from_mapping({
    "schema": 1, "id": "arrive", "title": "Arrive", "family": "pause", "summary": "S.", "duration": 120,
    "attribution": "Tests.", "steps": [{"kind": "instruction", "text": "Sit.", "duration": 120}]}, "arrive")},
    scripts={})
SEQUENCE = Sequence("steady", "Steady days", "Sam Coach", "D.",
                    tuple(Day(f"Note {n}.", ("arrive",), f"Theme {n}") for n in range(1, 22)))


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


@pytest.fixture
def gate(pool: QThreadPool) -> Iterator[threading.Event]:
    """Holds the worker inside the PDF drawing until the test lets it go (set again at teardown, before the wait)."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def view(qtbot, pool: QThreadPool) -> TodayView:
    started: list[PracticeRequest] = []
    view = TodayView(LIBRARY, MemoryProgressStore(), started.append, lambda: TODAY, report_pool=pool,
                     save_report=sequences_report.save_report)
    qtbot.addWidget(view)
    view.follow(SEQUENCE)
    qtbot.mouseClick(view.cards["steady"].practice_buttons["arrive"], Qt.MouseButton.LeftButton)
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    view.session_finished(SessionRecord("arrive", "Arrive", "pause", at, at + timedelta(minutes=2), 120, 120,
                                        Outcome.FINISHED, 2, 4, note=f"my note {SENTINEL}",
                                        writings=(WritingAnswer(0, "What?", f"I wrote {SENTINEL}"),)))
    return view


def share(view: TodayView):
    button = view.cards["steady"].share_button
    assert button is not None
    return button


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_the_pdf_is_drawn_off_the_ui_thread_and_share_waits_until_it_is_saved(
        qtbot, view: TodayView, gate: threading.Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_render = sequences_report.render_pdf
    drawn_on: list[int] = []
    entered = threading.Event()

    def held_render(report):
        drawn_on.append(threading.get_ident())
        entered.set()
        assert gate.wait(10), "the test never let the worker go"
        return real_render(report)

    monkeypatch.setattr(sequences_report, "render_pdf", held_render)
    out = tmp_path / "steady-progress.pdf"
    assert view.export_report("steady", out, include_ratings=True)
    # export_report has returned while the drawing is held on the worker: the UI thread is free.
    qtbot.waitUntil(entered.is_set)
    assert drawn_on and drawn_on[0] != threading.get_ident()
    assert not share(view).isEnabled() and share(view).text() == "Saving your report…"
    assert not view.export_report("steady", out)  # one save at a time
    assert not out.exists() and leftovers(tmp_path) == []
    qtbot.mouseClick(view.cards["steady"].findChild(object, "pause"), Qt.MouseButton.LeftButton)
    assert view.cards["steady"].findChild(object, "heading").text().startswith("Paused")  # the window answers
    assert not share(view).isEnabled()  # and a new card still waits
    with qtbot.waitSignal(view.report_saved, timeout=10_000) as saved:
        gate.set()
    assert saved.args == [out]
    assert share(view).isEnabled() and share(view).text() == "Share progress…"
    assert view.report_status.isVisibleTo(view) and "steady-progress.pdf" in view.report_status.text()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and SENTINEL.encode() not in data
    assert leftovers(tmp_path) == []


def test_a_folder_that_cannot_be_written_says_which_file_and_what_to_do(qtbot, view: TodayView,
                                                                         tmp_path: Path) -> None:
    out = tmp_path / "gone" / "steady-progress.pdf"  # a folder removed (or a drive unplugged) meanwhile
    with qtbot.waitSignal(view.report_failed, timeout=10_000) as failed:
        assert view.export_report("steady", out)
    message = failed.args[1]
    assert "steady-progress.pdf" in message and str(out.parent) in message
    assert "another folder" in message and "Nothing was written" in message
    assert view.report_message is not None and view.report_message.text() == message
    assert share(view).isEnabled() and not view.report_status.isVisibleTo(view)
    assert not out.parent.exists() and leftovers(tmp_path) == []
    view.report_message.close()


def test_a_write_that_fails_half_way_leaves_the_earlier_report_whole(qtbot, view: TodayView, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "steady-progress.pdf"
    out.write_bytes(b"%PDF earlier report")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with qtbot.waitSignal(view.report_failed, timeout=10_000) as failed:
        assert view.export_report("steady", out)
    assert "No space left on device" in failed.args[1] and "steady-progress.pdf" in failed.args[1]
    assert out.read_bytes() == b"%PDF earlier report"
    assert leftovers(tmp_path) == []
    view.report_message.close()


def test_a_bug_while_drawing_is_logged_and_told_calmly(qtbot, view: TodayView, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    def broken(report):
        raise ValueError("a bug")

    monkeypatch.setattr(sequences_report, "render_pdf", broken)
    out = tmp_path / "steady-progress.pdf"
    with qtbot.waitSignal(view.report_failed, timeout=10_000) as failed:
        assert view.export_report("steady", out)
    assert "Something went wrong" in failed.args[1] and "steady-progress.pdf" in failed.args[1]
    assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)
    assert share(view).isEnabled() and not out.exists() and leftovers(tmp_path) == []
    view.report_message.close()

