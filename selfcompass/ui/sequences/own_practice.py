"""A practice a coach wrote, brought into coach mode: its TOML file and narration, checked as the library's are.

Messages keep the coach editor's translation context, so they read (and translate) as before.
"""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from selfcompass.core.datafile import DataFileError, Problem, parse_toml, read_text
from selfcompass.core.narration import check_against, parse_script
from selfcompass.core.practice_loader import practice_from_mapping
from selfcompass.core.sequences import CustomPractice


def read_own_practice(path: Path, library_ids: Container[str]) -> CustomPractice:
    """Read the practice at ``path`` and its narration; raises DataFileError listing the problems.

    The narration is the ``.txt`` file of the same name beside it, or in ``../audio_scripts/``; without one, the
    steps' own text is read and shown. A practice may not take an id the library already uses.
    """
    text = read_text(path, path.name)
    practice = practice_from_mapping(parse_toml(text, path.name), path.name, text)
    if practice.id in library_ids:
        raise DataFileError([Problem(
            path.name, "id",
            QCoreApplication.translate("CoachEditor", '"{id}" is already in the library.').format(id=practice.id),
            QCoreApplication.translate("CoachEditor", "give your practice its own id, or use the library's."))])
    narration, script = "", None
    for candidate in (path.with_suffix(".txt"), path.parent.parent / "audio_scripts" / f"{practice.id}.txt"):
        if candidate.is_file():
            narration = read_text(candidate, candidate.name)
            script, problems = parse_script(narration, practice.id, candidate.name)
            if script is not None:
                problems = check_against(script, practice)
            if problems:
                raise DataFileError(problems)
            break
    return CustomPractice(practice, narration, script)
