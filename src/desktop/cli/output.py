"""Writing results: JSON for scripts, plain text for people, one clear line for errors."""

from __future__ import annotations

import datetime as _dt
import enum
import sys
from typing import Any

from desktop.domain.dates import PartialDate
from desktop.domain.messages import Message


def _default(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    raise TypeError(f"not serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def fail(message: str | Message, code: int = 1) -> int:
    """One line on stderr; a core Message is worded in the user's language (LANG)."""
    if isinstance(message, Message):
        from desktop.cli.language import word

        message = word(message)
    print(f"sijill: error: {message}", file=sys.stderr)
    return code


def say(message: Message) -> None:
    """A line for people on stdout, in the user's language."""
    from desktop.cli.language import word

    print(word(message))


def iso(value: PartialDate | None) -> str | None:
    return value.isoformat() if value is not None else None
