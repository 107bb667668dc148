"""PostgreSQL roles for a shared register: who may read, who may edit, who administers.

Three group roles (NOLOGIN) hold the privileges; people log in with their own server login,
which is made a member of one of them (``sijill server grant``):

- ``sijill_reader``: SELECT on every table;
- ``sijill_editor``: reader + INSERT/UPDATE/DELETE on the record tables, the trash, the
  history's bookkeeping and the exchange tables (bundles, conflicts), INSERT only on
  ``record_history``, and the sequences behind new ids;
- ``sijill_admin``: editor + the register's settings (``register_setting``) and the right to
  give and take the three roles (ADMIN OPTION).

``record_history`` is append-only for all three: nobody but its owner holds UPDATE, DELETE
or TRUNCATE on it, and a trigger refuses UPDATE and DELETE even to the owner (who may drop it).
A second trigger writes the server's own account of every history row: ``session_user`` (the
login, which no client can choose) and the server's clock. The name the app shows is kept
beside it as information only.

Every function takes a Connection on PostgreSQL; the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from desktop.domain.access import Access
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.store import errors

ROLE_NAMES: dict[Access, str] = {
    Access.READER: "sijill_reader",
    Access.EDITOR: "sijill_editor",
    Access.ADMIN: "sijill_admin",
}
HISTORY_TABLE = "record_history"
#: tables only admins write: the register's own settings (its exchange id and name)
ADMIN_TABLES = ("register_setting",)
#: tables nobody writes but the owner (migrations)
OWNER_TABLES = ("alembic_version",)
#: every other table is written by editors: records, trash, lineage, exchange, imports
NOT_EDITOR_TABLES = (*ADMIN_TABLES, *OWNER_TABLES, HISTORY_TABLE)

_STAMP = f"""
CREATE OR REPLACE FUNCTION sijill_history_stamp() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
BEGIN
    NEW.server_user := session_user;
    NEW.server_time := now();
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS sijill_history_stamp ON {HISTORY_TABLE};
CREATE TRIGGER sijill_history_stamp BEFORE INSERT ON {HISTORY_TABLE}
    FOR EACH ROW EXECUTE FUNCTION sijill_history_stamp();
CREATE OR REPLACE FUNCTION sijill_history_append_only() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = 'permission denied for table {HISTORY_TABLE}: the history is append-only (' || TG_OP || ' refused)';
END $$;
DROP TRIGGER IF EXISTS sijill_history_append_only ON {HISTORY_TABLE};
CREATE TRIGGER sijill_history_append_only BEFORE UPDATE OR DELETE ON {HISTORY_TABLE}
    FOR EACH ROW EXECUTE FUNCTION sijill_history_append_only();
