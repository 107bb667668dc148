"""Attachments in exchange bundles: each content the bundle's attachment records need goes in
once, as the member ``attachments/<sha256>`` (listed in the manifest's ``files`` with that
SHA-256 and its size), streamed in and out a chunk at a time. The JSON reader skips these
members; :mod:`desktop.services.fieldwork.attachments` streams them into the register on
import, checking each hash, before the records are merged (an attachment whose contents are neither here nor in
the bundle becomes a conflict, like any record that cannot be applied).

``bundle export --no-attachments`` leaves attachment records and contents out."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

PREFIX = "attachments/"
_NAME = re.compile(r"^attachments/[0-9a-f]{64}$")
#: at most this many contents, and this many bytes of them, in one bundle
COUNT_MAX = 20_000
BUDGET = 2_000_000_000


@dataclass(frozen=True)
class Blob:
    """One content to write: its member name, SHA-256, size and a reader of its chunks."""

    name: str
    sha256: str
    size: int
    chunks: Callable[[], Iterator[bytes]]


def is_member(name: str) -> bool:
    """True for the name of an attachment content member (not JSON)."""
    return name.startswith(PREFIX)


def member(sha256: str) -> str:
    return PREFIX + sha256


def well_formed(name: str, size: int) -> bool:
    """A content member's name and declared size are acceptable (the bundle refuses others)."""
    return bool(_NAME.match(name)) and 0 <= size <= BUDGET


def count_members(names: list[str]) -> int:
    return sum(1 for name in names if is_member(name))


def write_blobs(archive: zipfile.ZipFile, blobs: list[Blob], info: Callable[[str], zipfile.ZipInfo]) -> None:
    for blob in blobs:
        with archive.open(info(blob.name), "w", force_zip64=blob.size > 0x7FFF0000) as out:
            for chunk in blob.chunks():
                out.write(chunk)


def manifest_entries(blobs: list[Blob]) -> dict[str, dict[str, Any]]:
    return {blob.name: {"sha256": blob.sha256, "size": blob.size} for blob in blobs}
