"""Errors the core raises for the UI and CLI to show as clear messages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.messages import Message


class SijillError(Exception):
    """Base of every error meant for a user: it carries a translatable message."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field: ``field`` is the model's attribute name."""

    field: str
    message: Message
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(SijillError):
    """A record failed validation; ``problems`` names each field."""

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems = [p for p in problems if not p.warning]
        text = "; ".join(str(p) for p in self.problems)
        super().__init__(Message("{problems}", {"problems": text}))


class NotFoundError(SijillError):
    pass


class ConflictError(SijillError):
    """Somebody else changed the record since it was read (version counter).

    When known: ``who`` changed it, ``when`` (aware UTC datetime), the stored ``version``
    and the ``record_uuid`` - so a UI can offer to reload or to overwrite."""

    def __init__(
        self,
        message: Message,
        *,
        who: str = "",
        when: object = None,
        version: int | None = None,
        record_uuid: str | None = None,
    ) -> None:
        super().__init__(message)
        self.who = who
        self.when = when
        self.version = version
        self.record_uuid = record_uuid


class StorageError(SijillError):
    """The database cannot be opened, read or written."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer Sijill."""
