"""A practice's details say what each step does in words, not its kind, and "Good for:" names needs, not tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfcompass.core.practice import NEED_LABELS, StepKind
from selfcompass.core.practice_loader import load_library
from selfcompass.ui.library import LibraryView
from selfcompass.ui.practice_detail import STEP_WORDS


@pytest.fixture
def view(qtbot, repo_root: Path) -> LibraryView:
    library = load_library(repo_root / "practices", repo_root / "audio_scripts")
    shown = LibraryView(library)
    qtbot.addWidget(shown)
    return shown


def test_every_step_of_every_practice_is_described_in_words(view: LibraryView) -> None:
    kinds = {str(w) for k, w in STEP_WORDS.items() if k is not StepKind.TIMER}
    for practice in view._library.practices.values():
        view.detail.show_practice(practice)
        html = view.detail.steps.text()
        items = html.split("<li>")[1:]
        assert len(items) == len(practice.steps), practice.id
        for item, step in zip(items, practice.steps, strict=True):
            words = item.split(" · ")[0]
            assert words not in kinds, f"{practice.id}: a step named only by its kind ({words})"
            if step.kind is StepKind.WRITE and step.prompt:
                assert words.startswith("Write, if you like:"), practice.id
        assert len(set(items)) == len(items) or practice.is_timer, f"{practice.id}: the same words twice"


def test_a_self_compassion_break_reads_as_what_happens(view: LibraryView) -> None:
    view.select("self-compassion-break")
    html = view.detail.steps.text()
    assert "Reflect ·" not in html
    assert "Remember that you are not alone." in html and "Notice how it feels." in html


def test_good_for_names_needs_in_words_and_never_tags(view: LibraryView) -> None:
    for practice in view._library.practices.values():
        view.detail.show_practice(practice)
        text = view.detail.when.text()
        for tag in practice.tags:
            if tag.casefold() not in {str(NEED_LABELS[n]).casefold() for n in practice.needs}:
                assert tag not in text.replace("<b>Good for:</b> ", ""), f"{practice.id}: tag {tag!r} shown"
        if practice.needs:
            assert text.startswith("<b>Good for:</b> ")
