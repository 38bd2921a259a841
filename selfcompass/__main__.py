"""Entry point: the GUI by default, subcommands for the command line (`selfcompass --help`)."""

from __future__ import annotations

import gc
import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Start-up builds long-lived objects (modules, classes, PySide6's enums, the window) and almost no garbage, so
    # Python's cycle collector would scan a growing heap dozens of times for nothing (57 runs, 8-9 ms of CPU time
    # before the first window on the machine measured). It stays off until the window is up
    # (selfcompass.app.run.run_gui), or until the command line knows it is not starting the GUI (selfcompass.cli.run).
    # See docs/architecture.md, "Start-up".
    gc.disable()
    if os.name == "posix":
        os.umask(0o077)  # everything SelfCompass creates is private to the person: files 0600, folders 0700
    try:
        from selfcompass.cli import run

        return run(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
