"""Attachment contents in bundles, on the register's side: read out of the register for an
export (once per SHA-256, within the budget) and streamed into it on import, each checked
against its SHA-256. The members' names and budgets are the bundle format's
(:mod:`desktop.exchange.attachments`)."""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.exchange import bundle
from desktop.exchange.attachments import BUDGET, COUNT_MAX, PREFIX, Blob, is_member, member
from desktop.services import attachment_store


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
