"""The foundation storage: sessions round trip, migrations, backups, refusal of newer files, fast status."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.paths import AppPaths
from selfcompass.storage import (
    HEAD_REVISION,
    DatabaseTooNew,
    database_status,
    is_network_path,
    open_database,
)
from selfcompass.storage.netpath import fs_type_for
from selfcompass.storage.status import REVISIONS

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def session(n: int = 0, writings: tuple[WritingAnswer, ...] = ()) -> SessionRecord:
    start = T0 + timedelta(days=n)
    return SessionRecord("stop", "STOP", "pause", start, start + timedelta(minutes=3), 180.0, 170.5,
                         Outcome.FINISHED, 2, 4, "calmer now", writings)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return make_paths(tmp_path)


def test_fresh_folder_is_created_and_migrated_to_head(paths: AppPaths) -> None:
    assert database_status(paths.database).exists is False
    with open_database(paths) as db:
        assert db.revision() == HEAD_REVISION
        assert db.sessions.count() == 0
    status = database_status(paths.database)
    assert (status.exists, status.revision, status.needs_upgrade, status.too_new, status.ok) == (
        True, HEAD_REVISION, False, False, True)


def test_session_round_trip_with_writing_answers(paths: AppPaths) -> None:
    writings = (WritingAnswer(1, "What would you say to a friend?", "Be gentle — it's been a long week.\n✓"),
                WritingAnswer(3, "One kind thing", "Tea at four."))
    record = session(0, writings)
    with open_database(paths) as db:
        new_id = db.sessions.record(record)
        stopped = SessionRecord("box", "Box breathing", "pause", T0, T0 + timedelta(seconds=30), 120, 30,
                                Outcome.STOPPED)
        db.sessions.record(stopped)
    with open_database(paths) as db:
        recent = db.sessions.recent()
        assert [r.practice_id for r in recent] == ["box", "stop"]  # same start: the later id first
        got = db.sessions.get(new_id)
        assert got == record
        assert got.id == new_id
        assert got.writings == writings
        assert got.started_at.tzinfo is not None
        assert db.sessions.count() == 2


def test_recent_is_newest_first_and_limited(paths: AppPaths) -> None:
    with open_database(paths) as db:
        for n in range(5):
            db.sessions.record(session(n))
        recent = db.sessions.recent(limit=3)
        assert [r.started_at for r in recent] == [T0 + timedelta(days=d) for d in (4, 3, 2)]


def test_minutes_by_week(paths: AppPaths) -> None:
    with open_database(paths) as db:
        for n in range(8):  # Mon 5 Jan 2026 onwards, 170.5 s a day
            db.sessions.record(session(n))
        weeks = db.sessions.minutes_by_week()
    assert list(weeks) == [T0.date(), (T0 + timedelta(days=7)).date()]
    assert weeks[T0.date()] == pytest.approx(7 * 170.5 / 60)


def test_a_newer_database_is_refused_and_left_untouched(paths: AppPaths) -> None:
    with open_database(paths) as db:
        db.sessions.record(session())
        conn = db.raw_connection()
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    status = database_status(paths.database)
    assert status.too_new and not status.ok and "newer version" in status.message
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(paths)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert not paths.backups.exists() or not any(paths.backups.iterdir())


def test_status_head_matches_the_alembic_scripts() -> None:
    from selfcompass.storage import migrate

    assert migrate.script_head() == HEAD_REVISION
    assert tuple(migrate.script_revisions()) == REVISIONS


def test_importing_storage_does_not_load_sqlalchemy() -> None:
    code = ("import sys, selfcompass.storage, selfcompass.storage.status; "
            "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def test_status_reports_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "selfcompass.db"
    path.write_bytes(b"not a database at all" * 10)
    status = database_status(path)
    assert status.exists and not status.ok


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /home/nfs nfs4 rw 0 0
//fs/share /mnt/share\\040drive cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/nfs/me/data", "nfs4"), ("/home/nfsx", "ext4"), ("/mnt/share drive/x", "cifs"),
    ("/tmp/x", "tmpfs"), ("/", "ext4"),
])
def test_fs_type_picks_the_longest_mount(path: str, expected: str) -> None:
    assert fs_type_for(Path(path), MOUNTS) == expected


def test_local_temp_folder_is_not_a_network_path(tmp_path: Path) -> None:
    assert is_network_path(tmp_path / "not" / "yet") is False


def test_wal_mode_on_a_local_disk(paths: AppPaths) -> None:
    with open_database(paths) as db:
        conn = db.raw_connection()
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        finally:
            conn.close()


def test_network_share_uses_rollback_journal(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("selfcompass.storage.engine.is_network_path", lambda p: True)
    with open_database(paths) as db:
        assert db.journal_mode == "DELETE"
        conn = db.raw_connection()
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            conn.close()


def test_resting_closes_the_idle_connections_and_the_next_job_opens_one(paths: AppPaths) -> None:
    """A journal out of sight a while lets its connections go, with their page caches (features/journal)."""
    with open_database(paths) as db:
        db.sessions.record(session(0))
        assert db.sessions.count() == 1
        assert db.engine.pool.checkedin() >= 1  # kept open between jobs
        db.rest()
        assert db.engine.pool.checkedin() == 0
        db.sessions.record(session(1))  # opened again, as any job would
        assert db.sessions.count() == 2
