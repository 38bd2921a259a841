"""A value made on first use, with hooks for whoever wants it only once something else has made it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Lazy(Generic[T]):
    """Holds how to make a T; ``get()`` makes it the first time. ``when_made(hook)`` runs ``hook(value)`` now if it
    exists, or as soon as someone makes it, without making it: start-up pays for nothing nobody has used yet."""

    __slots__ = ("_hooks", "_make", "_value")

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._value: T | None = None
        self._hooks: list[Callable[[T], None]] = []

    def get(self) -> T:
        if self._value is None:
            value = self._value = self._make()
            hooks, self._hooks = self._hooks, []
            for hook in hooks:
                hook(value)
            return value
        return self._value

    def peek(self) -> T | None:
        """The value if it has been made, else None (never makes it)."""
        return self._value

    def when_made(self, hook: Callable[[T], None]) -> None:
        if self._value is not None:
            hook(self._value)
        else:
            self._hooks.append(hook)
