"""The crash test, at scale (`make crash-test`): SIGKILL the saving process at random moments across save,
autosave, lock, backup, export and protect, then prove no acknowledged word was lost.

Each mode has its own data folder and a fork server (tests/crash_worker.py) that forks a child per run; the child
prints an ACK line once each thing is on disk, and is killed after a random number of them (often none: in the
middle of opening). Protect runs each turn protection on for a fresh copy of a plain journal and are killed by a
timer at a random moment of the step. Afterwards:

- every acknowledged entry is there word for word (sha256), every acknowledged draft is there or a later one, the
  database passes integrity_check, its counter and search index agree with the table;
- backups: each one left opens and passes quick_check, and no part file is left once the database has opened;
- exports: the export file, whenever it exists, is whole and reads back; no hidden part file is left in the
  export folder once the next export has run;
- protect: the journal opens (unlocked with the passphrase if the step got that far) with every entry; a recovery
  code never shown is marked so the next unlock shows a new one; and after that unlock no file anywhere in the data
  folder holds the journal's text in plain (UTF-8 or UTF-16).

    python -m tools.crash_test                # the full run: 1,050 kills
    python -m tools.crash_test --scale 0.1    # a tenth of each
Prints a table and exits 1 if anything acknowledged was lost.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "tests" / "crash_worker.py"
FULL = {"save": 250, "autosave": 150, "lock": 150, "backup": 150, "export": 150, "protect": 200}
SENTINEL = "Okapi-Sentinel-4471"
PASSPHRASE = "crash test passphrase"  # as in tests/crash_worker.py


@dataclass
class Result:
    mode: str
    kills: int = 0
    acked: int = 0
    lost: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


class ForkServer:
    """tests/crash_worker.py, started once for a data folder."""

    def __init__(self, root: Path, key: bytes | None = None, create: bool = True) -> None:
        args = [sys.executable, str(WORKER), str(root), key.hex() if key else "-"] + ([] if create else ["no-create"])
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     encoding="utf-8", bufsize=1, cwd=ROOT)
        if self._line() != "READY":
            raise RuntimeError("the crash worker did not start")

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the crash worker stopped")
        return line.strip()

    def run(self, seed: int, mode: str, acks_before_kill: int, delay_us: int = 0) -> tuple[list[list[str]], bool]:
        """One child: killed after ``acks_before_kill`` ACK lines (protect: by its own timer). Returns the ACK
        lines and whether SIGKILL ended it."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"RUN {seed} {mode} {delay_us}\n")
        self.proc.stdin.flush()
        acks: list[list[str]] = []
        pid = None
        while mode != "protect" and (pid is None or len(acks) < acks_before_kill):
            kind, *rest = self._line().split()
            if kind == "PID":
                pid = int(rest[0])
            elif kind == "ACK":
                acks.append(rest)
            elif kind == "EXIT":
                raise RuntimeError(f"a {mode} child ended by itself")
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
        while True:
            kind, *rest = self._line().split()
            if kind == "ACK":
                acks.append(rest)
            elif kind == "EXIT":
                status = int(rest[1])
                return acks, os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.proc.stdout.close()


