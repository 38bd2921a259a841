"""Datetimes as fixed-width UTC text, so they sort as text in SQL and read the same in any tool."""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def to_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return value.astimezone(UTC).strftime(FORMAT)


def from_text(text: str) -> datetime:
    return datetime.strptime(text, FORMAT).replace(tzinfo=UTC)
