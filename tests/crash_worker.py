"""Crash-test worker: does one kind of saving in a loop and prints an ACK line after each thing it has finished.

Started once per run by tests/storage/test_storage_crash.py or tools/crash_test.py as a fork server: it imports the
storage stack (SQLAlchemy and all), prints READY, and for every "RUN <seed> [<mode> [<delay>]]" line on stdin forks
a child that saves until it is killed with SIGKILL. The parent reports "PID <pid>" and, once the child is dead,
"EXIT <pid> <status>". Forking after the imports keeps each of the hundreds of runs to a few milliseconds.

Modes (what each ACK promises is on disk):
  save      entries, one commit each                    ACK <id> <sha256 of the body>
  autosave  the editor's draft, saved again and again   ACK D <slot> <version> <sha256>
  lock      a draft saved, then the database closed     ACK D <slot> <version> <sha256>   (what locking does)
  backup    entries, and a backup every third           ACK <id> <sha>, ACK B <file name>
  export    entries, and a whole export every third     ACK <id> <sha>, ACK X <count>
  protect   protection turned on for the journal in <root>/<seed> (a copy made by the caller), killed by a
            timer in the child after <delay> microseconds; ACK P once the step has returned
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from selfcompass.core.journal import Draft, new_entry
from selfcompass.paths import AppPaths
from selfcompass.storage import protection
from selfcompass.storage.backups import prune
from selfcompass.storage.crypto import KdfParams
from selfcompass.storage.database import open_database

WORDS = ("kind", "ward", "rota", "tired", "breathe", "enough", "colleague", "shift", "Ça", "naïve", "🌿",
         "—", "“quoted”", "line\n", "\t", "résumé", "handover", "meeting", "pause", "notice")
PASSPHRASE = "crash test passphrase"
FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def body_for(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def paths_at(root: Path) -> AppPaths:
    return AppPaths(root, root, root / "cache", root / "logs")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child(paths: AppPaths, seed: int, key: bytes | None, mode: str = "save", delay_us: int = 0) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=seed)
    if mode == "protect":
        folder = paths_at(paths.data / str(seed))

        def kill() -> None:
            time.sleep(delay_us / 1_000_000)
            os.kill(os.getpid(), 9)

        threading.Thread(target=kill, daemon=True).start()
        protection.turn_on(folder, PASSPHRASE, FAST_KDF)
        say("ACK P")
        time.sleep(60)  # wait for the timer: a run always ends in SIGKILL
        os._exit(0)
    slot = f"s{seed}"
    db = open_database(paths, key=key, check=False)
    for n in range(100_000):
        body = body_for(rng)
        when = start + timedelta(milliseconds=n)
        if mode in ("autosave", "lock"):
            text = f"v{n} {body}"
            db.journal.save_draft(Draft(slot, text, when, title=f"run {seed}", mood=rng.randint(1, 5)))
            say(f"ACK D {slot} {n} {sha(text)}")
            if mode == "lock":  # what locking does once the draft is saved: the database is closed
                db.close()
                db = open_database(paths, key=key, check=False)
            continue
        entry_id = db.journal.add(new_entry(body, now=when, title=f"run {seed}", tags=[rng.choice(WORDS).strip()],
                                            mood=rng.randint(1, 5)))
        say(f"ACK {entry_id} {sha(body)}")
        if mode == "backup" and n % 3 == 2:
            taken = db.backup_now("daily", f"s{seed}n{n}", when)
            prune(paths.backups, "daily", 3)
            say(f"ACK B {taken.name}")
        elif mode == "export" and n % 3 == 2:
            count = db.journal.export_json(paths.data / "exports" / "journal.json", now=when)
            say(f"ACK X {count}")
    os._exit(0)


def main() -> None:
    root = Path(sys.argv[1])
    key = bytes.fromhex(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "-" else None  # a protected journal
    paths = paths_at(root)
    if not (len(sys.argv) > 3 and sys.argv[3] == "no-create"):
        open_database(paths, key=key).close()  # create and migrate once, before any crash
    print("READY", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command != "RUN":
            break
        seed, mode, delay = int(args[0]), args[1] if len(args) > 1 else "save", int(args[2]) if len(args) > 2 else 0
        pid = os.fork()
        if pid == 0:
            try:
                child(paths, seed, key, mode, delay)
            finally:
                os._exit(1)
        print(f"PID {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"EXIT {pid} {status}", flush=True)


if __name__ == "__main__":
    main()
