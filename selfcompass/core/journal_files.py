"""The files a journal leaves the app in, and comes back from: Markdown to read anywhere, and the JSON export
("Move my journal to another computer") with its strict, all-or-nothing parser and its streaming reader for large
files. The entries themselves are :mod:`selfcompass.core.journal`."""

from __future__ import annotations

import json
import re
import uuid as _uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, NoReturn, TextIO

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.journal import (
    MAX_BODY,
    MAX_PROMPT,
    MAX_TAG,
    MAX_TAGS,
    MAX_TITLE,
    JournalEntry,
    Progress,
    SessionLink,
    normalise_tags,
)
from selfcompass.errors import KnownError

EXPORT_FORMAT = "selfcompass-journal"
EXPORT_VERSION = 1
MAX_ENTRIES = 1_000_000
MAX_IMPORT_BYTES = 512 * 1024 * 1024
#: What to choose when a file is not a journal moved from SelfCompass (translated at use, "JournalImport").
MOVED_FIX = QT_TRANSLATE_NOOP("JournalImport", "Choose a file saved with “Move my journal to another computer”.")


class JournalImportError(KnownError):
    """An import file was refused: it says which file, which entry, which field, and what to do."""

    def __init__(self, message: str, *, fix: str = "", source: str = "", index: int | None = None,
                 field_name: str | None = None) -> None:
        where = source
        if index is not None:
            #: Where a problem is in a journal export: {where} is the file's name, {entry} counts from 1.
            where = translate("JournalImport", "{where}, entry {entry}").format(where=where, entry=index + 1)
        if field_name:
            #: Where a problem is in a journal export: {where} is the file (and entry), {field} a field's name.
            where = translate("JournalImport", "{where}, field “{field}”").format(where=where, field=field_name)
        if where:
            #: A problem in a journal export: the messages follow a field's name, as in 'field “mood”: is missing'.
            message = translate("JournalImport", "{where}: {message}").format(where=where, message=message)
        super().__init__(message, fix=fix)
        self.source = source
        self.index = index
        self.field_name = field_name


# --- Markdown -------------------------------------------------------------------------------------------

def _date_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def entry_to_markdown(entry: JournalEntry, *, heading_level: int = 1) -> str:
    hashes = "#" * heading_level
    title = entry.title or _date_text(entry.created_at)
    lines = [f"{hashes} {title}", ""]
    # Exported for the person to read: the words are theirs to translate, the Markdown marks are not.
    #: In an exported entry: {when} is a date and time such as "2026-01-05 09:00 UTC".
    meta = ["*" + translate("Journal", "Written {when}").format(when=_date_text(entry.created_at)) + "*"]
    if entry.updated_at != entry.created_at:
        #: In an exported entry, after "Written …": {when} is a date and time such as "2026-01-05 09:00 UTC".
        meta.append("*" + translate("Journal", "edited {when}").format(when=_date_text(entry.updated_at)) + "*")
    if entry.mood is not None:
        #: In an exported entry: how the person felt, from 1 to 5.
        meta.append(translate("Journal", "mood {mood}/5").format(mood=entry.mood))
    if entry.tags:
        #: In an exported entry: {tags} lists the entry's tags, separated by commas.
        meta.append(translate("Journal", "tags: {tags}").format(tags=", ".join(entry.tags)))
    lines += [" · ".join(meta), ""]
    if entry.prompt:
        lines += [f"> {line}" for line in entry.prompt.splitlines() or [""]] + [""]
    lines += [entry.body.rstrip("\n"), ""]
    return "\n".join(lines)


def markdown_filename(entry: JournalEntry) -> str:
    stamp = entry.created_at.astimezone(UTC).strftime("%Y-%m-%d-%H%M%S")
    slug = re.sub(r"[^a-z0-9]+", "-", entry.title.casefold()).strip("-")[:40]
    return f"{stamp}-{slug or 'entry'}-{entry.uuid[:8]}.md"


def journal_to_markdown(entries: Sequence[JournalEntry]) -> str:
    parts = ["# " + translate("Journal", "My SelfCompass journal"), ""]
    parts += [entry_to_markdown(e, heading_level=2) for e in entries]
    return "\n".join(parts)


# --- JSON -----------------------------------------------------------------------------------------------

def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def entry_to_json(entry: JournalEntry) -> dict[str, Any]:
    return {
        "uuid": entry.uuid,
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "mood": entry.mood,
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
        "prompt": entry.prompt,
        "step_index": entry.step_index,
        "session": None if entry.session is None else {
            "practice_id": entry.session.practice_id, "started_at": _iso(entry.session.started_at)},
    }


def export_header(now: datetime, count: int) -> dict[str, Any]:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": _iso(now), "count": count}


