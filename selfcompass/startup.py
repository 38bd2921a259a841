"""Start-up work that needs no Qt: find the folders, claim them, read the settings, load the library's modules.

``selfcompass`` (the GUI) runs this before the first PySide6 import, on purpose. Once ``PySide6.QtCore`` is
imported, PySide6's ``__feature__`` import hook reads the source of every module imported after it (to see
whether the module uses PySide6): about 0.15 ms a module when running from source. Doing the pure part of
start-up first keeps some forty modules (the core's, platformdirs', json's, pickle's) out of that scan.
A frozen bundle ships no source, so there the scan is cheap either way. See docs/architecture.md.

Claiming the data folder (one writer, ``storage/instance.py``) comes first of all: a second launch asks the
running SelfCompass to come forward and ends here, without loading Qt or building a window.
"""

from __future__ import annotations

import os
from typing import Any, NamedTuple

from selfcompass.core.settings import Settings
from selfcompass.paths import AppPaths, resolve
from selfcompass.storage.settings_file import load_settings

#: Said on the command line when a second launch hands over to the running SelfCompass.
ALREADY_OPEN = "SelfCompass is already open; its window has been brought forward."


class Prepared(NamedTuple):
    """What the GUI needs before it makes its QApplication.

    A NamedTuple, not a dataclass: it is defined on the way to the first window, where each dataclass costs
    several times as much (docs/architecture.md, "Start-up").
    """

    paths: AppPaths
    settings: Settings | None
    #: The one-writer lock on the data folder (None where the folder can't hold one: it is read-only, say).
    instance_lock: Any = None
    #: Another SelfCompass holds the folder: it has been asked to come forward, and this launch should end.
    already_running: bool = False


def prepare(data_dir: str | os.PathLike[str] | None = None, *, bring_forward: bool = True) -> Prepared:
    """The folders (made if missing) and claimed, and the settings; also imports the practice library's cache and
    classes, which the window needs next (the library itself loads once the translation in use is known).

    When another SelfCompass holds the folder, it is asked to bring its window forward (unless
    ``bring_forward`` is False, as when starting quietly at login) and nothing else is done."""
    from selfcompass.storage.instance import claim

    paths = resolve(data_dir)
    paths.ensure()
    claimed = claim(paths, bring_forward=bring_forward)
    if claimed.already_running:
        return Prepared(paths, None, already_running=True)
    settings = load_settings(paths.settings_file)
    import selfcompass.storage.library_cache  # noqa: F401  (used by app.load_default_library)

    return Prepared(paths, settings, claimed.lock)
