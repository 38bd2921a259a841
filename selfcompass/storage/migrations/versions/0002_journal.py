"""Revision 0002: the journal (entries, tags, drafts, FTS5 index); writing answers become journal entries."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("tags", sa.Text, nullable=False, server_default=""),  # "\n"-joined, for the FTS index
        sa.Column("mood", sa.Integer, sa.CheckConstraint("mood BETWEEN 1 AND 5"), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("deleted_at", sa.String(32), nullable=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("practice_session.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("step_index", sa.Integer, nullable=True),
        sa.Column("prompt", sa.Text, nullable=False, server_default=""),
    )
    op.execute("CREATE INDEX ix_journal_live ON journal_entry (created_at DESC, id DESC) "
               "WHERE deleted_at IS NULL")
    # No plain index on deleted_at: SQLite would pick it for "deleted_at IS NULL" and then sort 100,000 rows
    # instead of walking ix_journal_live in order. The bin (few rows) is read by a scan.
    op.create_index("ix_journal_session", "journal_entry", ["session_id", "step_index"])
    op.create_table(
        "journal_tag",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("journal_entry.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("tag", sa.String(100), primary_key=True),
    )
    op.create_index("ix_journal_tag_tag", "journal_tag", ["tag", "entry_id"])
    op.create_table(
        "journal_draft",
        sa.Column("slot", sa.String(100), primary_key=True),
        sa.Column("entry_uuid", sa.String(36), nullable=True),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("tags", sa.Text, nullable=False, server_default=""),
        sa.Column("mood", sa.Integer, nullable=True),
        sa.Column("session_id", sa.Integer, nullable=True),
        sa.Column("prompt", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.execute("CREATE VIRTUAL TABLE journal_fts USING fts5(title, body, tags, content='journal_entry', "
               "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    op.execute("INSERT INTO journal_fts(journal_fts, rank) VALUES('rank', 'bm25(4.0, 1.0, 2.0)')")
    op.execute("CREATE TRIGGER journal_fts_ai AFTER INSERT ON journal_entry BEGIN "
               "INSERT INTO journal_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags); "
               "END")
    op.execute("CREATE TRIGGER journal_fts_ad AFTER DELETE ON journal_entry BEGIN "
               "INSERT INTO journal_fts(journal_fts, rowid, title, body, tags) "
               "VALUES ('delete', old.id, old.title, old.body, old.tags); END")
    op.execute("CREATE TRIGGER journal_fts_au AFTER UPDATE OF title, body, tags ON journal_entry BEGIN "
               "INSERT INTO journal_fts(journal_fts, rowid, title, body, tags) "
               "VALUES ('delete', old.id, old.title, old.body, old.tags); "
               "INSERT INTO journal_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags); "
               "END")

    # Writing answers from practice sessions move into the journal, text unchanged, linked to their session.
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT w.session_id, w.step_index, w.prompt, w.text, s.practice_title, s.ended_at "
        "FROM writing_answer w JOIN practice_session s ON s.id = w.session_id ORDER BY w.id")).all()
    insert = sa.text("INSERT INTO journal_entry (uuid, title, body, tags, created_at, updated_at, session_id, "
                     "step_index, prompt) VALUES (:uuid, :title, :body, '', :at, :at, :sid, :step, :prompt)")
    for sid, step, prompt, text, practice_title, ended_at in rows:
        conn.execute(insert, {"uuid": str(uuid.uuid4()), "title": practice_title, "body": text, "at": ended_at,
                              "sid": sid, "step": step, "prompt": prompt})
    op.drop_index("ix_writing_answer_session_id", "writing_answer")
    op.drop_table("writing_answer")


def downgrade() -> None:
    raise NotImplementedError("SelfCompass never downgrades; restore a backup instead")
