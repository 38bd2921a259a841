"""Reading outside data files (TOML) with messages that name the file, the line, the field and the fix.

Practices, sequences and managed settings are all read through a :class:`Fields` reader, so every loader
rejects unknown keys and wrong types in the same words.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

MAX_FILE_BYTES = 512 * 1024


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, said so a person can fix it."""

    source: str
    field: str
    message: str
    fix: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}, line {self.line}"
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{text} Fix: {self.fix}" if self.fix else text


class DataFileError(Exception):
    """A data file could not be used; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """Parse TOML text, turning syntax errors into a Problem with the line."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise DataFileError([Problem(source, "", f"the file is larger than {MAX_FILE_BYTES // 1024} KB.",
                                     "check that this is the right file; practice files are small.")])
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
        raise DataFileError([Problem(source, "", f"this is not valid TOML ({detail}).",
                                     "check quotes, brackets and '=' signs near that line.", line)]) from None


def read_text(path: Any, source: str) -> str:
    """Read a UTF-8 data file, turning I/O and encoding failures into problems."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError([Problem(source, "", f"the file could not be read ({exc.strerror or exc}).",
                                     "check that it exists and that you may read it.")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataFileError([Problem(source, "", f"the file is larger than {MAX_FILE_BYTES // 1024} KB.",
                                     "check that this is the right file.")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataFileError([Problem(source, "", "the file is not UTF-8 text.",
                                     "save it as UTF-8 in your editor.", line)]) from None


class LineFinder:
    """Best-effort line numbers for dotted field paths such as ``steps[2].pattern.cycles``."""

    _header = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
    _key = re.compile(r"^\s*([A-Za-z0-9_\-\"']+)\s*=")

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def find(self, path: str) -> int | None:
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
        if not parts:
            return None
        table, index, rest = "", None, parts
        # Walk array-of-tables headers: steps[2] -> the third [[steps]] header.
        if len(parts) >= 2 and parts[1].startswith("["):
            table, index, rest = parts[0], int(parts[1][1:-1]), parts[2:]
        elif len(parts) >= 2 and self._table_start(parts[0], None) is not None:
            table, rest = parts[0], parts[1:]  # a plain [table]
        start = self._table_start(table, index) if table else 0
        if start is None:
            return None
        if not rest:
            return start + 1
        key = rest[0]
        for i in range(start, len(self._lines)):
            line = self._lines[i]
            if i > start and self._header.match(line) and not table:
                break
            if i > start and table and self._header.match(line):
                break
            m = self._key.match(line)
            if m and m.group(1).strip("\"'") == key:
                return i + 1
        return start + 1 if table else None

    def _table_start(self, table: str, index: int | None) -> int | None:
        seen = -1
        for i, line in enumerate(self._lines):
            m = self._header.match(line)
            if m and m.group(1).strip() == table:
                seen += 1
                if index is None or seen == index:
                    return i
        return None


@dataclass
class Fields:
    """Reads one table of a data file, collecting problems instead of stopping at the first."""

    data: dict[str, Any]
    source: str
    prefix: str = ""
    problems: list[Problem] = field(default_factory=list)
    lines: LineFinder | None = None
    _used: set[str] = field(default_factory=set)

    def path(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def problem(self, key: str, message: str, fix: str = "") -> None:
        path = self.path(key) if key else self.prefix
        line = self.lines.find(path) if self.lines and path else None
        self.problems.append(Problem(self.source, path, message, fix, line))

    def child(self, data: dict[str, Any], prefix: str) -> Fields:
        return Fields(data, self.source, prefix, self.problems, self.lines)

    def _get(self, key: str, required: bool) -> tuple[bool, Any]:
        self._used.add(key)
        if key not in self.data:
            if required:
                self.problem(key, "this field is missing.", f"add a line '{key} = …'.")
            return False, None
        return True, self.data[key]

    def text(self, key: str, *, required: bool = True, default: str = "", max_len: int = 4000,
             allow_empty: bool = False) -> str:
        found, value = self._get(key, required)
        if not found:
            return default
        if not isinstance(value, str):
            self.problem(key, f"should be text in quotes, not {describe(value)}.", f'write {key} = "…".')
            return default
        value = value.strip()
        if not value and not allow_empty:
            self.problem(key, "is empty.", "write some text here, or remove the line if it is optional.")
            return default
        if len(value) > max_len:
            self.problem(key, f"is {len(value)} characters long; the most is {max_len}.", "shorten it.")
            return default
        return value

    def number(self, key: str, *, required: bool = True, default: float = 0.0, minimum: float | None = None,
               maximum: float | None = None, whole: bool = False, unit: str = "") -> float:
        found, value = self._get(key, required)
        if not found:
            return default
        ok_type = isinstance(value, int) if whole else isinstance(value, int | float)
        if isinstance(value, bool) or not ok_type:
            kind = "a whole number" if whole else "a number"
            self.problem(key, f"should be {kind}, not {describe(value)}.", f"write {key} = 4 (no quotes).")
            return default
        if value != value or value in (float("inf"), float("-inf")):
            self.problem(key, "is not a usable number.", "write an ordinary number.")
            return default
        suffix = f" {unit}" if unit else ""
        if minimum is not None and value < minimum:
            self.problem(key, f"is {value}{suffix}; it must be at least {fmt(minimum)}{suffix}.",
                         f"use a value of {fmt(minimum)} or more.")
            return default
        if maximum is not None and value > maximum:
            self.problem(key, f"is {value}{suffix}; it must be at most {fmt(maximum)}{suffix}.",
                         f"use a value of {fmt(maximum)} or less.")
            return default
        return value

    def boolean(self, key: str, *, required: bool = False, default: bool = False) -> bool:
        found, value = self._get(key, required)
        if not found:
            return default
        if not isinstance(value, bool):
            self.problem(key, f"should be true or false, not {describe(value)}.", f"write {key} = true.")
            return default
        return value

    def choice(self, key: str, choices: Iterable[str], *, required: bool = True, default: str = "") -> str:
        options = list(choices)
        value = self.text(key, required=required, default=default)
        if value and value not in options:
            self.problem(key, f'"{value}" is not one of the known values.', "use one of: " + ", ".join(options) + ".")
            return default
        return value

    def text_list(self, key: str, *, required: bool = False, choices: Iterable[str] | None = None,
                  max_items: int = 50, max_len: int = 80) -> list[str]:
        found, value = self._get(key, required)
        if not found:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, f"should be a list of text, not {describe(value)}.", f'write {key} = ["a", "b"].')
            return []
        if len(value) > max_items:
            self.problem(key, f"has {len(value)} items; the most is {max_items}.", "remove some.")
            return []
        options = list(choices) if choices is not None else None
        out: list[str] = []
        for item in value:
            item = item.strip()
            if not item or len(item) > max_len:
                self.problem(key, f'"{item[:40]}" is empty or longer than {max_len} characters.', "shorten it.")
            elif options is not None and item not in options:
                self.problem(key, f'"{item}" is not one of the known values.', "use: " + ", ".join(options) + ".")
            else:
                out.append(item)
        return out

    def table(self, key: str, *, required: bool = True) -> Fields | None:
        found, value = self._get(key, required)
        if not found:
            return None
        if not isinstance(value, dict):
            self.problem(key, f"should be a table, not {describe(value)}.", f"write it as {key} = {{ … }}.")
            return None
        return self.child(value, self.path(key))

    def tables(self, key: str, *, required: bool = True, max_items: int = 500) -> list[Fields]:
        found, value = self._get(key, required)
        if not found:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(key, f"should be a list of [[{key}]] tables, not {describe(value)}.",
                         f"start each one with a line [[{key}]].")
            return []
        if not value and required:
            self.problem(key, "has no entries.", f"add at least one [[{key}]] table.")
        if len(value) > max_items:
            self.problem(key, f"has {len(value)} entries; the most is {max_items}.", "split it up.")
            return []
        return [self.child(v, f"{self.path(key)}[{i}]") for i, v in enumerate(value)]

    def finish(self) -> None:
        """Report any key that no reader asked for: unknown keys are errors, usually typos."""
        for key in self.data:
            if key not in self._used:
                self.problem(str(key), "is not a field this file may have.",
                             "check the spelling against the format guide, or remove it.")

    def keys(self) -> Iterator[str]:
        return iter(self.data)


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f'the text "{value[:30]}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
