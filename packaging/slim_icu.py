"""Rebuild the bundle's ICU data library with only what Qt uses here: about 24 MB of the bundle's 198.

The PySide6 wheels for Linux ship ICU with all of its data compiled into ``libicudata.so.NN`` (32 MB: every
locale's names of languages, regions, currencies, units and time zones, collation for every language, 120 legacy
character sets, dictionaries for Thai, Lao, Khmer, Burmese and Chinese word breaking, transliteration and
number spelling). Qt uses ICU for collation, case mapping and a few locale look-ups; it has its own locale data
(CLDR, compiled into QtCore), its own text boundaries and line breaking, and its own UTF-8/16/32 and Latin-1
codecs; SelfCompass decodes every file in Python. So this keeps the root and English locales of every tree,
the shared pools and indexes, every non-locale table (case, normalisation, properties, time zone rules and
metadata), and drops the rest.

Run by build_installer.spec after COLLECT, on Linux only, when ``objcopy``, ``icupkg`` (icu-devtools) and a C
compiler are present; otherwise the bundle keeps the full library and the build says so. The bundle's self-test
checks what the trimmed data must still do (``bundle``: collation, case mapping, time zone names).

    python packaging/slim_icu.py dist/SelfCompass/_internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: Locales kept in every tree: the root (every lookup falls back to it) and English (the app's language). A
#: language the app is translated into would be added here.
KEEP_LOCALES = re.compile(r"^(root|res_index|en(_[A-Za-z0-9]+)*)$")  # res_index: each tree's list
#: Item names that are locales: a two- or three-letter language, then optional script, region and variant.
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
#: Whole trees Qt never reads.
DROP_TREES = ("translit/", "rbnf/")
TOOLS = ("objcopy", "icupkg", "cc")


def dropped(item: str) -> bool:
    """Whether an item of the ICU data package (such as ``lang/de.res``) can go."""
    if item.startswith(DROP_TREES):
        return True
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".cnv"):
        return True  # legacy character sets: Qt has its own UTF and Latin-1 codecs, Python decodes our files
    if name.endswith(".dict"):
        return True  # word-break dictionaries (Thai, Lao, Khmer, Burmese, Chinese): Qt breaks text itself
    stem, _, suffix = name.rpartition(".")
    return suffix == "res" and LOCALE.match(stem) is not None and KEEP_LOCALES.match(stem) is None


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def slim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` in place with the trimmed data; returns its size before and after, in bytes."""
    before = library.stat().st_size
    soname = library.name  # libicudata.so.73
    version = soname.rsplit(".", 1)[-1]
    symbol = f"icudt{version}_dat"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / f"icudt{version}l.dat"
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(data)], check=True)
        listed = subprocess.run(["icupkg", "-l", str(data)], check=True, capture_output=True, text=True).stdout
        items = [line.strip() for line in listed.splitlines() if line.strip()]
        if not items or not any(item.endswith("root.res") for item in items):
            raise RuntimeError(f"{library} does not hold an ICU data package as expected")
        drop = work / "drop.txt"
        drop.write_text("\n".join(item for item in items if dropped(item)) + "\n", encoding="ascii")
        (work / "out").mkdir()
        trimmed = work / "out" / data.name  # icupkg names the package after its file: the name must stay
        # --ignore-deps: an index that names a dropped item falls back to the root at run time, as ICU does for any
        # locale it lacks.
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(drop), str(data), str(trimmed)], check=True,
                       capture_output=True)
        source = work / "icudata.s"
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
            f'\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii")
        built = work / soname
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built), str(source)],
                       check=True)
        shutil.copyfile(built, library)
    return before, library.stat().st_size


def main(argv: list[str]) -> int:
    if missing_tools():
        print(f"slim_icu: {', '.join(missing_tools())} not found; ICU data left whole", file=sys.stderr)
        return 0
    for name in argv:
        before, after = slim(Path(name))
        print(f"slim_icu: {name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
