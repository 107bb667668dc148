"""indexed Arabic search: FTS5 trigram tables (SQLite) or pg_trgm GIN indexes (PostgreSQL)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 21:20:00
"""

from __future__ import annotations

from alembic import op

from desktop.store import search_index

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.create_sqlite(connection)
    elif connection.dialect.name == "postgresql":
        search_index.create_postgresql(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        search_index.drop_sqlite(connection)
    elif connection.dialect.name == "postgresql":
        search_index.drop_postgresql(connection)
