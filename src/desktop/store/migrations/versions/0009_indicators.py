"""indicators per objective, values reported by activities, entries by hand (issue 23)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 00:10:14.222879
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_ar', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('direction', sa.Enum('increase', 'decrease', name='direction', native_enum=False, length=32), nullable=False),
    sa.Column('method', sa.Enum('participants', 'reported', 'count', 'manual', name='method', native_enum=False, length=32), nullable=False),
    sa.Column('kinds', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_indicator_objective_id_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('uuid', name=op.f('uq_indicator_uuid'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_objective_id'), ['objective_id'], unique=False)

    op.create_table('activity_indicator_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_indicator_value_activity_id_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_activity_indicator_value_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_indicator_value')),
    sa.UniqueConstraint('activity_id', 'indicator_id', name=op.f('uq_activity_indicator_value_activity_id'))
    )
    with op.batch_alter_table('activity_indicator_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_indicator_value_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_indicator_value_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('indicator_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=True),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_entry_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_entry'))
    )
    with op.batch_alter_table('indicator_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_entry_indicator_id'), ['indicator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('indicator_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_entry_indicator_id'))

    op.drop_table('indicator_entry')
    with op.batch_alter_table('activity_indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_indicator_value_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_activity_indicator_value_activity_id'))

    op.drop_table('activity_indicator_value')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_objective_id'))

    op.drop_table('indicator')
