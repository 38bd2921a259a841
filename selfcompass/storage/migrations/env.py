"""Alembic environment: always run in code with a connection handed over by selfcompass.storage.migrate."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    # SQLite can roll DDL back; one transaction per step means a failed step leaves the previous revision intact.
    transactional_ddl=True,
    transaction_per_migration=True,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
