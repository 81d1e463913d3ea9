"""Record which app version brought the schema to each revision, so an older app can name the version to install.

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-23

App version: 0.1.0
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Written by station.store.upgrade after every upgrade; read by older apps that meet a
    # revision they do not know (it is the one table whose shape must never change).
    op.create_table('station_versions',
    sa.Column('revision', sa.String(length=64), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('revision')
    )


def downgrade() -> None:
    op.drop_table('station_versions')
