"""Server logins for the role tests (issue 21): a register database with the roles set up,
and throwaway logins (CREATE ROLE ... LOGIN PASSWORD) dropped afterwards."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest


@dataclass
class Logins:
    """``url(name)`` connects to the register as that login; ``owner_url`` as its owner."""

    owner_url: str
    password: str = field(default_factory=lambda: secrets.token_hex(8))
    names: list[str] = field(default_factory=list)

    def url(self, name: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.owner_url).set(username=name, password=self.password).render_as_string(hide_password=False)

    def create(self, name: str) -> str:
        from sqlalchemy import text

        with _owner_engine(self.owner_url).begin() as connection:
            connection.execute(text(f'CREATE ROLE "{name}" LOGIN PASSWORD :p'.replace(":p", f"'{self.password}'")))
        self.names.append(name)
        return name

    def sql(self, url: str, statement: str) -> object:
        """Run one statement as that URL's login (its own connection); returns the rows or the count."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.begin() as connection:
                result = connection.execute(text(statement))
                return result.fetchall() if result.returns_rows else result.rowcount
        finally:
            engine.dispose()

    def drop_all(self) -> None:
        from sqlalchemy import text

        engine = _owner_engine(self.owner_url)
        with engine.begin() as connection:
            for name in self.names:
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        engine.dispose()


def _owner_engine(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(url, poolclass=NullPool)


def prefix() -> str:
    return f"t{os.getpid()}_{secrets.token_hex(3)}"


@pytest.fixture
def role_register(pg_server) -> Iterator[Logins]:  # type: ignore[no-untyped-def]
    """A fresh register database with `sijill server setup` done and three logins:
    ``.reader``, ``.editor``, ``.admin`` (names in ``logins.names``)."""
    from desktop.services import server_roles
    from desktop.services.register import Register
    from desktop.domain.access import Access

    name = pg_server.create_migrated()
    logins = Logins(pg_server.url_for(name))
    owner = Register.open(logins.owner_url)
    try:
        server_roles.setup(owner)
        start = prefix()
        for role in (Access.READER, Access.EDITOR, Access.ADMIN):
            login = logins.create(f"{start}_{role.value}")
            server_roles.grant(owner, login, role)
    finally:
        owner.close()
    yield logins
    logins.drop_all()
    pg_server.drop(name)
