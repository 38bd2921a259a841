"""Replace Qt libraries the bundle links but never uses with small stubs: QtQuick and QtQml, about 17 MB.

Qt's FFmpeg media plugin (``plugins/multimedia/libffmpegmediaplugin.so``), which plays every line of narration,
names ``libQt6Quick.so.6`` and ``libQt6Qml.so.6`` among the libraries it needs, so the loader refuses to load it
without them, and they bring ``libQt6QmlModels``, ``libQt6QmlMeta`` and ``libQt6QmlWorkerScript`` along. Yet it
uses two things from QtQuick, both for capturing a QtQuick window as video (``QQuickWindow::staticMetaObject`` and
``QQuickWindow::grabWindow()``), and nothing at all from QtQml. SelfCompass has no QtQuick window and captures
nothing. So this builds, for each such library, a stub with the same name that defines exactly the symbols the rest
of the bundle takes from it, in the same symbol versions:

- a function calls ``abort()`` after saying on stderr which one was called, so a stub that turns out to be needed
  fails loudly instead of quietly doing nothing;
- a data object is zeros of the real object's size. For ``QQuickWindow::staticMetaObject`` that makes
  ``qobject_cast<QQuickWindow *>`` answer "not a QtQuick window" for every window, which is true here.

Qt does the same for its own optional dependencies (``libQt6FFmpegStub-va.so.2`` and friends stand in for VA-API
and OpenSSL). The libraries only the real ones needed (QmlModels, QmlMeta, QmlWorkerScript) are then removed.
A library is stubbed only if what the bundle takes from it is short (``MAX_SYMBOLS``); otherwise it is kept whole
and the build says why. Run by build_installer.spec after COLLECT, on Linux, when ``readelf`` and a C compiler are
present. The self-test's "Qt parts" line plays a WAV through the media plugin, so a bundle this breaks fails.

    python packaging/qt_stubs.py dist/SelfCompass/_internal
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

#: The libraries to replace, as the loader names them.
STUBBED = ("libQt6Quick.so.6", "libQt6Qml.so.6")
#: Where they live in the bundle.
QT_LIB = Path("PySide6") / "Qt" / "lib"
#: A library the bundle takes more than this many symbols from is really used: it is kept whole.
MAX_SYMBOLS = 8
TOOLS = ("readelf", "cc")

_SYMBOL = re.compile(
    r"^\s*\d+:\s+[0-9a-f]+\s+(?P<size>0x[0-9a-f]+|\d+)\s+(?P<kind>\w+)\s+(?P<bind>\w+)\s+\w+\s+(?P<ndx>\w+)\s+"
    r"(?P<name>[^@\s]+)(?:@@?(?P<version>[^\s(]+))?"
)
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_VERSION_DEF = re.compile(r"Index: \d+\s+Cnt: \d+\s+Name: (\S+)")


@dataclass(frozen=True)
class Symbol:
    name: str
    version: str | None
    kind: str  # FUNC or OBJECT
    size: int
    defined: bool


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], check=True, capture_output=True, text=True).stdout


def needed(path: Path) -> list[str]:
    return _NEEDED.findall(_readelf("-d", str(path)))


def dynamic_symbols(path: Path) -> list[Symbol]:
    found = []
    for line in _readelf("--dyn-syms", str(path)).splitlines():
        match = _SYMBOL.match(line)
        if match and match["bind"] in ("GLOBAL", "WEAK") and match["name"]:
            found.append(Symbol(match["name"], match["version"], match["kind"], int(match["size"], 0),
                                match["ndx"] != "UND"))
    return found


def version_names(path: Path) -> list[str]:
    """The symbol versions a library defines, less its own base name (for a stub's version script)."""
    names = _VERSION_DEF.findall(_readelf("-V", str(path)))
    return [name for name in names if name != path.name]


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def removable(needs: Mapping[str, set[str]], stubbed: Iterable[str]) -> set[str]:
    """The libraries nothing needs once ``stubbed`` (which will need nothing) stand in for the real ones.

    ``needs`` maps each ELF file in the bundle (by the name the loader knows it by) to the names it needs. Only
    what the real stubbed libraries needed, directly or not, can go; a file nothing needs to begin with (a plugin,
    a Python extension module) is a starting point and stays, with everything it needs.
    """
    stubbed = set(stubbed)

    def reach(starts: Iterable[str], graph: Mapping[str, set[str]]) -> set[str]:
        seen: set[str] = set()
        stack = list(starts)
        while stack:
            for dep in graph.get(stack.pop(), set()):
                if dep in needs and dep not in seen:
                    seen.add(dep)
                    stack.append(dep)
        return seen

    candidates = reach(stubbed, needs) - stubbed
    after = {name: (set() if name in stubbed else deps) for name, deps in needs.items()}
    starts = [name for name in needs if name not in candidates]
    return candidates - reach(starts, after)


def stub_symbols(library: list[Symbol], users: Iterable[list[Symbol]]) -> list[Symbol]:
    """What the users take from ``library``: its definitions of the symbols they leave undefined."""
    defined = {(s.name, s.version): s for s in library if s.defined}
    wanted = {(s.name, s.version) for symbols in users for s in symbols if not s.defined}
    by_name = {s.name: s for s in library if s.defined}
    chosen = {}
    for name, version in wanted:
        symbol = defined.get((name, version)) or (by_name.get(name) if version is None else None)
        if symbol is not None:
            chosen[symbol.name] = symbol
    return sorted(chosen.values(), key=lambda s: s.name)


def stub_source(soname: str, symbols: list[Symbol], versions: list[str]) -> tuple[str, str]:
    """C source and a linker version script for a stub of ``soname`` defining ``symbols``."""
    lines = ["#include <stdio.h>", "#include <stdlib.h>", "",
             "static void left_out(const char *name) {",
             f'    fprintf(stderr, "SelfCompass: %s from {soname} was left out of this bundle "',
             '            "(packaging/qt_stubs.py)\\n", name);',
             "    abort();", "}", ""]
    for symbol in symbols:
        if symbol.kind == "FUNC":
            lines.append(f'void {symbol.name}(void) {{ left_out("{symbol.name}"); }}')
        else:
            lines.append(f"__attribute__((aligned(16))) char {symbol.name}[{max(symbol.size, 1)}] = {{0}};")
    by_version: dict[str, list[str]] = {version: [] for version in versions}
    for symbol in symbols:
        by_version.setdefault(symbol.version or "", []).append(symbol.name)
    script = []
    for version, names in by_version.items():
        if not version:
            continue
        exported = "".join(f" {name};" for name in names)
        script.append(f"{version} {{ global:{exported} local: *; }};" if names else f"{version} {{ }};")
    unversioned = by_version.get("", [])
    if unversioned:
        script.append("{ global:" + "".join(f" {name};" for name in unversioned) + " local: *; };")
    return "\n".join(lines) + "\n", "\n".join(script) + "\n"


def build_stub(soname: str, symbols: list[Symbol], versions: list[str], target: Path) -> None:
    source, script = stub_source(soname, symbols, versions)
    with tempfile.TemporaryDirectory() as tmp:
        c_file, map_file, built = Path(tmp, "stub.c"), Path(tmp, "stub.map"), Path(tmp, soname)
        c_file.write_text(source, encoding="ascii")
        map_file.write_text(script, encoding="ascii")
        subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-s", f"-Wl,-soname,{soname}",
                        f"-Wl,--version-script={map_file}", "-o", str(built), str(c_file)], check=True)
        shutil.copyfile(built, target)


