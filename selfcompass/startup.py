"""Start-up work that needs no Qt: find the folders, read the settings, load the library's modules.

``selfcompass`` (the GUI) runs this before the first PySide6 import, on purpose. Once ``PySide6.QtCore`` is
imported, PySide6's ``__feature__`` import hook reads the source of every module imported after it (to see
whether the module uses PySide6): about 0.15 ms a module when running from source. Doing the pure part of
start-up first keeps some forty modules (the core's, platformdirs', json's, pickle's) out of that scan.
A frozen bundle ships no source, so there the scan is cheap either way. See docs/architecture.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from selfcompass.core.settings import Settings
from selfcompass.paths import AppPaths, resolve
from selfcompass.settings_store import load_settings


@dataclass(frozen=True)
class Prepared:
    """What the GUI needs before it makes its QApplication."""

    paths: AppPaths
    settings: Settings


def prepare(data_dir: str | os.PathLike[str] | None = None) -> Prepared:
    """The folders (made if missing) and the settings; also imports the practice library's loader and cache,
    which the window needs next (the library itself loads once the translation in use is known)."""
    paths = resolve(data_dir)
    paths.ensure()
    settings = load_settings(paths.settings_file)
    import selfcompass.library_cache  # noqa: F401  (used by app.load_default_library)

    return Prepared(paths, settings)
