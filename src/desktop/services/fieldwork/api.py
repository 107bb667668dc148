"""Exchange as the Register offers it: export, import (one transaction, or a dry run that
keeps nothing), conflicts."""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any

from desktop.services.fieldwork import attachments
from desktop.services.fieldwork import conflicts, export, incoming, merge, signing
from desktop.store.database import Database


class _DryRun(Exception):
    pass


def export_bundle(
    database: Database, path: str | os.PathLike[str], *, agreements: list[str] | None = None,
    since: _dt.datetime | None = None, with_attachments: bool = True, identity: Any = None,
) -> export.ExportResult:
    with database.transaction() as session:
        return export.export_bundle(session, path, agreements_refs=agreements, since=since,
                                    with_attachments=with_attachments, office=identity)


def import_bundle(database: Database, path: str | os.PathLike[str], *, dry_run: bool = False) -> merge.ImportReport:
    """Verify the whole bundle first, then merge it in one transaction: any failure leaves
    the database as it was. A dry run reports what would change and keeps nothing."""
    bundle = incoming.load(path)  # a signature that does not verify is refused here
    source = merge.source_label(path, bundle)
    report: merge.ImportReport | None = None
    try:
        with database.transaction(write=True) as session:
            signing.enforce(session, bundle.signature)  # the register's policy: signed, trusted or any
            new_contents = attachments.store_contents(session, path, bundle.contents)
            report = merge.merge(session, bundle, source, dry_run=dry_run)
            report.contents = new_contents
            report.signature = bundle.signature.as_dict()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    assert report is not None
    return report


def preview(path: str | os.PathLike[str]) -> dict[str, Any]:
    """What a bundle holds, without touching any database (for a first look)."""
    bundle = incoming.load(path)
    return {
        "bundle_id": bundle.bundle_id,
        "source": bundle.source_name,
        "signature": bundle.signature.as_dict(),
        "created_at": bundle.created_at,
        "records": {kind: len(v) for kind, v in bundle.records.items()},
        "tombstones": len(bundle.tombstones),
        "attachment_contents": len(bundle.contents),
    }


__all__ = ["conflicts", "export_bundle", "import_bundle", "preview"]
