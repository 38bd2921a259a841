"""Reading outside data files (TOML) with messages that name the file, the line, the field and the fix.

Practices, sequences and managed settings are all read through a :class:`Fields` reader, so every loader
rejects unknown keys and wrong types in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_FILE_BYTES = 512 * 1024
# Units a reader may name (Fields.number); translated where a message uses them.
UNITS = (QT_TRANSLATE_NOOP("DataFiles", "seconds"),)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, said so a person can fix it."""

    source: str
    field: str
    message: str
    fix: str = ""
    line: int | None = None

    def __str__(self) -> str:
        # Messages name the file, the field and the fix; each piece is said whole where it is made.
        if self.line is None:
            where = self.source
        else:
            #: Where a problem is: {source} is a file's name.
            where = translate("DataFiles", "{source}, line {line}").format(source=self.source, line=self.line)
        if self.field:
            #: {where} is a file (and line), {field} a field's name such as "steps[2].duration", then the problem.
            text = translate("DataFiles", "{where}: {field}: {message}").format(where=where, field=self.field,
                                                                                message=self.message)
        else:
            text = translate("DataFiles", "{where}: {message}").format(where=where, message=self.message)
        #: A problem in a file, then how to put it right.
        return translate("DataFiles", "{problem} Fix: {fix}").format(problem=text, fix=self.fix) if self.fix else text


class DataFileError(Exception):
    """A data file could not be used; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """Parse TOML text, turning syntax errors into a Problem with the line."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise DataFileError([Problem(source, "", _too_large(),
                                     translate("DataFiles", "check that this is the right file; practice files are "
                                               "small."))])
    import tomllib  # here, not at the top: start-up reads the checked library from its cache

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
        #: {detail} is the reader's own description, in English, such as "Expected '=' after a key".
        raise DataFileError([Problem(source, "", translate("DataFiles", "its layout has a mistake ({detail}).").format(
            detail=detail), translate("DataFiles", "check quotes, brackets and '=' signs near that line."), line)]) \
            from None


def read_text(path: Any, source: str) -> str:
    """Read a UTF-8 data file, turning I/O and encoding failures into problems."""
    try:
        raw: bytes = path.read_bytes()
    except OSError as exc:
        #: {reason} is the system's own words, such as "No such file or directory".
        raise DataFileError([Problem(source, "", translate("DataFiles", "the file could not be read ({reason}).")
                                     .format(reason=exc.strerror or exc),
                                     translate("DataFiles", "check that it exists and that you may read it."))]) \
            from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataFileError([Problem(source, "", _too_large(),
                                     translate("DataFiles", "check that this is the right file."))])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataFileError([Problem(source, "", translate("DataFiles", "some of its characters can't be read."),
                                     translate("DataFiles", "save it again in your editor as Unicode text."),
                                     line)]) from None


