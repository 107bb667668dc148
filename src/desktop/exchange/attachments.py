"""Attachments in exchange bundles: each content the bundle's attachment records need goes in
once, as the member ``attachments/<sha256>`` (listed in the manifest's ``files`` with that
SHA-256 and its size), streamed in and out a chunk at a time. The JSON reader skips these
members; :func:`store_contents` streams them into the register on import, checking each
hash, before the records are merged (an attachment whose contents are neither here nor in
the bundle becomes a conflict, like any record that cannot be applied).

``bundle export --no-attachments`` leaves attachment records and contents out."""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.exchange import bundle
from desktop.services import attachment_store

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


def check_member(name: str, size: int) -> None:
    """Refuse a content member with a malformed name or a size over the budget."""
    if not _NAME.match(name) or size < 0 or size > BUDGET:
        raise bundle.refuse(N_("The bundle's manifest has a bad entry for {name}."), name=name)


def count_members(names: list[str]) -> int:
    return sum(1 for name in names if is_member(name))


# -- export ---------------------------------------------------------------------------------
def blobs_for(session: Session, records: list[Any]) -> list[Blob]:
    """The contents of these attachment records, once each; refused over the budget."""
    sizes: dict[str, int] = {}
    for rec in records:
        sizes.setdefault(rec.sha256, rec.size)
    total = sum(sizes.values())
    if total > BUDGET or len(sizes) > COUNT_MAX:
        raise SijillError(Message(
            N_("The attachments come to {size} MB, more than a bundle carries ({budget} MB): export fewer agreements, or use --no-attachments."),
            {"size": total // 1_000_000, "budget": BUDGET // 1_000_000},
        ))
    return [
        Blob(member(sha), sha, size, lambda sha=sha: attachment_store.iter_content(session, sha))  # type: ignore[misc]
        for sha, size in sorted(sizes.items())
    ]


def write_blobs(archive: zipfile.ZipFile, blobs: list[Blob], info: Callable[[str], zipfile.ZipInfo]) -> None:
    for blob in blobs:
        with archive.open(info(blob.name), "w", force_zip64=blob.size > 0x7FFF0000) as out:
            for chunk in blob.chunks():
                out.write(chunk)


def manifest_entries(blobs: list[Blob]) -> dict[str, dict[str, Any]]:
    return {blob.name: {"sha256": blob.sha256, "size": blob.size} for blob in blobs}


# -- import ---------------------------------------------------------------------------------
def store_contents(session: Session, path: str | os.PathLike[str], files: dict[str, Any]) -> int:
    """Stream every content member into the register, each checked against its SHA-256
    (the member's name and the manifest's entry); returns how many were new here."""
    new = 0
    try:
        archive = zipfile.ZipFile(Path(path))
    except bundle.READ_ERRORS as exc:
        raise bundle.refuse(N_("{path} is damaged or truncated ({error})."), path=Path(path).name, error=type(exc).__name__) from None
    with archive:
        for name, entry in sorted(files.items()):
            if not is_member(name):
                continue
            sha, size = name[len(PREFIX):], int(entry["size"])
            if entry.get("sha256") != sha:
                raise bundle.refuse(N_("The bundle's manifest has a bad entry for {name}."), name=name)
            try:
                info = archive.getinfo(name)
            except KeyError:
                raise bundle.refuse(N_("The bundle is incomplete: {name} is missing."), name=name) from None
            new += _store_one(session, archive, info, sha, size)
    return new


def _store_one(session: Session, archive: zipfile.ZipFile, info: zipfile.ZipInfo, sha: str, size: int) -> int:
    damaged = bundle.refuse(N_("{name} in the bundle does not match its checksum: the bundle is damaged or was altered."), name=info.filename)
    digest = hashlib.sha256()

    def chunks() -> Iterator[bytes]:
        total = 0
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(attachment_store.CHUNK):
                    total += len(chunk)
                    if total > size:
                        raise damaged
                    digest.update(chunk)
                    yield chunk
        except bundle.BundleError:
            raise
        except bundle.READ_ERRORS:  # a flipped bit, a cut file: the zip's own errors, in one line
            raise damaged from None
        if total != size or digest.hexdigest() != sha:
            raise damaged

    present = attachment_store.has_content(session, sha)
    try:
        attachment_store.store_chunks(session, sha, chunks())
    except bundle.BundleError:
        raise
    except SijillError:
        raise damaged from None
    return 0 if present else 1
