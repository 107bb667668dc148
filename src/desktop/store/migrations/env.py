"""Alembic environment: always run from code with a connection in config.attributes."""

from __future__ import annotations

from alembic import context

from desktop.store.models import Base
from desktop.store.search_index import is_index_name


def _include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    """Autogenerate leaves the search indexes (FTS5 tables, trigram indexes) alone."""
    return not is_index_name(name) and not str(name or "").endswith("_search_trgm")


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` command
    raise SystemExit("Run migrations through Sijill (sijill init), not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=_include_name,
)
with context.begin_transaction():
    context.run_migrations()