def _too_large() -> str:
    return translate("DataFiles", "the file is larger than {size} KB.").format(size=MAX_FILE_BYTES // 1024)


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
                self.problem(key, translate("DataFiles", "this field is missing."),
                             translate("DataFiles", "add a line '{key} = …'.").format(key=key))
            return False, None
        return True, self.data[key]

    def text(self, key: str, *, required: bool = True, default: str = "", max_len: int = 4000,
             allow_empty: bool = False) -> str:
        found, value = self._get(key, required)
        if not found:
            return default
        if not isinstance(value, str):
            # Messages about a field follow its name, as in 'title: is empty.'; {value} is described by describe().
            self.problem(key, translate("DataFiles", "should be text in quotes, not {value}.").format(
                value=describe(value)), translate("DataFiles", 'write {key} = "…".').format(key=key))
            return default
        value = value.strip()
        if not value and not allow_empty:
            self.problem(key, translate("DataFiles", "is empty."),
                         translate("DataFiles", "write some text here, or remove the line if it is optional."))
            return default
        if len(value) > max_len:
            self.problem(key, translate("DataFiles", "is {length} characters long; the most is {most}.").format(
                length=len(value), most=max_len), translate("DataFiles", "shorten it."))
            return default
        return value

    def number(self, key: str, *, required: bool = True, default: float = 0.0, minimum: float | None = None,
               maximum: float | None = None, whole: bool = False, unit: str = "") -> float:
        found, value = self._get(key, required)
        if not found:
            return default
        ok_type = isinstance(value, int) if whole else isinstance(value, int | float)
        if isinstance(value, bool) or not ok_type:
            if whole:
                message = translate("DataFiles", "should be a whole number, not {value}.")
            else:
                message = translate("DataFiles", "should be a number, not {value}.")
            self.problem(key, message.format(value=describe(value)),
                         translate("DataFiles", "write {key} = 4 (no quotes).").format(key=key))
            return default
        if value != value or value in (float("inf"), float("-inf")):
            self.problem(key, translate("DataFiles", "is not a usable number."),
                         translate("DataFiles", "write an ordinary number."))
            return default
        shown_unit = translate("DataFiles", unit) if unit else ""  # one of UNITS
        if minimum is not None and value < minimum:
            if unit:
                #: {unit} is a unit such as "seconds".
                message = translate("DataFiles", "is {value} {unit}; it must be at least {limit} {unit}.")
            else:
                message = translate("DataFiles", "is {value}; it must be at least {limit}.")
            self.problem(key, message.format(value=value, unit=shown_unit, limit=fmt(minimum)),
                         translate("DataFiles", "use a value of {limit} or more.").format(limit=fmt(minimum)))
            return default
        if maximum is not None and value > maximum:
            if unit:
                #: {unit} is a unit such as "seconds".
                message = translate("DataFiles", "is {value} {unit}; it must be at most {limit} {unit}.")
            else:
                message = translate("DataFiles", "is {value}; it must be at most {limit}.")
            self.problem(key, message.format(value=value, unit=shown_unit, limit=fmt(maximum)),
                         translate("DataFiles", "use a value of {limit} or less.").format(limit=fmt(maximum)))
            return default
        number: float = value  # an int or a float, checked above
        return number

    def boolean(self, key: str, *, required: bool = False, default: bool = False) -> bool:
        found, value = self._get(key, required)
        if not found:
            return default
        if not isinstance(value, bool):
            self.problem(key, translate("DataFiles", "should be true or false, not {value}.").format(
                value=describe(value)), translate("DataFiles", "write {key} = true.").format(key=key))
            return default
        return value

    def choice(self, key: str, choices: Iterable[str], *, required: bool = True, default: str = "") -> str:
        options = list(choices)
        value = self.text(key, required=required, default=default)
        if value and value not in options:
            self.problem(key, _unknown_value(value), _use_one_of(options))
            return default
        return value

    def text_list(self, key: str, *, required: bool = False, choices: Iterable[str] | None = None,
                  max_items: int = 50, max_len: int = 80) -> list[str]:
        found, value = self._get(key, required)
        if not found:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, translate("DataFiles", "should be a list of text, not {value}.").format(
                value=describe(value)), translate("DataFiles", 'write {key} = ["a", "b"].').format(key=key))
            return []
        if len(value) > max_items:
            self.problem(key, translate("DataFiles", "has {count} items; the most is {most}.").format(
                count=len(value), most=max_items), translate("DataFiles", "remove some."))
            return []
        options = list(choices) if choices is not None else None
        out: list[str] = []
        for item in value:
            item = item.strip()
            if not item or len(item) > max_len:
                self.problem(key, translate("DataFiles", '"{item}" is empty or longer than {most} characters.').format(
                    item=item[:40], most=max_len), translate("DataFiles", "shorten it."))
            elif options is not None and item not in options:
                #: {values} lists the values a field may take, such as "calm, kindness, focus".
                self.problem(key, _unknown_value(item), translate("DataFiles", "use: {values}.").format(
                    values=", ".join(options)))
            else:
                out.append(item)
        return out

    def table(self, key: str, *, required: bool = True) -> Fields | None:
        found, value = self._get(key, required)
        if not found:
            return None
        if not isinstance(value, dict):
            message = translate("DataFiles", "should be a table, not {value}.").format(value=describe(value))
            #: {example} is how a table is written in the file, such as "pattern = { … }".
            fix = translate("DataFiles", "write it as {example}.").format(example=f"{key} = {{ … }}")
            self.problem(key, message, fix)
            return None
        return self.child(value, self.path(key))

    def tables(self, key: str, *, required: bool = True, max_items: int = 500) -> list[Fields]:
        found, value = self._get(key, required)
        if not found:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(key, translate("DataFiles", "should be a list of [[{key}]] tables, not {value}.").format(
                key=key, value=describe(value)),
                translate("DataFiles", "start each one with a line [[{key}]].").format(key=key))
            return []
        if not value and required:
            self.problem(key, translate("DataFiles", "has no entries."),
                         translate("DataFiles", "add at least one [[{key}]] table.").format(key=key))
        if len(value) > max_items:
            self.problem(key, translate("DataFiles", "has {count} entries; the most is {most}.").format(
                count=len(value), most=max_items), translate("DataFiles", "split it up."))
            return []
        return [self.child(v, f"{self.path(key)}[{i}]") for i, v in enumerate(value)]

    def finish(self) -> None:
        """Report any key that no reader asked for: unknown keys are errors, usually typos."""
        for key in self.data:
            if key not in self._used:
                self.problem(str(key), translate("DataFiles", "is not a field this file may have."),
                             translate("DataFiles", "check the spelling against the format guide, or remove it."))

    def keys(self) -> Iterator[str]:
        return iter(self.data)


def _unknown_value(value: str) -> str:
    return translate("DataFiles", '"{value}" is not one of the known values.').format(value=value)


def _use_one_of(options: Iterable[str]) -> str:
    #: {values} lists the values a field may take, such as "calm, kindness, focus".
    return translate("DataFiles", "use one of: {values}.").format(values=", ".join(options))


def describe(value: Any) -> str:
    """What a value is, for messages such as 'should be text in quotes, not the number 4.'"""
    if isinstance(value, bool):
        return translate("DataFiles", "true/false")
    if isinstance(value, int | float):
        return translate("DataFiles", "the number {value}").format(value=value)
    if isinstance(value, str):
        return translate("DataFiles", 'the text "{text}"').format(text=value[:30])
    if isinstance(value, list):
        return translate("DataFiles", "a list")
    if isinstance(value, dict):
        return translate("DataFiles", "a table")
    return type(value).__name__


def fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