def journal_to_json(entries: Sequence[JournalEntry], now: datetime) -> str:
    doc = {**export_header(now, len(entries)), "entries": [entry_to_json(e) for e in entries]}
    return json.dumps(doc, ensure_ascii=False, indent=1)


ENTRY_KEYS = frozenset({"uuid", "title", "body", "tags", "mood", "created_at", "updated_at", "prompt",
                        "step_index", "session"})
TOP_KEYS = frozenset({"format", "version", "exported_at", "count", "entries"})


def _reject_constant(name: str) -> Any:
    #: {name} is NaN, Infinity or -Infinity.
    raise ValueError(translate("JournalImport", "{name} is not allowed in a journal export").format(name=name))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(translate("JournalImport", "the key “{key}” appears twice").format(key=key))
        out[key] = value
    return out


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str, index: int | None = None, name: str | None = None,
             fix: str | None = None) -> NoReturn:
        if fix is None:
            fix = translate("JournalImport", "Export the journal again from SelfCompass, or correct the file by hand.")
        raise JournalImportError(message, fix=fix, source=self.source, index=index, field_name=name)

    def is_an_export(self, top: dict[str, Any]) -> None:
        """The top of the file: this app's export format, and no field it does not know."""
        if top.get("format") != EXPORT_FORMAT:
            self.fail(translate("JournalImport", "is not a SelfCompass journal export (its “format” is missing or "
                                "different)"), fix=translate("JournalImport", MOVED_FIX))
        unknown = sorted(set(top) - TOP_KEYS)
        if unknown:
            #: {fields} lists field names, separated by commas.
            self.fail(translate("JournalImport", "has unknown field(s) at the top: {fields}").format(
                fields=", ".join(unknown[:5])), name=unknown[0])

    def version(self, version: object) -> None:
        """The export format's version: a whole number this version of the app can read."""
        if not isinstance(version, int) or isinstance(version, bool):
            self.fail(translate("JournalImport", "should be a whole number"), name="version")
        if version > EXPORT_VERSION:
            self.fail(translate("JournalImport", "comes from a newer SelfCompass (format version {version})").format(
                version=version), name="version",
                fix=translate("JournalImport", "Update SelfCompass, then import again."))

    def text(self, obj: dict[str, Any], name: str, index: int, limit: int, *, required: bool = True) -> str:
        if name not in obj:
            if required:
                self.fail(translate("JournalImport", "is missing"), index, name)
            return ""
        value = obj[name]
        if not isinstance(value, str):
            #: {kind} is a JSON type in Python's words, such as "int" or "list".
            self.fail(translate("JournalImport", "should be text, not {kind}").format(kind=type(value).__name__),
                      index, name)
        if len(value) > limit:
            self.fail(translate("JournalImport", "is too long ({length} characters; the most is {most})").format(
                length=f"{len(value):,}", most=f"{limit:,}"), index, name)
        if "\x00" in value:
            self.fail(translate("JournalImport", "contains a NUL character"), index, name)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(translate("JournalImport", "contains characters that are not valid Unicode"), index, name)
        return value

    def when(self, value: Any, index: int, name: str) -> datetime:
        if not isinstance(value, str) or len(value) > 40:
            self.fail(translate("JournalImport", "should be a date and time like 2026-01-05T09:00:00Z"), index, name)
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.fail(translate("JournalImport", "“{value}” is not a date and time like 2026-01-05T09:00:00Z").format(
                value=value), index, name)
        if parsed.tzinfo is None:
            self.fail(translate("JournalImport", "needs a time zone (end it with Z for UTC)"), index, name)
        if not 1970 <= parsed.year <= 9998:
            self.fail(translate("JournalImport", "is outside the years 1970 to 9998"), index, name)
        return parsed.astimezone(UTC)

    def entry(self, raw: Any, index: int) -> JournalEntry:
        if not isinstance(raw, dict):
            self.fail(translate("JournalImport", "should be one journal entry (its words, when it was written and "
                                "so on)"), index)
        unknown = sorted(set(raw) - ENTRY_KEYS)
        if unknown:
            #: {fields} lists field names, separated by commas.
            self.fail(translate("JournalImport", "has unknown field(s): {fields}").format(
                fields=", ".join(unknown[:5])), index, unknown[0])
        uid = self.text(raw, "uuid", index, 64)
        try:
            uid = str(_uuid.UUID(uid))
        except ValueError:
            self.fail(translate("JournalImport", "“{value}” is not a UUID").format(value=uid), index, "uuid")
        body = self.text(raw, "body", index, MAX_BODY)
        title = self.text(raw, "title", index, MAX_TITLE, required=False)
        prompt = self.text(raw, "prompt", index, MAX_PROMPT, required=False)
        tags_raw = raw.get("tags", [])
        if not isinstance(tags_raw, list) or len(tags_raw) > MAX_TAGS:
            self.fail(translate("JournalImport", "should be a list of at most {most} tags").format(most=MAX_TAGS),
                      index, "tags")
        for tag in tags_raw:
            if not isinstance(tag, str) or len(tag) > MAX_TAG or "\x00" in tag:
                self.fail(translate("JournalImport", "each tag should be text of at most {most} characters").format(
                    most=MAX_TAG), index, "tags")
            try:
                tag.encode("utf-8")
            except UnicodeEncodeError:
                self.fail(translate("JournalImport", "contains characters that are not valid Unicode"), index, "tags")
        mood = raw.get("mood")
        if mood is not None and (isinstance(mood, bool) or not isinstance(mood, int) or not 1 <= mood <= 5):
            self.fail(translate("JournalImport", "should be a whole number from 1 to 5, or null"), index, "mood")
        step = raw.get("step_index")
        if step is not None and (isinstance(step, bool) or not isinstance(step, int) or not 0 <= step < 10_000):
            self.fail(translate("JournalImport", "should be a step number from 0, or null"), index, "step_index")
        if "created_at" not in raw:
            self.fail(translate("JournalImport", "is missing"), index, "created_at")
        created = self.when(raw["created_at"], index, "created_at")
        updated = self.when(raw.get("updated_at", raw["created_at"]), index, "updated_at")
        session = None
        link = raw.get("session")
        if link is not None:
            if not isinstance(link, dict) or set(link) != {"practice_id", "started_at"}:
                self.fail(translate("JournalImport", "should name the practice it was written in and when, or be "
                                    "empty"),
                          index, "session")
            pid = self.text(link, "practice_id", index, 200)
            session = SessionLink(pid, self.when(link["started_at"], index, "session"))
        return JournalEntry(body=body, created_at=created, updated_at=updated, title=title,
                            tags=normalise_tags(tags_raw), mood=mood, uuid=uid, session=session,
                            step_index=step, prompt=prompt)


