"""Every whole-file write in the app goes through storage's one atomic write (storage/files.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "selfcompass"
HOME = "selfcompass/storage/files.py"
#: Writes that are not a saved file of ours, each with the reason.
ALLOWED = {
    # The one-writer lock: a file held open (and locked) for the whole run; nothing is saved in it.
    ("selfcompass/storage/instance.py", "open"),
    # Overwriting a plain copy with zeros before it is deleted (protecting a journal): not a file we keep.
    ("selfcompass/storage/crypto.py", "open"),
}
#: Calls that write whatever they are called on.
WRITING_METHODS = {"write_text", "write_bytes", "mkstemp", "NamedTemporaryFile"}
#: shutil's and os's functions that write or move files.
MODULE_FUNCTIONS = {("shutil", "copyfile"), ("shutil", "copy"), ("shutil", "copy2"), ("shutil", "move"),
                    ("os", "replace"), ("os", "rename")}


def _writes(path: Path) -> list[tuple[str, int]]:
    """(what, line) for each call in ``path`` that writes, renames or replaces a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):  # open(...); a bare replace() is dataclasses.replace
            if func.id == "open" and _opens_for_writing(node):
                found.append(("open", node.lineno))
            continue
        if not isinstance(func, ast.Attribute):
            continue
        name = func.attr
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        # Path.replace(target) and Path.rename(target) take one argument; str.replace takes two, and
        # datetime.replace only keywords.
        path_move = name in {"replace", "rename"} and len(node.args) == 1 and not node.keywords and owner != "os"
        if name in WRITING_METHODS or (owner, name) in MODULE_FUNCTIONS or path_move:
            found.append((name, node.lineno))
    return found


def _opens_for_writing(node: ast.Call) -> bool:
    modes = [a for a in node.args[1:2] if isinstance(a, ast.Constant)]
    modes += [k.value for k in node.keywords if k.arg == "mode" and isinstance(k.value, ast.Constant)]
    return any(isinstance(m.value, str) and set(m.value) & set("wax+") for m in modes)


def test_every_whole_file_write_goes_through_storage_files() -> None:
    strays = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == HOME:
            continue
        for name, line in _writes(path):
            if (rel, name) not in ALLOWED:
                strays.append(f"{rel}:{line} {name}")
    assert strays == [], "write through selfcompass.storage.files (write_atomic, publish, move_aside) instead"


def test_the_one_atomic_write_is_where_the_writes_are() -> None:
    names = {name for name, _ in _writes(ROOT / HOME)}
    assert {"mkstemp", "replace"} <= names


def test_the_scan_sees_the_ways_a_file_is_written(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom pathlib import Path\n"
                      "def f(p: Path, t: str) -> None:\n"
                      "    p.write_text('x')\n    os.replace(p, p)\n    p.rename(p)\n"
                      "    open(p, 'w')\n    open(p, mode='ab')\n    open(p)\n    t.replace('a', 'b')\n",
                      encoding="utf-8")
    assert [name for name, _ in _writes(sample)] == ["write_text", "replace", "rename", "open", "open"]
