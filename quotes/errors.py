"""The error family: every message says what happened, where, and how to fix it."""

from __future__ import annotations


class QuotesError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(QuotesError, ValueError):
    """An article or annotation file that cannot be read as asked. ``doc`` is the id the article would have had,
    when it is known (a whole .txt, .md or .html file), so that a batch run can keep its place."""

    doc: str | None = None


class ModelError(QuotesError, RuntimeError):
    """A model folder that is missing, incomplete or of another version."""
