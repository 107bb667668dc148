"""Alembic, run from code: migrations live in ``desktop/store/migrations``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from desktop.domain.errors import SchemaTooNewError
from desktop.domain.messages import Message, N_

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]?([\w.-]*)['\"]?", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def revision_graph() -> dict[str, str | None]:
    """Each migration's revision and the one it revises, read from the files' plain
    ``revision = '...'`` lines without importing Alembic (opening a register at head needs
    no more; Alembic is loaded only to migrate). tests/perf checks it agrees with Alembic."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found: dict[str, str] = {m[1]: m[2] for m in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8"))}
        if found.get("revision"):
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "", "None") else down
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"expected one head revision, found {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_graph())


def is_head(revision: str | None) -> bool:
    return revision == head_revision()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def refuse_if_too_new(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(
            Message(
                N_(
                    "The database {where} was written by a newer version of Sijill "
                    "(schema {revision}); it was left untouched. Please update Sijill."
                ),
                {"where": where, "revision": revision},
            )
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two apps opening a new server database at once: the second waits, then finds
            # the schema at head and has nothing to do.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(746543)")
        from alembic import command

        command.upgrade(alembic_config(connection), revision)
        if connection.dialect.name == "postgresql":
            from desktop.store import roles

            if roles.roles_exist(connection):  # new tables get the roles' privileges at once
                roles.apply_grants(connection)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        from alembic import command

        command.downgrade(alembic_config(connection), revision)
