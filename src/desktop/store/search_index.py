"""The indexes behind Arabic-aware search over the normalised ``search_text`` columns.

SQLite: an FTS5 table per searchable table, with the ``trigram`` tokenizer (any substring of
three characters or more is found through the index), holding no copy of the text
(``content=`` the table itself) and kept in step by triggers, so every write path (services,
spreadsheet import, exchange, bulk generation) keeps it right without knowing it exists.

PostgreSQL: a ``pg_trgm`` GIN index on ``search_text``, which serves ``LIKE '%term%'``.

A later migration that rebuilds ``activity`` or ``agreement`` (SQLite batch mode copies a table
and drops the old one, and its triggers with it) must call :func:`create_sqlite` again.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: searchable table -> its FTS5 table
FTS_TABLES = {"activity": "activity_search", "agreement": "agreement_search"}
PG_INDEXES = {"activity": "ix_activity_search_trgm", "agreement": "ix_agreement_search_trgm"}
#: the shortest term a trigram index can find
MIN_INDEXED = 3


def is_index_name(name: str | None) -> bool:
    """True for the FTS5 table and its shadow tables (which the models do not declare)."""
    return bool(name) and any(str(name).startswith(fts) for fts in FTS_TABLES.values())


def _sqlite_statements(table: str, fts: str) -> list[str]:
    insert = f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text);"
    delete = f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
        f"search_text, content='{table}', content_rowid='id', tokenize='trigram case_sensitive 1')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF search_text ON {table} "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def create_sqlite(connection: Connection) -> None:
    for table, fts in FTS_TABLES.items():
        for statement in _sqlite_statements(table, fts):
            connection.exec_driver_sql(statement)


def drop_sqlite(connection: Connection) -> None:
    for fts in FTS_TABLES.values():
        for trigger in ("insert", "delete", "update"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")


def create_postgresql(connection: Connection) -> bool:
    """Create the trigram indexes; False (and no index) when pg_trgm cannot be enabled,
    e.g. a role without the right to create extensions: search still works, unindexed."""
    try:
        with connection.begin_nested():
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except Exception:  # noqa: BLE001 - any refusal leaves search working without the index
        return False
    for table, index in PG_INDEXES.items():
        connection.execute(
            text(f"CREATE INDEX IF NOT EXISTS {index} ON {table} USING gin (search_text gin_trgm_ops)")
        )
    return True


def drop_postgresql(connection: Connection) -> None:
    for index in PG_INDEXES.values():
        connection.execute(text(f"DROP INDEX IF EXISTS {index}"))
