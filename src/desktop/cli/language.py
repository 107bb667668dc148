"""The command line's language: Arabic when the locale says so (``LC_ALL``, else
``LC_MESSAGES``, else ``LANG`` starting with ``ar``), English otherwise.

Core messages (:class:`~desktop.domain.messages.Message`) are worded from the same
translations as the GUI: the ``sijill_ar.ts`` source, read with the standard library (the
command line never loads Qt; the bundle ships the .ts beside the .qm), only when an Arabic
message is printed."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from desktop.domain.messages import Message

Translate = Callable[[str], str]
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language() -> str:
    """"ar" or "en", from the first locale variable that is set (POSIX order)."""
    for name in LOCALE_VARIABLES:
        value = os.environ.get(name, "")
        if value:
            return "ar" if value.lower().startswith("ar") else "en"
    return "en"


def translator(context: str = Message.CONTEXT) -> Translate | None:
    """The function that translates English sources of ``context``; None in English."""
    if language() != "ar":
        return None
    lookup = _catalogue()
    return lambda source: lookup(context, source) or source


def word(message: Message, context: str = Message.CONTEXT) -> str:
    return message.render(translator(context))


@lru_cache(maxsize=1)
def _catalogue() -> Callable[[str, str], str]:
    from desktop.resources import translations_dir

    source = translations_dir() / "sijill_ar.ts"
    table = _read_ts(source) if source.is_file() else {}
    return lambda context, text: table.get((context, text), "")


def _read_ts(path: Any) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, message.findtext("source") or "")] = translation.text or ""
    return table
