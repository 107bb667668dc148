"""server-written history (login and clock) and append-only record_history on PostgreSQL

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 00:30:00

On SQLite only the two columns are added (a plain ADD COLUMN, no table copy); they stay NULL
there: a SQLite file has one user, whose access control is the file's permissions.
The roles themselves are made by ``sijill server setup`` (store/roles.py); when they exist,
their grants are applied again after every migration (migrate.upgrade).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.store import roles

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('record_history', sa.Column('server_user', sa.String(length=200), nullable=True))
    op.add_column('record_history', sa.Column('server_time', sa.DateTime(timezone=True), nullable=True))
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        roles.install_history_guard(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        roles.remove_history_guard(connection)
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.drop_column('server_time')
        batch_op.drop_column('server_user')
