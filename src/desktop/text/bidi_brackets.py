"""Rule N0 of the Unicode bidi algorithm (paired brackets), which python-bidi's reference
implementation lacks: ``UNHCR (2022)`` inside Arabic keeps both brackets with the Latin run
instead of sending the closing one across the line.

Works on the storage of :mod:`bidi.algorithm` after the weak types are resolved (W1-W7)
and before N1/N2. Without explicit embeddings or isolates, a level run is an isolating run
sequence, so brackets are paired within each run.
"""

from __future__ import annotations

from typing import Any

# Bidi_Paired_Bracket (BidiBrackets.txt) for the brackets a register's text may hold.
OPENING = {"(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u2329": "\u232a", "\u3008": "\u3009",
           "\u27e8": "\u27e9", "\u300a": "\u300b", "\ufe59": "\ufe5a", "\uff08": "\uff09",
           "\uff3b": "\uff3d", "\uff5b": "\uff5d"}
CLOSING = {v: k for k, v in OPENING.items()}
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}
_STACK_LIMIT = 63


def _strong(kind: str) -> str | None:
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def bracket_pairs(chars: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """BD16: positions of matching (opening, closing) brackets of type ON, by opening position."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, item in enumerate(chars):
        ch = _CANONICAL.get(item["ch"], item["ch"])
        if item["type"] != "ON":
            continue
        if ch in OPENING:
            if len(stack) == _STACK_LIMIT:
                break
            stack.append((_CANONICAL.get(OPENING[ch], OPENING[ch]), index))
        elif ch in CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)


def resolve_paired_brackets(storage: dict[str, Any]) -> None:
    """N0 over each level run of the storage."""
    for run in storage["runs"]:
        start, length = run["start"], run["length"]
        chars = storage["chars"][start:start + length]
        if not chars:
            continue
        embedding = "R" if chars[0]["level"] % 2 else "L"
        for opening, closing in bracket_pairs(chars):
            inside = {_strong(item["type"]) for item in chars[opening + 1:closing]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:
                direction = _context_before(chars, opening, run["sor"])
                if direction != (inside - {embedding}).pop():
                    direction = embedding
            for index in (opening, closing):
                chars[index]["type"] = direction
                _follow_marks(chars, index, direction)


def _context_before(chars: list[dict[str, Any]], index: int, sor: str) -> str:
    for item in reversed(chars[:index]):
        found = _strong(item["type"])
        if found:
            return found
    return sor


def _follow_marks(chars: list[dict[str, Any]], index: int, direction: str) -> None:
    for item in chars[index + 1:]:
        if item["orig"] != "NSM":
            return
        item["type"] = direction
