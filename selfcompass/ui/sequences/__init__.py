"""Sequence screens: the person's Today view and the coach's editor."""
