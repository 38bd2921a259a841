"""Generate the translation template (translations/selfcompass.ts) from the UI package with pyside6-lupdate.

Usage: .venv/bin/python tools/translation_template.py [--check] [--pseudo]
Prints how many strings were found and how many files still hold user-visible text outside tr().
``--pseudo`` also writes translations/selfcompass_en_XA.ts, a pseudo-translation ("[Ŵëëķļÿ çĥëçķ-ïñ ~~]")
that shows untranslated text and clipped layouts: run the app with the language setting "en_XA" after
``pyside6-lrelease``. See docs/translation.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "selfcompass"
UI = PACKAGE / "ui"
CLI = PACKAGE / "cli"  # terminal output for IT (doctor, practices check) stays in English
OUT = ROOT / "translations"
TEMPLATE = OUT / "selfcompass.ts"
#: Widgets built with literal text, a sign that a string has not been wrapped in tr() yet.
LITERAL = re.compile(r"""\b(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|setText|"""
                     r"""setTitle|setAccessibleName|setAccessibleDescription|setToolTip|setStatusTip|"""
                     r"""setPlaceholderText|setWindowTitle|addItem|addAction|addMenu|addTab|setHeaderLabels|"""
                     r"""setLabelText|setSpecialValueText|setSuffix|setPrefix|show_notice|showMessage|"""
                     r"""QMessageBox\.(?:information|warning|critical|question))\(\s*(?:[\w.]+,\s*)?f?["'][^"'\n]""")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found


ACCENTS = str.maketrans("AaCcEeIiNnOoUuYyWwKkLlSsTtGgHh", "ÅåÇçËëÏïÑñÖöÜüŸÿŴŵĶķĻļŞşŢţĜĝĤĥ")
#: Left alone inside a message: format fields, Qt's %n/%1 markers, HTML tags and entities, mnemonics' &.
KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d|<[^>]+>|&[a-zA-Z]+;|&&")
PSEUDO_LANGUAGE = "en_XA"


def pseudo(text: str) -> str:
    """Accent every letter outside placeholders and tags, and pad by about 40%, between brackets."""
    out, last = [], 0
    for match in KEEP.finditer(text):
        out.append(text[last:match.start()].translate(ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(ACCENTS))
    body = "".join(out)
    return f"[{body} {'~' * max(1, len(text) * 2 // 5)}]"


def pseudo_ts(template: str) -> str:
    """The template with every message given its pseudo-translation (plural forms too)."""
    root = ET.fromstring(template)
    root.set("language", PSEUDO_LANGUAGE)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")


def write_template(target: Path) -> int:
    """Run pyside6-lupdate over the package (less the CLI) into ``target``; returns the number of messages."""
    sources = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if not p.is_relative_to(CLI))
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([lupdate(), *sources, "-no-obsolete", "-locations", "none", "-source-language", "en_GB",
                             "-ts", str(target)], cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode or "warning" in (result.stdout + result.stderr).lower():
        raise RuntimeError(result.stdout + result.stderr)
    return target.read_text(encoding="utf-8").count("<message")


def _has_words(text: str, start: int) -> bool:
    """Whether the literal starting at ``start`` holds words (not just {fields}, <tags>, punctuation)."""
    quote = text[start - 1]
    end = text.find(quote, start)
    body = re.sub(r"\{[^{}]*\}|<[^>]*>", "", text[start:end if end > 0 else start + 200])
    return re.search(r"[A-Za-z]{2,}", body) is not None


def literal_strings() -> dict[str, list[int]]:
    """UI files still handing literal text to widgets: {file: [line numbers]}."""
    found: dict[str, list[int]] = {}
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = [text.count("\n", 0, m.start()) + 1 for m in LITERAL.finditer(text) if _has_words(text, m.end() - 1)]
        if lines:
            found[str(path.relative_to(ROOT))] = lines
    return found


def main(argv: list[str]) -> int:
    try:
        messages = write_template(TEMPLATE)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{TEMPLATE.relative_to(ROOT)}: {messages} strings marked for translation")
    if "--pseudo" in argv:
        target = OUT / f"selfcompass_{PSEUDO_LANGUAGE}.ts"
        target.write_text(pseudo_ts(TEMPLATE.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: pseudo-translation written")
    left = literal_strings()
    print(f"{sum(map(len, left.values()))} literal UI strings in {len(left)} files still to wrap in tr():")
    for name, lines in sorted(left.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(lines):4d}  {name} (lines {', '.join(map(str, lines[:8]))}{', …' if len(lines) > 8 else ''})")
    return 1 if "--check" in argv and left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
