"""The Register's attachment actions (a mixin, so register.py stays small): each one a
session and a transaction through ``Register._run``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.kinds import AttachmentKind
from desktop.files import atomic_write
from desktop.services import attachment_store, attachments, tracking


def _add(session: Session, owner_key: str, path: Path, options: dict[str, Any]) -> r.Attachment:
    rec = attachments.add_attachment(session, owner_key, path, added_by=tracking.who(session), **options)
    return tracking.save(session, rec).record  # type: ignore[no-any-return]


def _extract(session: Session, uuid: str, target: Path) -> r.Attachment:
    rec = attachments.get_attachment(session, uuid)
    with atomic_write(target) as handle:
        attachment_store.write_content(session, rec.sha256, handle)
    return rec


class AttachmentActions:
    """Files kept with records: add, list, describe, extract, remove (to the trash)."""

    def _run(self, action: Any, *args: Any, **kwargs: Any) -> Any:  # provided by Register
        raise NotImplementedError

    def attachments(self, owner_key: str | None = None) -> list[r.Attachment]:
        """The attachments of a record (an agreement's reference, or any owner's UUID), or all."""
        return self._run(attachments.list_attachments, owner_key)  # type: ignore[no-any-return]

    def attachments_of(self, owner_uuid: str) -> list[r.Attachment]:
        """The attachments of the record with this UUID, in one query (editors ask on every load)."""
        return self._run(attachments.owned, [owner_uuid])  # type: ignore[no-any-return]

    def attachment(self, uuid: str) -> r.Attachment:
        return self._run(attachments.get_attachment, uuid)  # type: ignore[no-any-return]

    def add_attachment(
        self, owner_key: str, path: str | os.PathLike[str], *, title_ar: str = "", title_en: str = "",
        kind: AttachmentKind | str = AttachmentKind.OTHER, name: str | None = None, uuid: str | None = None,
    ) -> r.Attachment:
        """Keep a copy of the file with the record; refused over the register's size cap."""
        options = {"title_ar": title_ar, "title_en": title_en, "kind": kind, "name": name, "uuid": uuid}
        return self._run(_add, owner_key, Path(path), options)  # type: ignore[no-any-return]

    def save_attachment(self, rec: r.Attachment) -> Any:
        """Change an attachment's titles or kind."""
        return self._run(tracking.save, rec)

    def delete_attachment(self, uuid: str) -> None:
        """Move an attachment to the trash (restorable)."""
        self._run(tracking.delete, "attachment", uuid)

    def extract_attachment(self, uuid: str, path: str | os.PathLike[str]) -> r.Attachment:
        """Write the attachment's exact bytes to ``path`` (atomically, owner-only)."""
        return self._run(_extract, uuid, Path(path))  # type: ignore[no-any-return]

    def attachment_limit_mb(self) -> int:
        return self._run(attachment_store.limit_mb)  # type: ignore[no-any-return]

    def set_attachment_limit_mb(self, megabytes: int) -> int:
        return self._run(attachment_store.set_limit_mb, megabytes)  # type: ignore[no-any-return]
