"""The coach sequences feature: the sequences shipped and imported, progress through them, their place on the
Today page, progress reports, and the Coach mode page where a coach writes one.

Installed after the reminders feature (it needs its Today page), after the first window is shown.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from selfcompass.core.sequences import Sequence, load_sequence_folder
from selfcompass.features.report_files import save_report
from selfcompass.paths import resource_dir
from selfcompass.storage.files import write_atomic
from selfcompass.storage.sequence_progress import FileProgressStore
from selfcompass.ui.sequences.today import PracticeRequest, TodayView

if TYPE_CHECKING:
    from selfcompass.features.context import FeatureContext
    from selfcompass.features.practice import PracticeFeature
    from selfcompass.ui.sequences.coach import CoachEditor
    from selfcompass.ui.today_page import TodayPage

log = logging.getLogger(__name__)


class SequencesFeature(QObject):
    """The sequences feature's public face: ``view`` (the sequences on the Today page), ``import_file`` and
    ``shutdown``."""

    def __init__(self, ctx: FeatureContext, practice: PracticeFeature, today_page: TodayPage) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        self._practice = practice
        library = ctx.library
        shipped, problems = load_sequence_folder(resource_dir() / "practices" / "sequences", library.practices)
        for problem in problems:
            log.warning("shipped sequence skipped: %s", problem)
        store = FileProgressStore(ctx.paths.data, library.practices)
        # Each sequence the person follows, with today's day; starting, importing, pausing, leaving, reports.
        self.view = TodayView(library, store, self._start_practice, self._today, shipped=shipped,
                              save_report=save_report)
        today_page.show_sequences(self.view)
        ctx.window.add_page("coach", self.tr("Coach mode", "page name"), self._build_coach)
        # A finished practice ticks off the sequence day it was started from.
        practice.session_finished.connect(self.view.session_finished)
        self._connected = True

    def import_file(self, path: Path | str) -> Sequence | None:
        """Follow a sequence a coach sent (a .toml file); on problems, say what they are and keep nothing."""
        return self.view.import_file(Path(path))

    def _start_practice(self, request: PracticeRequest) -> None:
        # The one way a practice starts, so a sequence's practice is narrated like any other.
        self._practice.start(request.practice, request.script)

    def _today(self) -> date:
        return self._ctx.clock.now().astimezone().date()

    def _build_coach(self) -> CoachEditor:
        from selfcompass.ui.sequences.coach import CoachEditor

        return CoachEditor(self._ctx.library, self._today, write_atomic)

    def shutdown(self) -> None:
        """Finished practices no longer reach the view (it goes with the window)."""
        if self._connected:
            self._connected = False
            self._practice.session_finished.disconnect(self.view.session_finished)


def install(ctx: FeatureContext, *, practice: PracticeFeature, today_page: TodayPage) -> SequencesFeature:
    """Install coach sequences: they join the Today page, and Coach mode joins the window."""
    return SequencesFeature(ctx, practice, today_page)
