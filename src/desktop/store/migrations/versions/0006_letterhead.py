"""the office's letterhead for printed summaries (issue 19)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 00:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('letterhead',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_ar', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('logo_type', sa.String(length=10), nullable=False),
    sa.Column('footer_ar', sa.Text(), nullable=False),
    sa.Column('footer_en', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letterhead'))
    )


def downgrade() -> None:
    op.drop_table('letterhead')
