"""queued_request: the embedded durable hand-over queue

Revision ID: 15a0durable
Revises: cdff92c0bd9c
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '15a0durable'
down_revision = 'cdff92c0bd9c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('queued_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('queued_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_queued_request_state'), ['state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('queued_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_queued_request_state'))
    op.drop_table('queued_request')
