"""Run the store/service tests on SQLite and, when a server is given, on PostgreSQL.

``scripts/test.sh`` starts a throwaway server (scripts/pg-test-server.sh) and exports its URL
as $SIJILL_TEST_POSTGRES_URL. Tests under the directories in ``BOTH_ENGINES`` that use
``register`` or ``db_url`` then run twice, ``[sqlite]`` and ``[postgresql]``; every PostgreSQL
test gets an emptied register (one shared database, rows deleted before each test).
Tests that are SQLite by nature ask for ``db_path`` or are marked ``sqlite_only`` and stay
SQLite-only.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV = "SIJILL_TEST_POSTGRES_URL"
BOTH_ENGINES = ("store", "services", "cli", "exchange", "postgres")
_counter = itertools.count()


def postgres_url() -> str | None:
    return os.environ.get(ENV) or None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Both engines for ``db_engine`` users in BOTH_ENGINES, except SQLite-file tests: those
    that also ask for ``db_path`` or are marked ``sqlite_only``."""
    if "db_engine" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    area = Path(str(metafunc.definition.path)).parent.name
    if area in BOTH_ENGINES and postgres_url():
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a SQLite-file test; never run on PostgreSQL")


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: which engine this test runs on."""
    return getattr(request, "param", "sqlite")


class PostgresServer:
    """The throwaway server: an admin engine, a migrated template, fresh databases."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.prefix = f"sijill_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._template_ready = False
        self._shared: str | None = None
        self._engine = None
        # FILE_COPY (PostgreSQL 15+) copies a small template in ~0.1 s; WAL_LOG takes ~0.8 s.
        self._strategy = " STRATEGY FILE_COPY" if self._scalar("SHOW server_version_num") >= 150000 else ""

    def url_for(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _scalar(self, sql: str) -> int:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            return int(connection.execute(text(sql)).scalar_one())

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(sql))

    def create_empty(self) -> str:
        name = f"{self.prefix}_{next(_counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def create_migrated(self) -> str:
        if not self._template_ready:
            from desktop.store.database import open_database

            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{self.template}" TEMPLATE template0')
            open_database(self.url_for(self.template)).close()
            self._template_ready = True
        name = f"{self.prefix}_{next(_counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"{self._strategy}')
        return name

    def shared(self) -> str:
        """The session's shared database, emptied: faster than a new database per test
        (~20 ms against ~0.1-0.6 s). Its schema is checked and rebuilt if a test changed it."""
        from sqlalchemy import text

        from desktop.store import migrate

        if self._shared is None:
            self._shared = self.create_migrated()
        engine = self._shared_engine()
        with engine.begin() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != migrate.head_revision():
                engine.dispose()
                self.drop(self._shared)
                self._shared, self._engine = None, None
                return self.shared()
            connection.execute(text("SET LOCAL session_replication_role = replica"))  # no FK order
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
            ).scalars().all()
            for table in tables:
                connection.execute(text(f'DELETE FROM "{table}"'))
            for sequence in connection.execute(text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")).scalars():
                connection.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
        engine.dispose()
        return self._shared

    def _shared_engine(self):  # type: ignore[no-untyped-def]
        from sqlalchemy import create_engine

        if self._engine is None:
            self._engine = create_engine(self.url_for(self._shared), poolclass=_null_pool())
        return self._engine

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def terminate(self, name: str) -> int:
        """Cut every connection to database ``name`` (as a server restart would)."""
        from sqlalchemy import text

        with self.admin.connect() as connection:
            rows = connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                {"d": name},
            ).all()
        return len(rows)

    def close(self) -> None:
        if self._shared is not None:
            self.drop(self._shared)
        if self._template_ready:
            self.drop(self.template)
        self.admin.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The PostgreSQL test server; the test is skipped when none was started."""
    url = postgres_url()
    if not url:
        pytest.skip(f"no PostgreSQL test server (set {ENV}; scripts/test.sh does)")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def pg_database(pg_server: PostgresServer) -> str:
    """The name of an empty PostgreSQL register at the current schema head. It is shared
    between tests (emptied before each); a test that changes its schema should use
    ``pg_server.create_migrated()`` or ``create_empty()`` and drop its own database."""
    return pg_server.shared()


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_database: str) -> str:
    return pg_server.url_for(pg_database)


@pytest.fixture
def db_url(db_engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where this test's register lives: the ``db_path`` file, or a fresh PostgreSQL database."""
    if db_engine == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("db_path"))
