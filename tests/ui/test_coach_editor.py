"""Coach mode to Today: build a sequence, export it, import it as the person and follow day one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from selfcompass.core.library import Library
from selfcompass.core.practice_loader import load_library, practice_from_mapping
from selfcompass.core.records import Outcome, SessionRecord
from selfcompass.core.sequences import MemoryProgressStore, load_sequence_file, parse_sequence
from selfcompass.features.report_files import save_report
from selfcompass.storage.files import write_atomic
from selfcompass.ui.sequences.coach import CoachEditor
from selfcompass.ui.sequences.today import PracticeRequest, TodayView

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "sequences"
TODAY = date(2026, 1, 5)


@pytest.fixture
def library() -> Library:
    """box-breathing from the real library (with its script), and a stand-in written here."""
    real = load_library(ROOT / "practices", ROOT / "audio_scripts")
    stretch = practice_from_mapping({
        "schema": 1, "id": "desk-stretch", "title": "Desk stretch", "family": "pause", "summary": "Stretch.",
        "duration": 30, "attribution": "Tests.", "steps": [{"kind": "instruction", "text": "Stretch.",
                                                            "duration": 30}]}, "test")
    return Library(practices={"box-breathing": real.practices["box-breathing"], "desk-stretch": stretch},
                   scripts={"box-breathing": real.scripts["box-breathing"]})


def finished(request: PracticeRequest, outcome: Outcome = Outcome.FINISHED) -> SessionRecord:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    return SessionRecord(request.practice.id, request.practice.title, "pause", at, at + timedelta(minutes=2),
                         request.practice.duration, request.practice.duration, outcome, note="private")


def drop_from_library(editor: CoachEditor, pid: str, row: int = -1) -> None:
    """Do what a drag from the library list onto the day's practices does: the same mime data, the same drop.

    Row -1 is a drop below the last practice (a drop between rows needs a live drag's indicator position).
    """
    source = editor.library_list
    index = next(source.indexFromItem(source.item(i)) for i in range(source.count())
                 if source.item(i).data(Qt.ItemDataRole.UserRole) == pid)
    mime = source.model().mimeData([index])
    target = editor.day_practices.model()
    assert target.dropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())


def test_build_export_import_and_follow_day_one(qtbot, library: Library, tmp_path: Path) -> None:
    editor = CoachEditor(library, lambda: TODAY, write_atomic)
    qtbot.addWidget(editor)
    editor.id_edit.setText("calm-start")
    editor.title_edit.setText("Calm start")
    editor.author_edit.setText("Sam Coach")
    editor.description_edit.setPlainText("Two gentle days.")
    # Day 1: two practices, dragged in, then reordered.
    drop_from_library(editor, "box-breathing")
    drop_from_library(editor, "desk-stretch")
    editor.move_practice(1, 0)
    editor.day_title.setText("Arriving")
    editor.note_edit.setPlainText("Welcome. Start gently.")
    editor.journal_edit.setText("What did you notice?")
    # Day 2, then dragged above day 1 and back again by the days list's own model.
    editor.add_day()
    editor.add_practice("box-breathing")
    editor.note_edit.setPlainText("Day two.")
    assert editor.days_list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    assert editor.days_list.item(0).text().startswith("Day 1: untitled")
    editor.move_day(0, 1)
    editor.days_list.setCurrentRow(0)
    assert editor.days_list.item(0).text() == "Day 1: Arriving (2 practices)"
    assert "Day 1 of 2: Calm start" in editor.preview_text() and "Desk stretch" in editor.preview_text()

    path = tmp_path / "calm-start.toml"
    with qtbot.waitSignal(editor.exported):
        assert editor.export(path)
    exported = load_sequence_file(path, library.practices)
    assert [d.practices for d in exported.days] == [("desk-stretch", "box-breathing"), ("box-breathing",)]
    assert exported.days[0].journal == "What did you notice?" and exported.days[1].note == "Day two."

    started: list[PracticeRequest] = []
    store = MemoryProgressStore()
    view = TodayView(library, store, started.append, lambda: TODAY)
    qtbot.addWidget(view)
    assert view.empty.isVisibleTo(view)
    assert view.import_file(path) is not None
    card = view.cards["calm-start"]
    assert card.findChild(object, "heading").text() == "Day 1 of 2: Calm start"
    assert card.findChild(object, "note").text() == "Welcome. Start gently."
    qtbot.mouseClick(card.practice_buttons["desk-stretch"], Qt.MouseButton.LeftButton)
    (request,) = started
    assert (request.sequence_id, request.day, request.practice.id) == ("calm-start", 1, "desk-stretch")
    assert request.script is None  # the player falls back to the steps' text
    with qtbot.waitSignal(view.progress_changed):
        view.session_finished(finished(request))
    card = view.cards["calm-start"]
    assert card.practice_buttons["desk-stretch"].text().startswith("✓ ")
    qtbot.mouseClick(card.practice_buttons["box-breathing"], Qt.MouseButton.LeftButton)
    assert started[-1].script is library.scripts["box-breathing"]
    view.session_finished(finished(started[-1]))
    card = view.cards["calm-start"]
    assert "That's today's practice done." in card.findChild(object, "message").text()
    qtbot.mouseClick(card.findChild(object, "next-day"), Qt.MouseButton.LeftButton)
    assert view.cards["calm-start"].findChild(object, "note").text() == "Day two."
    qtbot.mouseClick(view.cards["calm-start"].findChild(object, "today"), Qt.MouseButton.LeftButton)
    assert view.cards["calm-start"].findChild(object, "heading").text() == "Day 1 of 2: Calm start"
    assert len(store.completions("calm-start")) == 2


def test_a_stopped_or_unrelated_session_ticks_nothing(qtbot, library: Library) -> None:
    started: list[PracticeRequest] = []
    store = MemoryProgressStore()
    view = TodayView(library, store, started.append, lambda: TODAY)
    qtbot.addWidget(view)
    view.import_file(DATA / "small.toml")
    qtbot.mouseClick(view.cards["small-test"].practice_buttons["box-breathing"], Qt.MouseButton.LeftButton)
    view.session_finished(finished(started[0], Outcome.STOPPED))
    view.session_finished(finished(started[0]))  # nothing pending any more
    assert store.completions() == []


def test_the_editor_explains_problems_in_its_own_words(qtbot, library: Library, tmp_path: Path) -> None:
    editor = CoachEditor(library, lambda: TODAY, write_atomic)
    qtbot.addWidget(editor)
    editor.id_edit.setText("Bad Id")
    assert not editor.export(tmp_path / "x.toml")
    assert not (tmp_path / "x.toml").exists()
    text = editor.status.text()
    assert text.startswith("Before you export:") and "Write a short note for Day 1." in text
    assert "Add at least one practice to Day 1." in text
    assert "The short name:" in text and "id" not in text.replace("Bad Id", "")


def test_an_export_is_written_whole_through_storage_and_a_full_disk_is_told_calmly(qtbot, library: Library,
                                                                                 tmp_path: Path) -> None:
    seq = load_sequence_file(DATA / "small.toml", library.practices)
    written: list[tuple[Path, str]] = []
    editor = CoachEditor(library, lambda: TODAY, lambda path, text: written.append((path, text)))
    qtbot.addWidget(editor)
    editor.load(seq)
    assert editor.export(tmp_path / "small.toml")
    assert written == [(tmp_path / "small.toml", editor.toml())]  # the whole file, in one write

    def full(_path: Path, _text: str) -> None:
        raise OSError(28, "No space left on device")

    editor = CoachEditor(library, lambda: TODAY, full)
    qtbot.addWidget(editor)
    editor.load(seq)
    assert not editor.export(tmp_path / "again.toml")
    assert "could not be saved (No space left on device)" in editor.status.text()


def test_opening_a_sequence_keeps_the_coach_s_own_practices(qtbot, library: Library, tmp_path: Path) -> None:
    seq = load_sequence_file(DATA / "small.toml", library.practices)
    editor = CoachEditor(library, lambda: TODAY, write_atomic)
    qtbot.addWidget(editor)
    editor.load(seq)
    assert any("(yours)" in editor.library_list.item(i).text() for i in range(editor.library_list.count()))
    assert parse_sequence(editor.toml(), "x", library.practices) == seq
    editor.search.setText("desk")
    visible = [editor.library_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.library_list.count())
               if not editor.library_list.item(i).isHidden()]
    assert visible == ["desk-stretch", "desk-reset"]


def test_pause_carry_on_and_leave_from_the_today_view(qtbot, library: Library,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    today = [TODAY]
    store = MemoryProgressStore()
    shipped = [load_sequence_file(DATA / "small.toml", library.practices)]
    view = TodayView(library, store, lambda request: None, lambda: today[0], shipped=shipped)
    qtbot.addWidget(view)
    assert view.start_combo.count() == 1
    qtbot.mouseClick(view.findChild(object, "start"), Qt.MouseButton.LeftButton)
    assert view.start_combo.count() == 0
    qtbot.mouseClick(view.cards["small-test"].findChild(object, "pause"), Qt.MouseButton.LeftButton)
    assert view.cards["small-test"].findChild(object, "heading").text().startswith("Paused at day 1")
    today[0] = TODAY + timedelta(days=3)
    qtbot.mouseClick(view.cards["small-test"].findChild(object, "resume"), Qt.MouseButton.LeftButton)
    assert view.cards["small-test"].findChild(object, "heading").text() == "Day 1 of 2: A small test path"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.cards["small-test"].findChild(object, "leave"), Qt.MouseButton.LeftButton)
    assert view.cards == {} and view.start_combo.count() == 1


def test_the_today_view_offers_carry_on_after_a_gap(qtbot, library: Library) -> None:
    today = [TODAY]
    store = MemoryProgressStore()
    view = TodayView(library, store, lambda request: None, lambda: today[0])
    qtbot.addWidget(view)
    view.import_file(DATA / "small.toml")
    today[0] = TODAY + timedelta(days=2)
    view.refresh()
    card = view.cards["small-test"]
    assert "Welcome back" in card.findChild(object, "message").text()
    qtbot.mouseClick(card.findChild(object, "carry-on"), Qt.MouseButton.LeftButton)
    assert view.cards["small-test"].findChild(object, "carry-on") is None


def test_sharing_progress_writes_a_csv(qtbot, library: Library, tmp_path: Path) -> None:
    started: list[PracticeRequest] = []
    view = TodayView(library, MemoryProgressStore(), started.append, lambda: TODAY, save_report=save_report)
    qtbot.addWidget(view)
    view.import_file(DATA / "small.toml")
    qtbot.mouseClick(view.cards["small-test"].practice_buttons["box-breathing"], Qt.MouseButton.LeftButton)
    view.session_finished(finished(started[0]))
    out = tmp_path / "progress.csv"
    with qtbot.waitSignal(view.report_saved, timeout=10_000):  # written on a worker thread
        assert view.export_report("small-test", out)
    text = out.read_text(encoding="utf-8")
    assert "box-breathing" in text and "private" not in text


def test_the_library_list_only_ever_copies(qtbot, library: Library) -> None:
    editor = CoachEditor(library, lambda: TODAY, write_atomic)
    qtbot.addWidget(editor)
    assert editor.library_list.model().supportedDragActions() == Qt.DropAction.CopyAction
    count = editor.library_list.count()
    drop_from_library(editor, "box-breathing")
    drop_from_library(editor, "box-breathing")
    assert editor.library_list.count() == count and editor.day_practices.count() == 2
    assert "names the same practice twice" in "".join(p.message for p in editor.check())


def test_a_coach_s_own_practice_file_goes_into_the_sequence(qtbot, library: Library, tmp_path: Path) -> None:
    (tmp_path / "walk-and-talk.toml").write_text('''schema = 1
id = "walk-and-talk"
title = "Walk and talk"
family = "leadership"
summary = "A one-to-one on foot."
duration = 20
attribution = "Written by Sam."

[[steps]]
kind = "instruction"
text = "Suggest a walk."
duration = 20
''', encoding="utf-8")
    (tmp_path / "walk-and-talk.txt").write_text("[step 1]\nYou might suggest a walk.\n", encoding="utf-8")
    (tmp_path / "bad.toml").write_text('schema = 1\nid = "bad"\n', encoding="utf-8")
    editor = CoachEditor(library, lambda: TODAY, write_atomic)
    qtbot.addWidget(editor)
    assert editor.add_own_practice(tmp_path / "bad.toml")
    assert editor.status.text().startswith("That practice could not be added:")
    assert editor.add_own_practice(tmp_path / "walk-and-talk.toml") == []
    drop_from_library(editor, "walk-and-talk")
    for edit, text in ((editor.id_edit, "walks"), (editor.title_edit, "Walks"), (editor.author_edit, "Sam")):
        edit.setText(text)
    editor.description_edit.setPlainText("Walking one-to-ones.")
    editor.note_edit.setPlainText("Try a walk.")
    assert editor.export(tmp_path / "walks.toml")
    seq = load_sequence_file(tmp_path / "walks.toml", library.practices)
    (own,) = seq.custom
    assert own.narration == "[step 1]\nYou might suggest a walk.\n"
    assert own.effective_script().spoken_text == "You might suggest a walk."
