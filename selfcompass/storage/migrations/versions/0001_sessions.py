"""Revision 0001: practice sessions and the answers written during their writing steps."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("practice_id", sa.String(200), nullable=False),
        sa.Column("practice_title", sa.Text, nullable=False),
        sa.Column("family", sa.String(50), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("ended_at", sa.String(32), nullable=False),
        sa.Column("planned_seconds", sa.Float, nullable=False),
        sa.Column("practised_seconds", sa.Float, nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("rating_before", sa.Integer, nullable=True),
        sa.Column("rating_after", sa.Integer, nullable=True),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_practice_session_started_at", "practice_session", ["started_at"])
    op.create_table(
        "writing_answer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("practice_session.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("step_index", sa.Integer, nullable=False),
        sa.Column("prompt", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_writing_answer_session_id", "writing_answer", ["session_id"])


def downgrade() -> None:
    raise NotImplementedError("SelfCompass never downgrades; restore a backup instead")