DROP TRIGGER IF EXISTS sijill_history_no_truncate ON {HISTORY_TABLE};
CREATE TRIGGER sijill_history_no_truncate BEFORE TRUNCATE ON {HISTORY_TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION sijill_history_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON {HISTORY_TABLE} FROM PUBLIC;
REVOKE ALL ON FUNCTION sijill_history_stamp() FROM PUBLIC;
REVOKE ALL ON FUNCTION sijill_history_append_only() FROM PUBLIC;
"""

_UNSTAMP = f"""
DROP TRIGGER IF EXISTS sijill_history_stamp ON {HISTORY_TABLE};
DROP TRIGGER IF EXISTS sijill_history_append_only ON {HISTORY_TABLE};
DROP TRIGGER IF EXISTS sijill_history_no_truncate ON {HISTORY_TABLE};
DROP FUNCTION IF EXISTS sijill_history_stamp();
DROP FUNCTION IF EXISTS sijill_history_append_only();
"""


def install_history_guard(connection: Connection) -> None:
    """The server-written history and its append-only guard (migration 0007)."""
    connection.exec_driver_sql(_STAMP)


def remove_history_guard(connection: Connection) -> None:
    connection.exec_driver_sql(_UNSTAMP)


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _scalar(connection: Connection, sql: str, **params: object) -> object:
    return connection.execute(text(sql), params).scalar()


def roles_exist(connection: Connection) -> bool:
    found = _scalar(connection, "SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)", names=list(ROLE_NAMES.values()))
    return found == len(ROLE_NAMES)


def _tables(connection: Connection) -> list[str]:
    rows = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"))
    return [str(r[0]) for r in rows]


def editor_tables(tables: Iterable[str]) -> list[str]:
    """The tables editors change (every table but settings, migrations and the history)."""
    return [t for t in tables if t not in NOT_EDITOR_TABLES]


# -- what the connected user may do -------------------------------------------------------------
@dataclass(frozen=True)
class Privileges:
    login: str  # session_user: who logged in
    access: Access


def _can(connection: Connection, table: str, privileges: str) -> bool:
    checks = " AND ".join(f"has_table_privilege(:t, '{p}')" for p in privileges.split(","))
    return bool(_scalar(connection, f"SELECT {checks}", t=table))


def privileges(connection: Connection) -> Privileges:
    """Read the connected login's privileges on this register's tables. A SQLite file has no
    roles: whoever may open it owns it (its file permissions are the access control)."""
    if connection.dialect.name != "postgresql":
        return Privileges("", Access.OWNER)
    row = connection.execute(
        text(
            "SELECT session_user, r.rolsuper, pg_has_role(current_user, t.tableowner, 'USAGE') "
            "FROM pg_roles r LEFT JOIN pg_tables t ON t.schemaname = current_schema() AND t.tablename = :h "
            "WHERE r.rolname = current_user"
        ),
        {"h": HISTORY_TABLE},
    ).one()
    login, superuser, owner = str(row[0]), bool(row[1]), bool(row[2])
    if superuser or owner:
        return Privileges(login, Access.OWNER)
    tables = _tables(connection)
    editing = all(_can(connection, t, "INSERT,UPDATE,DELETE") for t in editor_tables(tables))
    editing = editing and _can(connection, HISTORY_TABLE, "INSERT")
    if not editing:
        return Privileges(login, Access.READER)
    admin = all(_can(connection, t, "INSERT,UPDATE,DELETE") for t in ADMIN_TABLES if t in tables)
    return Privileges(login, Access.ADMIN if admin else Access.EDITOR)


# -- set-up (the owner) -------------------------------------------------------------------------
def setup(connection: Connection) -> list[str]:
    """Create the three roles when missing and give them their privileges on this database.
    Needs the database's owner with CREATEROLE (or a superuser). Returns the roles created."""
    created = []
    try:
        for name in ROLE_NAMES.values():
            if not _scalar(connection, "SELECT count(*) FROM pg_roles WHERE rolname = :n", n=name):
                connection.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN")
                created.append(name)
        reader, editor, admin = (ROLE_NAMES[a] for a in (Access.READER, Access.EDITOR, Access.ADMIN))
        _member(connection, reader, editor, admin_option=False)
        # admins give and take the roles: ADMIN OPTION on reader and editor here, on admin
        # itself through each admin login's own grant (grant(..., Access.ADMIN))
        _member(connection, editor, admin, admin_option=True)
        _member(connection, reader, admin, admin_option=True)
    except DBAPIError as exc:
        if errors.kind(exc) != "denied":
            raise
        raise SijillError(
            Message(
                N_(
                    "Making the roles needs the CREATEROLE attribute: a superuser runs "
                    "ALTER ROLE {login} CREATEROLE, then run `sijill server setup` again ({error})."
                ),
                {"login": _scalar(connection, "SELECT session_user"), "error": errors.first_line(exc)},
            )
        ) from exc
    apply_grants(connection)
    return created


def _member(connection: Connection, role: str, member: str, *, admin_option: bool) -> None:
    """GRANT role TO member, only when missing (another database's owner on the same server
    then needs no CREATEROLE: the roles and their memberships are the server's)."""
    held = connection.execute(
        text(
            "SELECT a.admin_option FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :r AND m.rolname = :m"
        ),
        {"r": role, "m": member},
    ).scalars().all()
    if not held or (admin_option and not any(held)):
        connection.exec_driver_sql(f"GRANT {role} TO {member}" + (" WITH ADMIN OPTION" if admin_option else ""))


def apply_grants(connection: Connection) -> None:
    """Give the roles exactly their privileges on every table of this database (idempotent;
    run after every migration, so new tables are covered)."""
    reader, editor, admin = (ROLE_NAMES[a] for a in (Access.READER, Access.EDITOR, Access.ADMIN))
    database = _quote(connection, str(_scalar(connection, "SELECT current_database()")))
    schema = _quote(connection, str(_scalar(connection, "SELECT current_schema()")))
    tables = _tables(connection)
    roles = f"{reader}, {editor}, {admin}"
    statements = [
        f"GRANT CONNECT ON DATABASE {database} TO {reader}",
        f"GRANT USAGE ON SCHEMA {schema} TO {reader}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {roles}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {reader}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {editor}",
    ]
    for table in editor_tables(tables):
        statements.append(f"GRANT INSERT, UPDATE, DELETE ON {_quote(connection, table)} TO {editor}")
    if HISTORY_TABLE in tables:
        statements.append(f"GRANT INSERT ON {HISTORY_TABLE} TO {editor}")
        statements.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {HISTORY_TABLE} FROM PUBLIC")
    for table in ADMIN_TABLES:
        if table in tables:
            statements.append(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {admin}")
    for statement in statements:
        connection.exec_driver_sql(statement)


# -- who has which role (admins) ----------------------------------------------------------------
@dataclass(frozen=True)
class Member:
    login: str
    role: Access


_MEMBERS = """
WITH RECURSIVE m(member, granted) AS (
    SELECT member, roleid FROM pg_auth_members
    UNION SELECT m.member, a.roleid FROM m JOIN pg_auth_members a ON a.member = m.granted
)
SELECT r.rolname, g.rolname FROM m
JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.granted
WHERE r.rolcanlogin AND g.rolname = ANY(:names)
"""


def members(connection: Connection) -> list[Member]:
    """Every login with one of the roles (its strongest), and the tables' owner, by name."""
    by_name = {v: k for k, v in ROLE_NAMES.items()}
    found: dict[str, Access] = {}
    for login, role in connection.execute(text(_MEMBERS), {"names": list(ROLE_NAMES.values())}):
        access = by_name[str(role)]
        if str(login) not in found or access.allows(found[str(login)]):
            found[str(login)] = access
    owner = _scalar(connection, "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = :h", h=HISTORY_TABLE)
    if owner:
        found[str(owner)] = Access.OWNER
    return [Member(login, access) for login, access in sorted(found.items())]


def _check_login(connection: Connection, login: str) -> None:
    row = connection.execute(text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
    if row is None or login in ROLE_NAMES.values():
        raise SijillError(
            Message(
                N_("There is no login {login} on the server: its administrator creates it first (createuser --pwprompt {login})."),
                {"login": login},
            )
        )
    if not row[0]:
        raise SijillError(Message(N_("{login} is a group role, not a login; give the role to a person's login."), {"login": login}))


def _direct_roles(connection: Connection, login: str) -> list[str]:
    rows = connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles r ON r.oid = a.member WHERE r.rolname = :n AND g.rolname = ANY(:names)"
        ),
        {"n": login, "names": list(ROLE_NAMES.values())},
    )
    return sorted({str(r[0]) for r in rows})


def grant(connection: Connection, login: str, access: Access) -> None:
    """Make ``login`` a member of exactly the role for ``access`` (admins also get the right
    to give the roles)."""
    _check_login(connection, login)
    role = ROLE_NAMES[access]
    admin_option = " WITH ADMIN OPTION" if access is Access.ADMIN else ""
    connection.exec_driver_sql(f"GRANT {role} TO {_quote(connection, login)}{admin_option}")
    _revoke(connection, login, keep=role)


def revoke(connection: Connection, login: str) -> list[str]:
    """Take every Sijill role from ``login``; returns the roles it had directly."""
    _check_login(connection, login)
    return _revoke(connection, login)


def _revoke(connection: Connection, login: str, keep: str | None = None) -> list[str]:
    had = [role for role in _direct_roles(connection, login) if role != keep]
    for role in had:
        connection.exec_driver_sql(f"REVOKE {role} FROM {_quote(connection, login)}")
    left = [role for role in _direct_roles(connection, login) if role != keep]
    if left:  # PostgreSQL 16+: a membership can only be revoked by whoever granted it
        raise SijillError(
            Message(
                N_("The server kept {login} in {roles}: that role was given by another administrator, who must take it back."),
                {"login": login, "roles": ", ".join(left)},
            )
        )
    return had
