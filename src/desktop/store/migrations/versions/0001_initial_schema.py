"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27 20:51:41.299727
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('agreement',
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('title_ar', sa.Text(), nullable=False),
    sa.Column('title_en', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('joint_action_plan', 'mou', 'letter_of_agreement', 'other', name='agreementkind', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('draft', 'signed', 'active', 'completed', 'expired', 'superseded', name='agreementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('period_start', sa.String(length=10), nullable=True),
    sa.Column('period_end', sa.String(length=10), nullable=True),
    sa.Column('signed_on', sa.String(length=10), nullable=True),
    sa.Column('signing_place_ar', sa.String(length=300), nullable=False),
    sa.Column('signing_place_en', sa.String(length=300), nullable=False),
    sa.Column('predecessor_id', sa.Integer(), nullable=True),
    sa.Column('purpose_ar', sa.Text(), nullable=False),
    sa.Column('purpose_en', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['predecessor_id'], ['agreement.id'], name=op.f('fk_agreement_predecessor_id_agreement'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('reference', name=op.f('uq_agreement_reference')),
    sa.UniqueConstraint('uuid', name=op.f('uq_agreement_uuid'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_predecessor_id'), ['predecessor_id'], unique=False)

    op.create_table('organization',
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.Enum('un_agency', 'intergovernmental', 'member_state', 'ngo', 'other', name='organizationkind', native_enum=False, length=32), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organization_uuid'))
    )
    op.create_table('register_setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_register_setting_key'))
    )
    op.create_table('agreement_party',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_party_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_agreement_party_organization_id_organization'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('agreement_id', 'organization_id', name=op.f('pk_agreement_party'))
    )
    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_party_organization_id'), ['organization_id'], unique=False)

    op.create_table('milestone',
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('title_ar', sa.Text(), nullable=False),
    sa.Column('title_en', sa.Text(), nullable=False),
    sa.Column('description_ar', sa.Text(), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_milestone_agreement_id_agreement'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone')),
    sa.UniqueConstraint('uuid', name=op.f('uq_milestone_uuid'))
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_date'), ['date'], unique=False)

    op.create_table('objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text_ar', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_objective_agreement_id_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objective')),
    sa.UniqueConstraint('uuid', name=op.f('uq_objective_uuid'))
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('person',
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('honorific_ar', sa.String(length=100), nullable=False),
    sa.Column('honorific_en', sa.String(length=100), nullable=False),
    sa.Column('position_ar', sa.Text(), nullable=False),
    sa.Column('position_en', sa.Text(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_person_organization_id_organization'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_uuid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_organization_id'), ['organization_id'], unique=False)

    op.create_table('activity',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('workshop', 'lecture', 'joint_field_visit', 'capacity_building', 'information_exchange', 'meeting', 'other', name='activitykind', native_enum=False, length=32), nullable=False),
    sa.Column('title_ar', sa.Text(), nullable=False),
    sa.Column('title_en', sa.Text(), nullable=False),
    sa.Column('start', sa.String(length=10), nullable=True),
    sa.Column('end', sa.String(length=10), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('status', sa.Enum('planned', 'ongoing', 'completed', 'postponed', 'cancelled', name='activitystatus', native_enum=False, length=32), nullable=False),
    sa.Column('lead_organization_id', sa.Integer(), nullable=True),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('participants IS NULL OR participants >= 0', name=op.f('ck_activity_participants')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_activity_agreement_id_agreement'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['lead_organization_id'], ['organization.id'], name=op.f('fk_activity_lead_organization_id_organization'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_activity_objective_id_objective'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_activity_uuid'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index('ix_activity_agreement_start', ['agreement_id', 'start'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_lead_organization_id'), ['lead_organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_objective_id'), ['objective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_start'), ['start'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_status'), ['status'], unique=False)

    op.create_table('signatory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_signatory_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_id'], ['organization.id'], name=op.f('fk_signatory_party_id_organization'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_signatory_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatory'))
    )
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatory_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signatory_party_id'), ['party_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signatory_person_id'), ['person_id'], unique=False)

    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.String(length=300), nullable=False),
    sa.Column('text_ar', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_statement_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_statement_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement')),
    sa.UniqueConstraint('uuid', name=op.f('uq_statement_uuid'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_person_id'), ['person_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_person_id'))
        batch_op.drop_index(batch_op.f('ix_statement_agreement_id'))

    op.drop_table('statement')
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatory_person_id'))
        batch_op.drop_index(batch_op.f('ix_signatory_party_id'))
        batch_op.drop_index(batch_op.f('ix_signatory_agreement_id'))

    op.drop_table('signatory')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_status'))
        batch_op.drop_index(batch_op.f('ix_activity_start'))
        batch_op.drop_index(batch_op.f('ix_activity_objective_id'))
        batch_op.drop_index(batch_op.f('ix_activity_lead_organization_id'))
        batch_op.drop_index('ix_activity_agreement_start')

    op.drop_table('activity')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organization_id'))

    op.drop_table('person')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_agreement_id'))

    op.drop_table('objective')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_date'))
        batch_op.drop_index(batch_op.f('ix_milestone_agreement_id'))

    op.drop_table('milestone')
    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_party_organization_id'))

    op.drop_table('agreement_party')
    op.drop_table('register_setting')
    op.drop_table('organization')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_predecessor_id'))

    op.drop_table('agreement')
    
