"""The summary's list of the plan's attachments (title, kind, size, first 16 hex digits of the
SHA-256) and their part in the fingerprint: an attachment removed, or its contents or
description changed since printing, is named by ``sijill verify``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from reportlab.platypus import CondPageBreak, Flowable

from desktop.domain import records as r
from desktop.domain.kinds import label
from desktop.reports.flow import Text, table

if TYPE_CHECKING:
    from desktop.reports.summary import SummaryStory

_WORDS: dict[str, tuple[str, str]] = {
    "heading": ("المرفقات", "Attachments"),
    "title": ("العنوان", "Title"),
    "kind": ("النوع", "Kind"),
    "size": ("الحجم", "Size"),
    "sha256": ("SHA-256 (أول 16)", "SHA-256 (first 16)"),
    "B": ("بايت", "B"),
    "KB": ("ك.ب", "KB"),
    "MB": ("م.ب", "MB"),
}
HEX_SHOWN = 16


def word(key: str, lang: str) -> str:
    ar, en = _WORDS[key]
    return ar if lang == "ar" else en


def size_text(size: int, lang: str) -> str:
    """A size in B, KB or MB (decimal units, as the size cap)."""
    if size < 1000:
        return f"{size} {word('B', lang)}"
    value, unit = (size / 1000, "KB") if size < 1_000_000 else (size / 1_000_000, "MB")
    return f"{value:.1f} {word(unit, lang)}"


def record_digests(items: list[r.Attachment], digest: Any) -> dict[str, str]:
    """``attachment:<uuid>`` -> digest of its description (which holds its SHA-256)."""
    return {f"attachment:{item.uuid}": digest(item) for item in items}


def section(story: SummaryStory) -> Iterator[Flowable]:
    items: list[r.Attachment] = story.data.attachments
    if not items:
        return
    lang = story.lang
    yield CondPageBreak(90)
    yield Text(word("heading", lang), story.h2, space_before=12, space_after=4)
    yield story._rule()
    header = [Text(word(k, lang), story.bold) for k in ("title", "kind", "size", "sha256")]
    rows: list[list[object]] = [header]
    for item in items:
        title: list[Flowable] = [Text(item.display_title(lang), story.body)]
        if item.name and item.name != item.display_title(lang):
            title.append(Text(item.name, story.muted))
        hex_style = story.small.but(direction="ltr")
        rows.append([title, Text(label(item.kind, lang), story.small), Text(size_text(item.size, lang), story.small),
                     Text(item.sha256[:HEX_SHOWN], hex_style)])
    width = story.width
    yield table(rows, [width - 250, 80, 60, 110], story.body)
