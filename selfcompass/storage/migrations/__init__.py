"""Alembic migrations for the SelfCompass database, run in code by selfcompass.storage.migrate."""