def _paths(root: Path):  # type: ignore[no-untyped-def]
    from selfcompass.paths import AppPaths

    return AppPaths(root, root, root / "cache", root / "logs")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_saving(mode: str, kills: int, root: Path, rng: random.Random) -> Result:
    """save, autosave, lock, backup or export: ``kills`` children in one data folder, then one check."""
    from selfcompass.core.journal_files import parse_journal_json
    from selfcompass.storage.backups import list_backups
    from selfcompass.storage.database import open_database
    from selfcompass.storage.engine import connect

    result = Result(mode)
    started = time.perf_counter()
    root.mkdir(parents=True)
    (root / "exports").mkdir()  # the folder the person chose for exports
    entries: dict[int, str] = {}
    drafts: dict[str, tuple[int, str]] = {}
    backups_taken = exports = 0
    server = ForkServer(root)
    try:
        for run in range(kills):
            acks, killed = server.run(run, mode, rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 13]))
            result.kills += killed
            result.acked += len(acks)
            for ack in acks:
                if ack[0] == "D":
                    drafts[ack[1]] = (int(ack[2]), ack[3])
                elif ack[0] == "B":
                    backups_taken += 1
                elif ack[0] == "X":
                    exports += 1
                else:
                    entries[int(ack[0])] = ack[1]
    finally:
        server.close()
    paths = _paths(root)
    export_folder = root / "exports"
    parts_before = len(list(export_folder.glob(".*.part"))) if export_folder.is_dir() else 0
    with open_database(paths) as db:  # what the app does next: open (part files are cleared here)
        if not db.integrity_check(full=True):
            result.lost.append("integrity_check failed")
        for entry_id, digest in entries.items():
            entry = db.journal.get(entry_id)
            if entry is None or _sha(entry.body) != digest:
                result.lost.append(f"entry {entry_id}")
        for slot, (version, digest) in drafts.items():
            draft = db.journal.load_draft(slot)
            kept = int(draft.body.split(" ", 1)[0][1:]) if draft else -1
            if kept < version or (kept == version and draft is not None and _sha(draft.body) != digest):
                result.lost.append(f"draft {slot} v{version} (found v{kept})")
        if db.journal.count() != len(db.journal.page(0, 10_000_000)):
            result.lost.append("the live counter disagrees with the table")
        conn = db.raw_connection()
        try:
            conn.execute("INSERT INTO journal_fts(journal_fts, rank) VALUES('integrity-check', 1)")
        except Exception:
            result.lost.append("the search index disagrees with the table")
        finally:
            conn.close()
        if mode == "backup":
            left = list_backups(paths.backups)
            parts = list(paths.backups.glob("*.part"))
            if parts:
                result.lost.append(f"{len(parts)} part file(s) left in backups/")
            for backup in left:
                conn = connect(backup.path, None)
                try:
                    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                        result.lost.append(f"backup {backup.path.name} is damaged")
                finally:
                    conn.close()
            if backups_taken and not left:
                result.lost.append("no backup left")
            result.notes.append(f"{backups_taken} backups acknowledged, {len(left)} kept (3 at most)")
        if mode == "export":
            target = export_folder / "journal.json"
            if target.exists():
                try:
                    parse_journal_json(target.read_bytes(), source=target.name)
                except Exception as exc:
                    result.lost.append(f"the export is not whole ({exc})")
            db.journal.export_json(target)  # the next export clears what a killed one left
            parts_after = len(list(export_folder.glob(".*.part")))
            if parts_after:
                result.lost.append(f"{parts_after} hidden part file(s) left in the export folder")
            result.notes.append(f"{exports} exports acknowledged; {parts_before} part file(s) left by kills, "
                                f"{parts_after} after the next export")
    result.notes.insert(0, f"{len(entries)} entries, {len(drafts)} draft slots checked")
    result.seconds = time.perf_counter() - started
    return result


def _plain_journal(folder: Path) -> list[str]:
    """A plain journal with entries, a draft and a backup, each holding the sentinel; returns the bodies."""
    from selfcompass.core.journal import Draft, new_entry
    from selfcompass.storage.database import open_database

    bodies = [f"{SENTINEL} entry {i} " + "steady words " * (20 + 13 * i) for i in range(40)]
    t0 = datetime(2026, 4, 1, 9, tzinfo=UTC)
    with open_database(_paths(folder)) as db:
        db.journal.add_many([new_entry(b, now=t0 + timedelta(minutes=i), title=f"{SENTINEL} {i}")
                             for i, b in enumerate(bodies)])
        db.journal.save_draft(Draft("editor", f"{SENTINEL} in the editor", t0))
        db.backup_now("daily", "20260401", t0)
    return bodies


