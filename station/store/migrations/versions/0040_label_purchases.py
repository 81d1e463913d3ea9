"""Buy Shipping label purchases, recorded before and after the call (issue 8).

Revision ID: 0040
Revises: 0030
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0040'
down_revision = '0030'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('label_purchases',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('order_id', sa.String(length=40), nullable=False),
        sa.Column('package_no', sa.Integer(), nullable=False),
        sa.Column('package_reference_id', sa.Integer(), nullable=False),
        sa.Column('idempotency_key', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('request_token', sa.String(length=200), nullable=True),
        sa.Column('rate_id', sa.String(length=200), nullable=True),
        sa.Column('carrier_id', sa.String(length=60), nullable=True),
        sa.Column('carrier_name', sa.String(length=100), nullable=True),
        sa.Column('service_id', sa.String(length=100), nullable=True),
        sa.Column('service_name', sa.String(length=200), nullable=True),
        sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column('currency', sa.String(length=3), nullable=True),
        sa.Column('items', sa.JSON(), nullable=False),
        sa.Column('weight_g', sa.Integer(), nullable=True),
        sa.Column('box_code', sa.String(length=60), nullable=True),
        sa.Column('ship_date', sa.DateTime(timezone=True), nullable=True),
        sa.Column('shipment_id', sa.String(length=100), nullable=True),
        sa.Column('tracking_number', sa.String(length=60), nullable=True),
        sa.Column('label_format', sa.String(length=10), nullable=True),
        sa.Column('label', sa.LargeBinary(), nullable=True),
        sa.Column('label_job_id', sa.Integer(), nullable=True),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('station', sa.String(length=100), nullable=True),
        sa.Column('operator', sa.String(length=100), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('purchased_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('label_purchases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_label_purchases_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_purchases_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_purchases_idempotency_key'), ['idempotency_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_purchases_shipment_id'), ['shipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_label_purchases_tracking_number'), ['tracking_number'], unique=False)


def downgrade() -> None:
    op.drop_table('label_purchases')
