"""Generate the translation template (translations/selfcompass.ts) from the UI package with pyside6-lupdate.

Usage: .venv/bin/python tools/translation_template.py [--check]
Prints how many strings were found and how many files still hold user-visible text outside tr().
See docs/translation.md for the plan.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "selfcompass" / "ui"
OUT = ROOT / "translations"
TEMPLATE = OUT / "selfcompass.ts"
#: Widgets built with literal text, a sign that a string has not been wrapped in tr() yet.
LITERAL = re.compile(r"""(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|setText|setTitle|"""
                     r"""setAccessibleName|setToolTip|setPlaceholderText|setWindowTitle|addItem)\(\s*f?["']""")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found


def main(argv: list[str]) -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    OUT.mkdir(exist_ok=True)
    result = subprocess.run([lupdate(), *sources, "-no-obsolete", "-source-language", "en_GB", "-ts", str(TEMPLATE)],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode:
        print(result.stdout + result.stderr, file=sys.stderr)
        return result.returncode
    messages = TEMPLATE.read_text(encoding="utf-8").count("<message")
    untranslatable = {}
    for path in UI.rglob("*.py"):
        hits = len(LITERAL.findall(path.read_text(encoding="utf-8")))
        if hits:
            untranslatable[str(path.relative_to(ROOT))] = hits
    print(f"{TEMPLATE.relative_to(ROOT)}: {messages} strings marked for translation")
    print(f"{sum(untranslatable.values())} literal UI strings in {len(untranslatable)} files still to wrap in tr():")
    for name, hits in sorted(untranslatable.items(), key=lambda kv: -kv[1]):
        print(f"  {hits:4d}  {name}")
    return 1 if "--check" in argv and untranslatable else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