def run_protect(kills: int, root: Path, rng: random.Random) -> Result:
    """Each run: a fresh copy of a plain journal, protection turned on, SIGKILL at a random moment of the step."""
    from selfcompass.storage import protection
    from selfcompass.storage.crypto import forget_unfinished_protection, recovery_code_unseen
    from selfcompass.storage.database import open_database
    from selfcompass.storage.status import is_protected, keyfile_path, unfinished_protection

    sys.path.insert(0, str(ROOT / "tests"))
    from crash_worker import FAST_KDF

    result = Result("protect")
    started = time.perf_counter()
    template = root / "template"
    template.mkdir(parents=True)
    bodies = _plain_journal(template)
    wanted = {_sha(b) for b in bodies}
    trial = root / "trial"
    shutil.copytree(template, trial)
    t = time.perf_counter()
    protection.turn_on(_paths(trial), PASSPHRASE, FAST_KDF)
    step_us = int((time.perf_counter() - t) * 1_000_000)
    shutil.rmtree(trial)
    runs = root / "runs"
    runs.mkdir()
    server = ForkServer(runs, create=False)
    finished = protected_after = told_unprotected = 0
    needles = [SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le")]
    try:
        for run in range(kills):
            folder = runs / str(run)
            shutil.copytree(template, folder)
            acks, killed = server.run(run, "protect", 0, rng.randint(0, int(step_us * 1.2)))
            result.kills += killed
            finished += bool(acks)
            paths = _paths(folder)
            key = None
            if is_protected(paths):
                protected_after += 1
                key = protection.unlock(paths, PASSPHRASE)  # the next unlock: plain backups are encrypted now
                if not acks and not recovery_code_unseen(paths):
                    result.lost.append(f"run {run}: no new recovery code would be shown")
            elif keyfile_path(paths.database).exists():  # stopped before the swap: the person must be told
                if not unfinished_protection(paths):
                    result.lost.append(f"run {run}: plain journal beside a key file, and nothing would say so")
                told_unprotected += 1
                forget_unfinished_protection(paths)  # what the app does once it has said so
                if keyfile_path(paths.database).exists():
                    result.lost.append(f"run {run}: the unused key file stayed after the person was told")
            with open_database(paths, key=key) as db:
                found = {_sha(e.body) for e in db.journal.iter_entries()}
                draft = db.journal.load_draft("editor")
            if found != wanted or draft is None or SENTINEL not in draft.body:
                result.lost.append(f"run {run}: {len(wanted - found)} entries or the draft missing")
            if key is not None:
                for file in folder.rglob("*"):
                    if file.is_file() and any(n in file.read_bytes() for n in needles):
                        result.lost.append(f"run {run}: plain text in {file.relative_to(folder)}")
            shutil.rmtree(folder)
    finally:
        server.close()
    result.acked = len(bodies) * kills
    result.notes.append(f"the step takes {step_us / 1000:.0f} ms; {result.kills - finished} killed during it, "
                        f"{finished} just after; protected afterwards in {protected_after}; "
                        f"told 'not protected yet' in {told_unprotected}")
    result.seconds = time.perf_counter() - started
    return result


def run_all(counts: dict[str, int], root: Path, seed: int = 20261206) -> list[Result]:
    rng = random.Random(seed)
    results = []
    for mode, kills in counts.items():
        if kills <= 0:
            continue
        if mode == "protect":
            results.append(run_protect(kills, root / mode, rng))
        else:
            results.append(run_saving(mode, kills, root / mode, rng))
    return results


def report(results: list[Result]) -> str:
    lines = [f"{'mode':<9} {'kills':>6} {'acknowledged':>13} {'lost':>5} {'seconds':>8}  notes"]
    for r in results:
        lines.append(f"{r.mode:<9} {r.kills:>6,} {r.acked:>13,} {len(r.lost):>5} {r.seconds:>8.1f}  "
                     + "; ".join(r.notes))
        lines.extend(f"          LOST: {what}" for what in r.lost[:20])
    total = sum(r.kills for r in results)
    lost = sum(len(r.lost) for r in results)
    lines.append(f"{'all':<9} {total:>6,} {sum(r.acked for r in results):>13,} {lost:>5} "
                 f"{sum(r.seconds for r in results):>8.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="a fraction (or multiple) of the full run")
    parser.add_argument("--only", nargs="*", choices=sorted(FULL), help="only these modes")
    parser.add_argument("--keep", action="store_true", help="keep the data folders (their path is printed)")
    ns = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("the crash test needs os.fork (Linux or macOS)")
        return 0
    counts = {m: max(1, round(n * ns.scale)) for m, n in FULL.items() if not ns.only or m in ns.only}
    root = Path(tempfile.mkdtemp(prefix="selfcompass-crash-"))
    try:
        results = run_all(counts, root)
    finally:
        if ns.keep:
            print(f"data folders kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(report(results))
    print(json.dumps({r.mode: {"kills": r.kills, "acknowledged": r.acked, "lost": len(r.lost)} for r in results}))
    return 1 if any(r.lost for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
