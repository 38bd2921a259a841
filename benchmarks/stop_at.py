"""Run a benchmark target (a script, or the selfcompass package) and end it the moment it reports its window shown.

``STOP_AT=shown`` ends at the "shown" line (the first expose); ``STOP_AT=painted`` at the app's line for the end of
its first paint ("heavy after first paint"). Used by instructions.py, so a count covers start-up and nothing after.
"""

from __future__ import annotations

import builtins
import os
import runpy
import sys

STOP_AT = os.environ.get("STOP_AT", "shown")
# The app says "heavy after first paint", the bare floor and benchmarks/app_probe.py say "painted": the same moment,
# the end of the first paint. (The floor once had no painted line and ran on through its idle to exit, which
# counted its idle and exit against it and flattered the app: 1.31x, where the same end point gives 1.46x.)
PREFIX = {"shown": ("shown",), "painted": ("heavy after first paint", "painted")}[STOP_AT]
_print = builtins.print


def _print_then_stop(*args: object, **kwargs: object) -> None:
    _print(*args, **kwargs)  # type: ignore[call-overload]
    if args and str(args[0]).startswith(PREFIX):
        sys.stdout.flush()
        os._exit(0)


builtins.print = _print_then_stop
target, sys.argv = sys.argv[1], sys.argv[1:]
sys.path.insert(0, os.getcwd())
if target.endswith(".py"):
    runpy.run_path(target, run_name="__main__")
else:
    runpy.run_module(target, run_name="__main__", alter_sys=True)
