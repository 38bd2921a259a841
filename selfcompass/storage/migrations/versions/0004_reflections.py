"""Revision 0004: the note written at the end of a practice becomes a journal entry linked to its session.

Before this, "Anything you'd like to remember?" was kept only in the practice record, where the journal, its search
and its export could not see it. Each non-empty note becomes an entry (title from the practice, mood from the
feeling after, a tag for the practice's family), text unchanged, and the session's own copy is emptied so the words
live in one place: deleting the entry deletes them. Idempotent: a session that already has its reflection entry
(linked, from no writing step, the same words) is left alone, and an emptied note is not looked at again.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The families' names in UK English as they were when this revision was written (core/practice.py); a migration
# states what it needs rather than importing code that may change.
FAMILY_TAGS = {
    "pause": "Mindful pauses",
    "self-compassion": "Self-compassion",
    "attention": "Attention hygiene",
    "leadership": "Compassionate leadership",
}
UNTITLED = "After a practice"
# A session's reflection entry: linked to it, from no writing step, holding the note word for word (so an entry
# that merely links to the session, such as one imported from another computer, never stands in for the note).
_ITS_ENTRY = ("SELECT 1 FROM journal_entry e WHERE e.session_id = s.id AND e.step_index IS NULL "
              "AND e.body = s.note")


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT s.id, s.practice_title, s.family, s.ended_at, s.rating_after, s.note FROM practice_session s "
        f"WHERE trim(s.note, ' ' || char(9, 10, 13)) <> '' AND NOT EXISTS ({_ITS_ENTRY}) ORDER BY s.id")).all()
    insert = sa.text("INSERT INTO journal_entry (uuid, title, body, tags, mood, created_at, updated_at, session_id, "
                     "step_index, prompt) VALUES (:uuid, :title, :body, :tags, :mood, :at, :at, :sid, NULL, '')")
    tag = sa.text("INSERT INTO journal_tag (entry_id, tag) VALUES (:eid, :tag)")
    for sid, title, family, ended_at, rating, note in rows:
        family_tag = FAMILY_TAGS.get(str(family or ""), "")
        mood = rating if isinstance(rating, int) and 1 <= rating <= 5 else None
        result = conn.execute(insert, {"uuid": str(uuid.uuid4()), "title": title or UNTITLED, "body": note,
                                       "tags": family_tag, "mood": mood, "at": ended_at, "sid": sid})
        if family_tag:
            conn.execute(tag, {"eid": result.lastrowid, "tag": family_tag.casefold()})
    # The words now live in the entry; the session keeps no second copy.
    conn.execute(sa.text(f"UPDATE practice_session AS s SET note = '' WHERE s.note <> '' AND EXISTS ({_ITS_ENTRY})"))


def downgrade() -> None:
    raise NotImplementedError("SelfCompass never downgrades; restore a backup instead")
