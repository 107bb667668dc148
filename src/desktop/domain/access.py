"""Who may do what in a register: the capability the app reads from the database at connect
time (plain values, no SQL). On SQLite the file's permissions are the access control and the
user is its owner; on PostgreSQL the server's roles decide (see ``desktop.store.roles``)."""

from __future__ import annotations

import enum

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_


class Access(enum.Enum):
    """What the connected user may do, weakest first."""

    READER = "reader"  # read everything
    EDITOR = "editor"  # + change records, the trash, imports and bundles
    ADMIN = "admin"  # + the register's settings and who has which role
    OWNER = "owner"  # the database's owner (or a superuser): set-up and migrations

    @property
    def rank(self) -> int:
        return list(Access).index(self)

    def allows(self, needed: Access) -> bool:
        return self.rank >= needed.rank

    @property
    def can_edit(self) -> bool:
        return self.allows(Access.EDITOR)

    @property
    def can_administer(self) -> bool:
        return self.allows(Access.ADMIN)


#: the role names ``sijill server grant --role`` takes
GRANTABLE = (Access.READER, Access.EDITOR, Access.ADMIN)

_REFUSALS = {
    Access.EDITOR: N_(
        "read-only: your server login {login} may only read this register; "
        "ask its administrator for the editor role."
    ),
    Access.ADMIN: N_(
        "not allowed: your server login {login} ({role}) cannot do this; it needs the admin role."
    ),
    Access.OWNER: N_(
        "not allowed: only the database's owner can do this; your server login {login} is {role}."
    ),
}


class AccessError(SijillError):
    """An action the connected user's role does not allow, refused before trying."""


def require(access: Access, needed: Access, login: str) -> None:
    """Raise AccessError when ``access`` does not reach ``needed``."""
    if not access.allows(needed):
        raise AccessError(Message(_REFUSALS[needed], {"login": login or "?", "role": access.value}))
