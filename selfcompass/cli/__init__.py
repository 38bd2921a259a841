"""Command-line front: starts the GUI, or runs a subcommand (practices, doctor, sequence).

Each subcommand lives in its own module with ``register(subparsers)``; the module is imported only
when it is asked for, so starting the GUI stays lean.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import Any

from selfcompass import APP_NAME, __version__

#: subcommand name -> one-line help shown before the subcommand's module is imported
COMMANDS = {
    "practices": "list or check practices",
    "doctor": "check this installation: data, database, speech, sound and tray",
    "sequence": "check a coach's sequence file",
    "calendar": "check a calendar file as SelfCompass would read it",
}


def _register(name: str, sub: Any) -> None:
    """Add the full parser of subcommand ``name``, importing its module now (and only its module)."""
    if name == "practices":
        from selfcompass.cli import practices as module
    elif name == "doctor":
        from selfcompass.cli import doctor as module  # type: ignore[no-redef]
    elif name == "calendar":
        from selfcompass.cli import calendar as module  # type: ignore[no-redef]
    else:
        from selfcompass.cli import sequence as module  # type: ignore[no-redef]
    module.register(sub)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the subcommand in use is imported (starting the GUI imports none)."""
    parser = argparse.ArgumentParser(
        prog="selfcompass",
        description=f"{APP_NAME}: mindful pauses, self-compassion and attention hygiene, all offline.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="FOLDER", help="keep all data in FOLDER instead of the usual place")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    parser.add_argument("--minimised", action="store_true", help="start quietly (used when starting at login)")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in COMMANDS.items():
        if name == only:
            _register(name, sub)
        else:
            sub.add_parser(name, help=summary)
    return parser


def no_arguments() -> argparse.Namespace:
    """What the parser makes of an empty command line, the usual start, without building the parser: that costs
    more than a millisecond of start-up (tests/test_cli.py checks the two agree)."""
    return argparse.Namespace(data_dir=None, self_test=False, minimised=False, quit_after=None, command=None)


def run(args: list[str]) -> int:
    # Qt Multimedia lists every optional library it could not find; that is noise for the person.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    command = next((a for a in args if a in COMMANDS), None)
    # Opened from a file manager ("Open with SelfCompass"): the files are handed to the app, not parsed as commands.
    files = [a for a in args if not a.startswith("-") and a not in COMMANDS and a.lower().endswith((".toml", ".ics"))
             and os.path.isfile(a)] if command is None else []
    ns = build_parser(only=command).parse_args([a for a in args if a not in files]) if args else no_arguments()
    ns.open = files
    if ns.command or ns.self_test:
        gc.enable()  # held off by selfcompass.__main__ for the GUI's start-up only
    if ns.command:
        return int(ns.func(ns) or 0)
    if ns.self_test:
        from selfcompass.cli.selftest import run_self_test

        return run_self_test(ns)
    # The Qt-free part of start-up first (folders, settings), before PySide6 loads: see selfcompass/startup.py.
    from selfcompass.startup import ALREADY_OPEN, prepare

    ns.prepared = prepare(ns.data_dir, bring_forward=not ns.minimised)
    if ns.prepared.already_running:  # ends here, before Qt loads
        print(ALREADY_OPEN, file=sys.stderr)
        return 0
    from selfcompass.desktop.memory import spare_import_hook

    spare_import_hook()  # PySide6 loads here; its import hook must not keep the sources of the modules below
    from selfcompass.app.run import run_gui

    return run_gui(ns)


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
