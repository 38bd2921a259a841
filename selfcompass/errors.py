"""Known failures (outside our control) as opposed to bugs.

A ``KnownError`` carries a calm message for the person using the app: it says what happened and
what to do next. Anything else that escapes is a bug and goes to the crash handler.
"""

from __future__ import annotations


class KnownError(Exception):
    """A failure outside our control: disk, permissions, a bad file, a missing voice."""

    def __init__(self, message: str, *, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} {self.fix}".strip()
