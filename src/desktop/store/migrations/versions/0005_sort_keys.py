"""sort keys of the Activities list: normalised titles and an index per sortable column

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 00:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.store.models import ACTIVITY_INDEXES
from desktop.text.normalize import normalize_for_search

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("sort_title_ar", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("sort_title_en", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    activity = sa.table("activity", sa.column("id", sa.Integer), sa.column("title_ar", sa.Text),
                        sa.column("title_en", sa.Text), sa.column("sort_title_ar", sa.Text),
                        sa.column("sort_title_en", sa.Text))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(activity.c.id, activity.c.title_ar, activity.c.title_en)
            .where(activity.c.id > last).order_by(activity.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            activity.update().where(activity.c.id == sa.bindparam("row_id")),
            [{"row_id": i, "sort_title_ar": normalize_for_search(ar or ""), "sort_title_en": normalize_for_search(en or "")}
             for i, ar, en in rows],
        )
        last = rows[-1][0]
    for name, columns in ACTIVITY_INDEXES.items():
        op.create_index(name, "activity", list(columns))


def downgrade() -> None:
    for name in ACTIVITY_INDEXES:
        op.drop_index(name, table_name="activity")
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("sort_title_en")
        batch.drop_column("sort_title_ar")
