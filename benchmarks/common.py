"""Shared pieces for `make bench`: a result row and how results are printed.

Each ``benchmarks/bench_*.py`` module has ``run() -> list[Result]``. Budgets are ratios against a floor
measured in the same run (a bare PySide6 window, raw sqlite3, the libraries alone), never fixed timings.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    value: float
    unit: str
    floor: float | None = None  # the same thing done by the bare baseline, if there is one
    budget: str = ""  # in words, e.g. "<= 1.5x floor"
    ok: bool | None = None  # None: informative only

    def line(self) -> str:
        floor = f"  floor {self.floor:.3g} {self.unit}" if self.floor is not None else ""
        ratio = f"  ratio {self.value / self.floor:.2f}x" if self.floor else ""
        verdict = {True: "ok", False: "OVER BUDGET", None: ""}[self.ok]
        budget = f"  budget {self.budget}" if self.budget else ""
        return f"{self.name:<48} {self.value:10.3f} {self.unit:<4}{floor}{ratio}{budget}  {verdict}".rstrip()


def timed(fn: Callable[[], object], repeat: int = 5) -> list[float]:
    """Wall times in seconds of ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
