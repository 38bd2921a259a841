"""Journal: insert, open the list and search at 1,000 / 10,000 / 100,000 entries, plain and protected.

The floor is the app's own SQL run by raw sqlite3 on the app's own (plain) database file: the statements the
journal executes for one list or search are recorded through SQLAlchemy's cursor events and replayed, so a ratio
measures only what SQLAlchemy and the journal's Python add. (The floor before issue 24 was a separate schema
whose search ranked every match, where the app stops ranking above 5,000 matches: it made the app look faster
than SQLite, 0.37x. That figure is printed once beside the new one at 100,000 entries.) Saving has no floor.
Budgets from the journal issue: search p95 at 100,000 under 50 ms, opening the list under 150 ms, unlocking
under 1 s."""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Result, median, p95, timed

from selfcompass.core.journal import JournalEntry, new_entry, to_fts_query
from selfcompass.paths import AppPaths

if TYPE_CHECKING:
    from selfcompass.storage.database import Database

SIZES = (1_000, 10_000, 100_000)
WORDS_PER_ENTRY = 80
PASSPHRASE = "a benchmark passphrase"
SEARCH_BUDGET_MS = 50.0
LIST_BUDGET_MS = 150.0
UNLOCK_BUDGET_S = 1.0
T0 = datetime(2020, 1, 1, tzinfo=UTC)


def vocabulary(rng: random.Random, n: int = 20_000) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "tu", "sha", "vel", "or", "in", "da", "pe", "wyn", "ba", "cor", "el",
                 "fi", "gar", "hu", "is", "jo"]
    seen: set[str] = set()
    out = []
    while len(out) < n:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def make_entries(n: int, seed: int = 7) -> tuple[list[JournalEntry], list[str], list[str]]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]  # Zipf, like real writing
    words = rng.choices(vocab, weights, k=n * WORDS_PER_ENTRY)
    tags = ["work", "home", "team", "sleep", "board", "ward", "family", "rota"]
    entries = [new_entry(" ".join(words[i * WORDS_PER_ENTRY:(i + 1) * WORDS_PER_ENTRY]),
                         now=T0 + timedelta(minutes=30 * i), title=" ".join(words[i * 7:i * 7 + 3]),
                         tags=rng.sample(tags, rng.randint(0, 2)), mood=rng.randint(1, 5))
               for i in range(n)]
    # What people search for: meaningful words (not the most common ones), pairs, and half-typed words.
    mid = [vocab[rng.randint(100, 3000)] for _ in range(20)]
    queries = mid + [f"{vocab[rng.randint(50, 800)]} {vocab[rng.randint(50, 800)]}" for _ in range(5)]
    queries += [vocab[rng.randint(100, 2000)][:4] for _ in range(5)]
    broad = [vocab[0], vocab[1], vocab[2]]
    return entries, queries, broad


# --- the floor before issue 24: raw sqlite3, a schema of its own (kept for the before-and-after figure) ---

RAW_SCHEMA = """
CREATE TABLE e (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, title TEXT, body TEXT, tags TEXT, mood INT,
                created_at TEXT, deleted_at TEXT);
CREATE INDEX e_live ON e (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE VIRTUAL TABLE f USING fts5(title, body, tags, content='e', content_rowid='id');
CREATE TRIGGER e_ai AFTER INSERT ON e BEGIN
  INSERT INTO f(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags); END;
"""


def raw_row(e: JournalEntry) -> tuple[object, ...]:
    return (e.uuid, e.title, e.body, "\n".join(e.tags), e.mood, e.created_at.isoformat())


def raw_open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


RAW_INSERT = "INSERT INTO e (uuid, title, body, tags, mood, created_at) VALUES (?, ?, ?, ?, ?, ?)"
RAW_SEARCH = ("SELECT e.id, highlight(f, 0, '[', ']'), snippet(f, 1, '[', ']', '…', 24) FROM f JOIN e ON e.id = "
              "f.rowid WHERE f MATCH ? AND e.deleted_at IS NULL ORDER BY rank LIMIT 50")


def ms(seconds: float) -> float:
    return seconds * 1000.0


def _raw_floors(root: Path, entries: list[JournalEntry], extra: list[JournalEntry],
                fts_queries: list[str | None]) -> dict[tuple[str, int], float]:
    floors: dict[tuple[str, int], float] = {}
    raw = raw_open(root / "raw.db")
    raw.executescript(RAW_SCHEMA)

    def insert_one(rows: Iterator[tuple[object, ...]]) -> None:
        raw.execute(RAW_INSERT, next(rows))

    def open_list() -> None:
        raw.execute("SELECT count(*) FROM e WHERE deleted_at IS NULL").fetchone()
        raw.execute("SELECT id, title, substr(body, 1, 160) FROM e WHERE deleted_at IS NULL "
                    "ORDER BY created_at DESC, id DESC LIMIT 100").fetchall()

    def search(q: str | None) -> None:
        raw.execute(RAW_SEARCH, (q,)).fetchall()

    loaded = 0
    for size in SIZES:
        raw.execute("BEGIN")
        raw.executemany(RAW_INSERT, [raw_row(e) for e in entries[loaded:size]])
        raw.execute("COMMIT")
        loaded = size
        rows = iter([raw_row(e) for e in extra[:20]])
        floors[("old insert", size)] = p95(timed(partial(insert_one, rows), 20))
        floors[("old list", size)] = median(timed(open_list, 7))
        floors[("old search", size)] = p95([t for q in fts_queries for t in timed(partial(search, q), 3)])
        marks = ",".join("?" * 20)
        raw.execute(f"DELETE FROM e WHERE uuid IN ({marks})", [e.uuid for e in extra[:20]])
    raw.close()
    return floors


