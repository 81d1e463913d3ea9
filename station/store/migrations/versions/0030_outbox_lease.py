"""Outbox: lease owner (a restarted station takes back its own interrupted sends at once) and Amazon's errors.

Revision ID: 0030
Revises: 0010
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0030'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_owner', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('errors', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('errors')
        batch_op.drop_column('lease_owner')
