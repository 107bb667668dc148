"""history, trash (tombstones), record lineage, exchange peers and conflicts (issue 5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 21:03:52.571563
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_kind', sa.String(length=32), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('mine', sa.Text(), nullable=True),
    sa.Column('theirs', sa.Text(), nullable=True),
    sa.Column('theirs_digest', sa.String(length=64), nullable=False),
    sa.Column('theirs_lineage', sa.Text(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_conflict'))
    )
    with op.batch_alter_table('exchange_conflict', schema=None) as batch_op:
        batch_op.create_index('ix_exchange_conflict_open', ['resolved_at', 'record_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_conflict_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('exchange_peer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('last_received_bundle', sa.String(length=36), nullable=True),
    sa.Column('last_received_created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_imported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_sent_bundle', sa.String(length=36), nullable=True),
    sa.Column('last_sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_peer')),
    sa.UniqueConstraint('peer_id', name=op.f('uq_exchange_peer_peer_id'))
    )
    op.create_table('record_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_kind', sa.String(length=32), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_history'))
    )
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_history_changed_at'), ['changed_at'], unique=False)
        batch_op.create_index('ix_record_history_record', ['record_uuid', 'id'], unique=False)

    op.create_table('record_lineage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_lineage')),
    sa.UniqueConstraint('record_uuid', 'digest', name=op.f('uq_record_lineage_record_uuid'))
    )
    with op.batch_alter_table('record_lineage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_record_lineage_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('record_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('vid', sa.String(length=64), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_head')),
    sa.UniqueConstraint('record_uuid', name=op.f('uq_record_head_record_uuid'))
    )
    op.create_table('tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_kind', sa.String(length=32), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('parent_uuid', sa.String(length=36), nullable=True),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=True),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('marker', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_by', sa.String(length=200), nullable=False),
    sa.Column('in_trash', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone')),
    sa.UniqueConstraint('record_uuid', name=op.f('uq_tombstone_record_uuid'))
    )
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstone_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_tombstone_parent_uuid'), ['parent_uuid'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstone_parent_uuid'))
        batch_op.drop_index(batch_op.f('ix_tombstone_deleted_at'))

    op.drop_table('tombstone')
    with op.batch_alter_table('record_lineage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_lineage_record_uuid'))

    op.drop_table('record_lineage')
    op.drop_table('record_head')
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.drop_index('ix_record_history_record')
        batch_op.drop_index(batch_op.f('ix_record_history_changed_at'))

    op.drop_table('record_history')
    op.drop_table('exchange_peer')
    with op.batch_alter_table('exchange_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_conflict_record_uuid'))
        batch_op.drop_index('ix_exchange_conflict_open')

    op.drop_table('exchange_conflict')
