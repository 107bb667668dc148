"""Arabic text: digits, normalisation for search, shaping and bidi (pure functions)."""
