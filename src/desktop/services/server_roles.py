"""Who may do what on a shared PostgreSQL register: setting up the roles, giving and taking
them (the use cases behind ``sijill server``). SQL lives in ``desktop.store.roles``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.domain.access import Access
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services import guard
from desktop.services.register import Register
from desktop.store import roles

T = TypeVar("T")

_NOT_A_SERVER = N_(
    "Roles exist only on a PostgreSQL register; a SQLite file has one user, and its file "
    "permissions are its access control."
)
_NO_ROLES = N_("The roles are not set up on this server: its owner runs `sijill server setup` first.")


def _on_server(register: Register, needed: Access, action: Callable[[Session], T]) -> T:
    if register.database.is_sqlite:
        raise SijillError(Message(_NOT_A_SERVER))
    register.require(needed)

    def attempt() -> T:
        with register.database.transaction() as session:
            return action(session)

    return guard.run(attempt, register.database.display_name(), retry=False)


def _with_roles(action: Callable[[Connection], T]) -> Callable[[Session], T]:
    def run(session: Session) -> T:
        connection = session.connection()
        if not roles.roles_exist(connection):
            raise SijillError(Message(_NO_ROLES))
        return action(connection)

    return run


def setup(register: Register) -> list[str]:
    """Create the roles (when missing) and grant their privileges; the owner only. Also makes
    the register's exchange id now, as editors may not write settings."""
    from desktop.services.fieldwork import identity

    def run(session: Session) -> list[str]:
        created = roles.setup(session.connection())
        identity.database_id(session)
        return created

    return _on_server(register, Access.OWNER, run)


def grant(register: Register, login: str, access: Access) -> None:
    _on_server(register, Access.ADMIN, _with_roles(lambda c: roles.grant(c, login, access)))


def revoke(register: Register, login: str) -> list[str]:
    return _on_server(register, Access.ADMIN, _with_roles(lambda c: roles.revoke(c, login)))


def users(register: Register) -> list[roles.Member]:
    return _on_server(register, Access.ADMIN, _with_roles(roles.members))
