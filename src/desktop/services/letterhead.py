"""Reading and changing the register's letterhead (one per register)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain.letterhead import Letterhead, check_text, logo_type
from desktop.services.register import Register
from desktop.store import models as m

_ID = 1
TEXT_FIELDS = ("name_ar", "name_en", "footer_ar", "footer_en")


_SELECT = text("SELECT name_ar, name_en, logo, logo_type, footer_ar, footer_en FROM letterhead WHERE id = :id")


def _read(session: Session) -> Letterhead:
    # plain SQL: every summary reads it, and a new engine would compile an ORM query each time
    row = session.execute(_SELECT, {"id": _ID}).first()
    if row is None:
        return Letterhead()
    name_ar, name_en, logo, kind, footer_ar, footer_en = row
    return Letterhead(name_ar=name_ar, name_en=name_en, logo=bytes(logo or b""), logo_type=kind,
                      footer_ar=footer_ar, footer_en=footer_en)


def _write(session: Session, value: Letterhead) -> None:
    row = session.get(m.LetterheadRow, _ID)
    if row is None:
        row = m.LetterheadRow(id=_ID)
        session.add(row)
    row.name_ar, row.name_en = value.name_ar, value.name_en
    row.logo, row.logo_type = (value.logo or None), value.logo_type
    row.footer_ar, row.footer_en = value.footer_ar, value.footer_en


def letterhead(register: Register) -> Letterhead:
    """The register's letterhead (empty when none was set)."""
    return register._run(_read)  # type: ignore[no-any-return]


def set_letterhead(register: Register, *, logo: bytes | None = None, **texts: str | None) -> Letterhead:
    """Change the given parts (``name_ar``, ``name_en``, ``footer_ar``, ``footer_en``, ``logo``;
    None leaves a part as it is, "" or b"" clears it); returns the new letterhead. Bad input
    raises :class:`~desktop.domain.errors.SijillError` and changes nothing."""
    changes: dict[str, object] = {}
    for field, value in texts.items():
        if field not in TEXT_FIELDS:
            raise TypeError(f"unknown letterhead field {field}")
        if value is not None:
            changes[field] = check_text(field, value)
    if logo is not None:
        changes["logo"], changes["logo_type"] = (logo, logo_type(logo)) if logo else (b"", "")

    def change(session: Session) -> Letterhead:
        value = _read(session).but(**changes)
        _write(session, value)
        return value

    return register._run(change)  # type: ignore[no-any-return]


def clear_letterhead(register: Register) -> None:
    """Forget the letterhead: summaries print without one."""
    def clear(session: Session) -> None:
        row = session.get(m.LetterheadRow, _ID)
        if row is not None:
            session.delete(row)

    register._run(clear)
