"""Readers for third-party annotated corpora; the corpora themselves are read from a path, never shipped."""
