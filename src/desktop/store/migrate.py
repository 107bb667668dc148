"""Alembic, run from code: migrations live in ``desktop/store/migrations``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop.domain.errors import SchemaTooNewError
from desktop.domain.messages import Message, N_

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def is_head(revision: str | None) -> bool:
    return revision == head_revision()


def current_revision(connection: Connection) -> str | None:
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
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
