"""The practice library: every practice that loaded, their narration scripts, and a notice for each file that
did not. Reading and checking the files is selfcompass.core.practice_loader's work; this module is all a start from
the cache needs, so that start never imports the loader, the data-file checks or the narration parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from selfcompass.core.practice import Family, Practice

if TYPE_CHECKING:
    from collections.abc import Mapping

    from selfcompass.core.datafile import Problem
    from selfcompass.core.narration import Script


@dataclass
class Library:
    """Every practice that loaded, their scripts, and a notice for each file that did not."""

    practices: dict[str, Practice] = field(default_factory=dict)
    #: A dict when read from the files; a mapping that unpickles on first use when read from the start-up cache.
    scripts: Mapping[str, Script] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def sorted(self) -> list[Practice]:
        order = list(Family)
        return sorted(self.practices.values(), key=lambda p: (order.index(p.family), p.duration, p.title))