def recorded_sql(db: Database, call: Callable[[], object]) -> list[tuple[str, tuple[Any, ...]]]:
    """The statements (with their parameters) the database runs for ``call``, in order."""
    from sqlalchemy import event

    seen: list[tuple[str, tuple[Any, ...]]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        seen.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def app_sql_floors(db: Database, queries: list[str]) -> dict[str, float]:
    """The app's own list and search SQL, replayed by raw sqlite3 on the same (plain) file: seconds."""
    statements = {"list": [recorded_sql(db, lambda: (db.journal.count(), db.journal.page(0, 100)))],
                  "search": [recorded_sql(db, partial(db.journal.search, q)) for q in queries]}
    raw = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, isolation_level=None)
    try:
        def replay(sql: list[tuple[str, tuple[Any, ...]]]) -> None:
            for statement, params in sql:
                if not statement.lstrip().upper().startswith("BEGIN"):  # its COMMIT is a driver call, not SQL
                    raw.execute(statement, params).fetchall()

        return {"list": median([t for sql in statements["list"] for t in timed(partial(replay, sql), 7)]),
                "search": p95([t for sql in statements["search"] for t in timed(partial(replay, sql), 3)])}
    finally:
        raw.close()


def _measure(db: Database, mode: str, size: int, extra: list[JournalEntry], queries: list[str],
             broad: list[str], floors: dict[tuple[str, int], float]) -> list[Result]:
    """Save, list and search figures for one open database of ``size`` entries."""
    label = f"journal {mode} {size:>7,}"
    fresh = (replace(e, uuid=str(uuid.uuid4())) for e in extra)

    def save_one() -> None:
        db.journal.add(next(fresh))

    def open_list() -> None:
        db.journal.count()
        db.journal.page(0, 100)

    if mode == "plain":
        same = app_sql_floors(db, queries)
        floors[("list", size)], floors[("search", size)] = same["list"], same["search"]
    out = [Result(f"{label}: save one entry p95", ms(p95(timed(save_one, 20))), "ms")]
    first = timed(open_list, 1)[0]
    again = median(timed(open_list, 7))
    for name, value in (("open list (first)", first), ("open list (warm)", again)):
        out.append(Result(f"{label}: {name}", ms(value), "ms", floor=ms(floors[("list", size)]),
                          budget=f"< {LIST_BUDGET_MS:.0f} ms", ok=ms(value) < LIST_BUDGET_MS))
    out.append(Result(f"{label}: page at the middle", ms(median(timed(partial(db.journal.page, size // 2, 100),
                                                                       5))), "ms"))
    times = [t for q in queries for t in timed(partial(db.journal.search, q), 3)]
    value = ms(p95(times))
    check = size == SIZES[-1]
    out.append(Result(f"{label}: search p95", value, "ms", floor=ms(floors[("search", size)]),
                      budget=f"< {SEARCH_BUDGET_MS:.0f} ms" if check else "",
                      ok=(value < SEARCH_BUDGET_MS) if check else None))
    if check and mode == "plain":
        out.append(Result(f"{label}: search p95 beside the old floor (other SQL)", value, "ms",
                          floor=ms(floors[("old search", size)])))
    wide = [t for q in broad for t in timed(partial(db.journal.search, q), 3)]
    out.append(Result(f"{label}: search, commonest words p95", ms(p95(wide)), "ms"))
    return out


def run() -> list[Result]:
    from selfcompass.storage import crypto, open_database

    results: list[Result] = []
    entries, queries, broad = make_entries(SIZES[-1])
    extra = make_entries(40, seed=99)[0]
    with tempfile.TemporaryDirectory(prefix="selfcompass-bench-") as tmp:
        root = Path(tmp)
        floors = _raw_floors(root, entries, extra, [to_fts_query(q) for q in queries])
        for mode in ("plain", "protected"):
            folder = root / mode
            paths = AppPaths(folder, folder, folder / "cache", folder / "logs")
            key = crypto.set_up_protection(paths, PASSPHRASE).key if mode == "protected" else None
            db = open_database(paths, key=key)
            loaded = 0
            try:
                for size in SIZES:
                    batch = entries[loaded:size]
                    t0 = time.perf_counter()
                    db.journal.add_many(batch)
                    rate = len(batch) / (time.perf_counter() - t0)
                    loaded = size
                    results.append(Result(f"journal {mode} {size:>7,}: bulk load", rate, "/s"))
                    db.close()
                    t0 = time.perf_counter()
                    db = open_database(paths, key=key)
                    checked = time.perf_counter() - t0
                    db.close()
                    t0 = time.perf_counter()
                    db = open_database(paths, key=key, check=False)
                    opened = time.perf_counter() - t0
                    results.append(Result(f"journal {mode} {size:>7,}: open database with quick_check",
                                          ms(checked), "ms"))
                    results.append(Result(f"journal {mode} {size:>7,}: open database (check on a worker)",
                                          ms(opened), "ms"))
                    results += _measure(db, mode, size, extra, queries, broad, floors)
                if mode == "protected":
                    db.close()
                    t0 = time.perf_counter()
                    db = open_database(paths, key=crypto.unlock(paths, PASSPHRASE), check=False)
                    db.journal.count()
                    db.journal.page(0, 100)
                    unlock = time.perf_counter() - t0
                    results.append(Result(f"journal protected {SIZES[-1]:>7,}: unlock to first page", unlock, "s",
                                          budget=f"< {UNLOCK_BUDGET_S:.0f} s", ok=unlock < UNLOCK_BUDGET_S))
            finally:
                db.close()
    return results


if __name__ == "__main__":
    for result in run():
        print(result.line(), flush=True)
