"""train_part: when each lesson part was delivered and answered (time on task), replies and self-scores

Revision ID: 14a0timeontask
Revises: 17a0evaluation
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '14a0timeontask'
down_revision = '17a0evaluation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('train_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('part_index', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('reply', sa.Text(), nullable=False),
    sa.Column('reply_chars', sa.Integer(), nullable=False),
    sa.Column('exercise_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('scores', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('scored_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enrollment_id'], ['train_enrollment.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enrollment_id', 'module_id', 'part_index')
    )
    with op.batch_alter_table('train_part', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_train_part_enrollment_id'), ['enrollment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('train_part', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_train_part_enrollment_id'))
    op.drop_table('train_part')
