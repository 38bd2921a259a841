"""`selfcompass practices list` and `selfcompass practices check [PATH]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from selfcompass.core.datafile import DataFileError
from selfcompass.core.practice_loader import load_library, load_practice_file, load_script_file
from selfcompass.paths import resource_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("practices", help="list or check practices")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = psub.add_parser("list", help="list the practices in the library")
    lst.set_defaults(func=list_practices)
    chk = psub.add_parser("check", help="check practice files and their narration scripts")
    chk.add_argument("path", nargs="?", type=Path, help="a practice file or folder (default: the library)")
    chk.add_argument("--scripts", type=Path, help="the narration scripts folder (default: ../audio_scripts)")
    chk.set_defaults(func=check_practices)


def list_practices(ns: argparse.Namespace) -> int:
    root = resource_dir()
    library = load_library(root / "practices", root / "audio_scripts")
    current = None
    for practice in library.sorted():
        if practice.family != current:
            current = practice.family
            print(f"\n{current.label}")
        print(f"  {practice.id:<34} {practice.minutes_label:>10}  {practice.title}")
    for problem in library.problems:
        print(f"\nSkipped: {problem}")
    print(f"\n{len(library.practices)} practices.")
    return 0


def check_practices(ns: argparse.Namespace) -> int:
    target: Path = ns.path or resource_dir() / "practices"
    if target.is_dir():
        scripts = ns.scripts or target.parent / "audio_scripts"
        library = load_library(target, scripts)
        for problem in library.problems:
            print(problem)
        ok = len(library.practices)
        print(f"{ok} practice(s) fine, {len(library.problems)} problem(s).")
        return 1 if library.problems else 0
    scripts = ns.scripts or target.parent.parent / "audio_scripts"
    try:
        practice = load_practice_file(target, str(target))
        load_script_file(scripts / f"{practice.id}.txt", practice, str(scripts / f"{practice.id}.txt"))
    except DataFileError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s).")
        return 1
    print(f"{target}: fine ({practice.title}, {practice.minutes_label}).")
    return 0
