"""Revision 0003: a live-entry counter kept by triggers, so the journal list's row count costs nothing.

Counting 100,000 index entries means reading (and, in a protected journal, decrypting) about a thousand pages
every time the list opens; one row read is constant.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_counter",
        sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True),
        sa.Column("live", sa.Integer, nullable=False),
    )
    op.execute("INSERT INTO journal_counter (id, live) "
               "SELECT 1, count(*) FROM journal_entry WHERE deleted_at IS NULL")
    op.execute("CREATE TRIGGER journal_counter_ai AFTER INSERT ON journal_entry WHEN new.deleted_at IS NULL "
               "BEGIN UPDATE journal_counter SET live = live + 1 WHERE id = 1; END")
    op.execute("CREATE TRIGGER journal_counter_ad AFTER DELETE ON journal_entry WHEN old.deleted_at IS NULL "
               "BEGIN UPDATE journal_counter SET live = live - 1 WHERE id = 1; END")
    op.execute("CREATE TRIGGER journal_counter_au AFTER UPDATE OF deleted_at ON journal_entry "
               "WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN "
               "UPDATE journal_counter SET live = live + (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END) "
               "WHERE id = 1; END")


def downgrade() -> None:
    raise NotImplementedError("SelfCompass never downgrades; restore a backup instead")
