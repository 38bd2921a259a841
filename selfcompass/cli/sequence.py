"""`selfcompass sequence check FILE|FOLDER`: check sequence files against the practice library."""

from __future__ import annotations

import argparse
from pathlib import Path

from selfcompass.core.datafile import DataFileError
from selfcompass.core.library import Library
from selfcompass.core.practice import duration_label
from selfcompass.core.practice_loader import load_library
from selfcompass.core.sequences import Sequence, load_sequence_file
from selfcompass.paths import resource_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sequence", help="check sequence files")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    chk = psub.add_parser("check", help="check a sequence file (or every sequence in a folder)")
    chk.add_argument("path", type=Path, metavar="FILE", help="a sequence .toml file, or a folder of them")
    chk.add_argument("--practices", type=Path, metavar="FOLDER",
                     help="the practice library to check against (default: the installed one)")
    chk.add_argument("--scripts", type=Path, metavar="FOLDER",
                     help="the narration scripts folder (default: audio_scripts beside the practices)")
    chk.set_defaults(func=check_sequences)


def check_sequences(ns: argparse.Namespace) -> int:
    practices: Path = ns.practices or resource_dir() / "practices"
    scripts: Path = ns.scripts or practices.parent / "audio_scripts"
    library = load_library(practices, scripts)
    target: Path = ns.path
    files = sorted(target.glob("*.toml")) if target.is_dir() else [target]
    if not files:
        print(f"{target}: no sequence files (*.toml) here.")
        return 1
    failed = 0
    for path in files:
        if not _check_one(path, library):
            failed += 1
    if len(files) > 1:
        print(f"{len(files) - failed} sequence(s) fine, {failed} with problems.")
    return 1 if failed else 0


def _check_one(path: Path, library: Library) -> bool:
    try:
        sequence = load_sequence_file(path, library.practices, str(path), unavailable=_unavailable(library))
    except DataFileError as exc:
        problems = sorted(exc.problems, key=lambda p: (p.line is None, p.line or 0))
        for problem in problems:
            print(problem)
        print(f"{path}: {len(problems)} problem(s).")
        return False
    print(summary(sequence, library, str(path)))
    return True


def _unavailable(library: Library) -> set[str]:
    """Ids whose practice files exist but were skipped, so the message can say so."""
    return {Path(p.source).stem for p in library.problems if p.source.endswith(".toml")}


def summary(sequence: Sequence, library: Library, source: str) -> str:
    ids = sequence.practice_ids()
    seconds = sum(p.duration for day in sequence.days for pid in day.practices
                  if (p := sequence.practice(pid, library.practices)) is not None)
    own = len(sequence.custom)
    start = "starts on import" if sequence.start is None else f"starts on {sequence.start.isoformat()}"
    written = f" ({own} written for this sequence)" if own else ""
    return (f'{source}: fine. "{sequence.title}" by {sequence.author}: {sequence.length} day(s), '
            f"{len(ids)} practice(s){written}, about {duration_label(seconds)} of practice in all; {start}.")