def stub_bundle(internal: Path) -> list[str]:
    """Stub what can be stubbed in the bundle folder ``internal`` (``_internal``); returns lines for the build log."""
    lib = internal / QT_LIB
    real = {name: lib / name for name in STUBBED if is_elf(lib / name)}
    if not real:
        return ["Qt stubs: nothing to stub"]
    files = {path.name: path for path in sorted(internal.rglob("*.so*")) if is_elf(path)}
    needs = {name: set(needed(path)) for name, path in files.items()}
    # A library its users take too much from stays real, and so does what it needs.
    report = []
    symbols: dict[str, list[Symbol]] = {}
    while True:
        gone = removable(needs, real)
        users = {name: [u for u, deps in needs.items() if name in deps and u not in real and u not in gone]
                 for name in real}
        symbols = {name: stub_symbols(dynamic_symbols(path), (dynamic_symbols(files[u]) for u in users[name]))
                   for name, path in real.items()}
        too_used = [name for name in real if len(symbols[name]) > MAX_SYMBOLS]
        if not too_used:
            break
        for name in too_used:
            report.append(f"Qt stubs: {name} kept whole: {', '.join(users[name])} take "
                          f"{len(symbols[name])} symbols from it")
            del real[name]
        if not real:
            return report
    before = sum(path.stat().st_size for path in [*real.values(), *(files[name] for name in gone)])
    for name, path in real.items():
        build_stub(name, symbols[name], version_names(path), path)
    for name in sorted(gone):
        files[name].unlink()
    for link in internal.rglob("*"):  # the top-level links PyInstaller makes to the removed libraries
        if link.is_symlink() and not link.exists():
            link.unlink()
    after = sum(path.stat().st_size for path in real.values())
    taken = "; ".join(f"{name}: {', '.join(s.name for s in symbols[name]) or 'nothing'}" for name in real)
    report.append(f"Qt stubs: {', '.join(real)} stubbed ({taken}); {', '.join(sorted(gone)) or 'nothing'} removed; "
                  f"{before / 1e6:.1f} MB -> {after / 1e6:.2f} MB")
    return report


def main(argv: list[str]) -> int:
    if missing_tools():
        print(f"qt_stubs: {', '.join(missing_tools())} not found; Qt libraries left whole", file=sys.stderr)
        return 0
    for folder in argv:
        for line in stub_bundle(Path(folder)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
