"""Arabic text: digits, normalisation for search, shaping and bidi (pure functions)."""

from desktop.text.isolation import isolate

__all__ = ["isolate"]
