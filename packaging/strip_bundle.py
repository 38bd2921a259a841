"""Strip debug information and symbol tables from the bundle's ELF files, except Qt's: about 40 MB.

The machine's Python and some wheels ship unstripped: ``libpython3.11.so`` (debug information and a symbol table),
sqlcipher3's ``_sqlite3`` module (with OpenSSL inside), ``lib-dynload/`` and SQLAlchemy's Cython modules; the
PySide6 wheels' ICU libraries carry symbol tables. ``strip --strip-unneeded`` removes both and keeps the dynamic
symbols the loader and Python's imports use, as Debian does to its own packages.

**Qt's libraries and plugins are never touched**: stripping Qt's bundled FFmpeg libraries breaks them ("ELF load
command address/offset not page-aligned") and leaves QtMultimedia with no back-end, so everything under
``PySide6/`` and ``shiboken6/`` is left as it is, but ICU, which is not Qt's build (``KEEP`` and ``ALLOWED``).
Run by build_installer.spec after COLLECT, on Linux, when ``strip`` and ``readelf`` are present.

    python packaging/strip_bundle.py dist/SelfCompass/_internal
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Left alone: Qt's own build (its FFmpeg libraries above all) and the bindings made with it.
KEEP = re.compile(r"(^|/)(PySide6|shiboken6)/")
#: Inside KEEP, what may still be stripped: ICU, which Qt links but does not build.
ALLOWED = re.compile(r"(^|/)PySide6/Qt/lib/libicu(i18n|uc|data)\.so[.0-9]*$")
TOOLS = ("strip", "readelf")
_SECTION = re.compile(r"\]\s+(\.debug_\w+|\.symtab)\s")


def strippable(relative: str) -> bool:
    """Whether the bundle file at ``relative`` (a path inside ``_internal``, with "/") may be stripped."""
    return ALLOWED.search(relative) is not None or KEEP.search(relative) is None


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def strip_bundle(folder: Path) -> tuple[int, int]:
    """Strip every strippable ELF file under ``folder`` that has something to strip; returns bytes before, after."""
    before = after = 0
    for path in sorted(folder.rglob("*.so*")):
        if not _is_elf(path) or not strippable(path.relative_to(folder).as_posix()):
            continue
        sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True).stdout
        if not _SECTION.search(sections):
            continue
        before += path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        after += path.stat().st_size
    return before, after


def main(argv: list[str]) -> int:
    if missing_tools():
        print(f"strip_bundle: {', '.join(missing_tools())} not found; nothing stripped", file=sys.stderr)
        return 0
    for folder in argv:
        before, after = strip_bundle(Path(folder))
        print(f"strip_bundle: {folder}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
