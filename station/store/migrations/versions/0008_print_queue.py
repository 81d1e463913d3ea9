"""Print queue: print_jobs (issue 5).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'print_jobs',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('printer_uri', sa.String(length=300), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('order_id', sa.String(length=40), nullable=True),
        sa.Column('content_type', sa.String(length=60), nullable=False),
        sa.Column('payload', sa.LargeBinary(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('reprint_of', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('station', sa.String(length=100), nullable=True),
        sa.Column('operator', sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_print_jobs_order_id', 'print_jobs', ['order_id'])
    op.create_index('ix_print_jobs_pending', 'print_jobs', ['station', 'status', 'id'])


def downgrade() -> None:
    op.drop_index('ix_print_jobs_pending', table_name='print_jobs')
    op.drop_index('ix_print_jobs_order_id', table_name='print_jobs')
    op.drop_table('print_jobs')
