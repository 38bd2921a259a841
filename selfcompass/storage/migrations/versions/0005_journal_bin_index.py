"""Revision 0005: an index of the bin (entries moved there, newest first), kept only for binned entries.

Without it, the bin was read by scanning every entry: slower with a long journal, and in a protected journal
with one damaged page the scan met that page, so the bin could not be opened at all. Read through this index,
the bin passes over a damaged entry by its id before its row is read, as the list does (``ix_journal_live``).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_journal_binned ON journal_entry (deleted_at DESC, id DESC) "
               "WHERE deleted_at IS NOT NULL")


def downgrade() -> None:
    raise NotImplementedError("SelfCompass never downgrades; restore a backup instead")