def _too_large() -> str:
    return translate("JournalImport", "is larger than {size} MB").format(size=MAX_IMPORT_BYTES // (1024 * 1024))


def parse_journal_json(data: bytes | str, *, source: str = "the file",
                       progress: Progress | None = None) -> list[JournalEntry]:
    """Parse and check a whole export. Raises ``JournalImportError`` at the first problem; returns nothing
    partial."""
    check = _Checker(source)
    if isinstance(data, bytes):
        if len(data) > MAX_IMPORT_BYTES:
            check.fail(_too_large(), fix=translate("JournalImport", "Split the export."))
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            check.fail(translate("JournalImport", "has characters that can't be read (at byte {byte})").format(
                byte=exc.start),
                       fix=translate("JournalImport", MOVED_FIX))
    elif len(data) > MAX_IMPORT_BYTES:
        check.fail(_too_large(), fix=translate("JournalImport", "Split the export."))
    try:
        doc = json.loads(data, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except RecursionError:
        check.fail(translate("JournalImport", "is nested too deeply to be a journal export"),
                   fix=translate("JournalImport", MOVED_FIX))
    except json.JSONDecodeError as exc:
        #: {detail} is the JSON reader's own English words, such as "Expecting value".
        check.fail(translate("JournalImport", "can't be read (line {line}, column {column}: {detail}); it may be "
                             "cut short or damaged").format(line=exc.lineno, column=exc.colno, detail=exc.msg),
                   fix=translate("JournalImport", "Export the journal again from SelfCompass."))
    except ValueError as exc:
        check.fail(translate("JournalImport", "could not be read: {reason}").format(reason=exc),
                   fix=translate("JournalImport", "Export the journal again from SelfCompass."))
    check.is_an_export(doc if isinstance(doc, dict) else {})
    check.version(doc.get("version"))
    entries = doc.get("entries")
    if not isinstance(entries, list):
        check.fail(translate("JournalImport", "should be a list"), name="entries")
    if len(entries) > MAX_ENTRIES:
        check.fail(translate("JournalImport", "has more than {most} entries").format(most=f"{MAX_ENTRIES:,}"),
                   name="entries", fix=translate("JournalImport", "Split the export."))
    count = doc.get("count")
    if count is not None and count != len(entries):
        check.fail(translate("JournalImport", "says {count} entries but the file holds {held}; it may be cut short")
                   .format(count=repr(count), held=len(entries)), name="count",
                   fix=translate("JournalImport", "Export the journal again from SelfCompass."))
    out: list[JournalEntry] = []
    seen: dict[str, int] = {}
    total = len(entries)
    for index, raw in enumerate(entries):
        entry = check.entry(raw, index)
        if entry.uuid in seen:
            check.fail(translate("JournalImport", "repeats the uuid of entry {entry}").format(
                entry=seen[entry.uuid] + 1), index, "uuid")
        seen[entry.uuid] = index
        out.append(entry)
        if progress and (index % 1000 == 0 or index == total - 1):
            progress(index + 1, total)
    return out


class Unstreamable(Exception):
    """The export's layout is not the one stream_journal_json follows (entries before its format): read whole."""


def stream_journal_json(fh: TextIO, *, source: str = "the file", chunk: int = 1 << 20) -> Iterator[JournalEntry]:
    """The entries of an export, checked as ``parse_journal_json`` checks them, read a piece at a time: memory holds
    one piece and one entry, never the whole file (a 220 MB export took 906 MB read whole). Raises
    ``JournalImportError`` at the first problem, possibly after some entries were given (the caller saves them in
    one transaction and undoes it). An export whose entries come before its format is read whole instead."""
    check = _Checker(source)
    decoder = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    buf, pos, eof = "", 0, False

    def more() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        try:
            piece = fh.read(chunk)
        except UnicodeDecodeError:
            check.fail(translate("JournalImport", "has characters that can't be read"),
                       fix=translate("JournalImport", MOVED_FIX))
        if not piece:
            eof = True
            return False
        buf, pos = buf[pos:] + piece, 0
        return True

    def char() -> str:
        """The next character that is not white space (not consumed); "" at the end."""
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf):
                return buf[pos]
            if not more():
                return ""

    def expect(wanted: str) -> None:
        nonlocal pos
        if char() != wanted:
            check.fail(translate("JournalImport", "can't be read; it may be cut short or damaged"),
                       fix=translate("JournalImport", "Export the journal again from SelfCompass."))
        pos += 1

    def value() -> Any:
        nonlocal pos
        char()
        while True:
            try:
                found, end = decoder.raw_decode(buf, pos)
                if end < len(buf) or eof:  # a number at the end of a piece may go on in the next
                    pos = end
                    return found
            except RecursionError:
                check.fail(translate("JournalImport", "is nested too deeply to be a journal export"),
                           fix=translate("JournalImport", MOVED_FIX))
            except ValueError as exc:
                if eof or not isinstance(exc, json.JSONDecodeError):
                    check.fail(translate("JournalImport", "can't be read ({detail}); it may be cut short or "
                                         "damaged").format(detail=getattr(exc, "msg", exc)),
                               fix=translate("JournalImport", "Export the journal again from SelfCompass."))
            more()  # at the end, more() notes it and the next pass decides

    head: dict[str, Any] = {}
    held = 0
    expect("{")
    while char() != "}":
        key = value()
        if not isinstance(key, str) or key in head:
            check.fail(translate("JournalImport", "can't be read; it may be cut short or damaged"))
        expect(":")
        if key != "entries":
            head[key] = value()
        else:
            head[key] = None
            if head.get("format") != EXPORT_FORMAT or "version" not in head:
                raise Unstreamable
            check.version(head["version"])
            expect("[")
            seen: dict[str, int] = {}
            while char() != "]":
                if held:
                    expect(",")
                entry = check.entry(value(), held)
                if entry.uuid in seen:
                    check.fail(translate("JournalImport", "repeats the uuid of entry {entry}").format(
                        entry=seen[entry.uuid] + 1), held, "uuid")
                seen[entry.uuid] = held
                held += 1
                if held > MAX_ENTRIES:
                    check.fail(translate("JournalImport", "has more than {most} entries").format(
                        most=f"{MAX_ENTRIES:,}"), name="entries", fix=translate("JournalImport", "Split the export."))
                yield entry
            expect("]")
        if char() == ",":
            expect(",")
            if char() == "}":  # a comma with no field after it: JSON has none, and reading whole refuses it too
                check.fail(translate("JournalImport", "can't be read; it may be cut short or damaged"),
                           fix=translate("JournalImport", "Export the journal again from SelfCompass."))
        elif char() != "}":
            expect("}")  # fails: neither another field nor the end
    expect("}")
    if char():
        check.fail(translate("JournalImport", "can't be read (extra data after the end); it may be damaged"))
    check.is_an_export(head if "entries" in head else {})
    count = head.get("count")
    if count is not None and count != held:
        check.fail(translate("JournalImport", "says {count} entries but the file holds {held}; it may be cut short")
                   .format(count=repr(count), held=held), name="count",
                   fix=translate("JournalImport", "Export the journal again from SelfCompass."))
