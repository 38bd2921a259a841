"""Entry point: the GUI by default, subcommands for the command line (`selfcompass --help`)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from selfcompass.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
