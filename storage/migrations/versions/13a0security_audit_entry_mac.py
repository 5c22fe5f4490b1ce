"""audit entries carry an HMAC under a key kept outside the database

Revision ID: 13a0security
Revises: 14a0timeontask
Create Date: 2026-12-05 19:30:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '13a0security'
down_revision = '14a0timeontask'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: entries written before keyed hashing stay verifiable by their hash chain alone.
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mac', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('mac')
