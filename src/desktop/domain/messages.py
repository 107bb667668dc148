"""Translatable messages without Qt.

The core speaks English source strings marked with :func:`N_`; each carries named
parameters formatted after translation. The UI translates ``Message.source`` with
``QCoreApplication.translate(Message.CONTEXT, source)`` (so the strings live in the .ts files
under the context ``"messages"``); the CLI prints the English text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def N_(text: str) -> str:
    """Mark a string for translation without translating it (like QT_TRANSLATE_NOOP)."""
    return text


@dataclass(frozen=True)
class Message:
    CONTEXT = "messages"

    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        template = translate(self.source) if translate else self.source
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.source.format(**self.params)

    def __str__(self) -> str:
        return self.render()
