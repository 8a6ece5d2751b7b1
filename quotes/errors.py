"""The error family: every message says what happened, where, and how to fix it."""


class QuotesError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(QuotesError, ValueError):
    """An article or annotation file that cannot be read as asked."""


class ModelError(QuotesError, RuntimeError):
    """A model folder that is missing, incomplete or of another version."""
