"""Nothing in the package loads a module by its name: every arrow is a plain import that grep, import-linter,
mypy and PyInstaller can see (issue 18)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "selfcompass"


def test_no_module_is_loaded_by_name() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            name = None
            if isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.ImportFrom) and node.module == "importlib":
                name = next((a.name for a in node.names if a.name == "import_module"), None)
            if name in ("import_module", "__import__"):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not found, "modules loaded by name: " + ", ".join(found)
