"""Crash-test worker: saves journal entries in a loop and prints "ACK <id> <sha256>" after each commit.

Started once by tests/test_storage_crash.py as a fork server: it imports the storage stack (SQLAlchemy and all),
prints READY, and for every "RUN <seed>" line on stdin forks a child that opens the database and saves entries
until it is killed with SIGKILL. The parent reports "PID <pid>" and, once the child is dead, "EXIT <pid>".
Forking after the imports keeps each of the hundreds of runs to a few milliseconds of start-up.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from selfcompass.core.journal import new_entry
from selfcompass.paths import AppPaths
from selfcompass.storage.database import open_database

WORDS = ("kind", "ward", "rota", "tired", "breathe", "enough", "colleague", "shift", "Ça", "naïve", "🌿",
         "—", "“quoted”", "line\n", "\t", "résumé", "handover", "meeting", "pause", "notice")


def body_for(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))


def child(paths: AppPaths, seed: int, key: bytes | None) -> None:
    rng = random.Random(seed)
    db = open_database(paths, key=key, check=False)
    out = sys.stdout
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=seed)
    for n in range(100_000):
        body = body_for(rng)
        entry_id = db.journal.add(new_entry(body, now=start + timedelta(milliseconds=n), title=f"run {seed}",
                                            tags=[rng.choice(WORDS).strip()], mood=rng.randint(1, 5)))
        out.write(f"ACK {entry_id} {hashlib.sha256(body.encode('utf-8')).hexdigest()}\n")
        out.flush()
    os._exit(0)


def main() -> None:
    root = Path(sys.argv[1])
    key = bytes.fromhex(sys.argv[2]) if len(sys.argv) > 2 else None  # a protected (SQLCipher) journal
    paths = AppPaths(root, root, root / "cache", root / "logs")
    open_database(paths, key=key).close()  # create and migrate once, before any crash
    print("READY", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command != "RUN":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(paths, int(arg), key)
            finally:
                os._exit(1)
        print(f"PID {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"EXIT {pid} {status}", flush=True)


if __name__ == "__main__":
    main()
