"""PyInstaller entry script: starts SelfCompass exactly as ``python -m selfcompass`` does.

The bundle is built windowed, so on Windows it has no console and ``sys.stdout`` is None. When it is run
from a terminal with arguments (``SelfCompass.exe --self-test``, ``--version``, a subcommand), we borrow the
parent's console so the answer is visible and argparse doesn't write to nothing.
"""

from __future__ import annotations

import sys


def _attach_parent_console() -> None:  # pragma: no cover - Windows only
    if sys.platform != "win32" or sys.stdout is not None or len(sys.argv) < 2:
        return
    try:
        import ctypes

        attach_parent_process = -1
        if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    except Exception:  # no console to borrow: the self-test also writes its report to a file
        return


def main() -> int:
    _attach_parent_console()
    from selfcompass.__main__ import main as selfcompass_main

    return selfcompass_main()


if __name__ == "__main__":
    sys.exit(main())
