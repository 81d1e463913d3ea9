"""First tables: products, orders and their lines, buyer data, scans, packages, outbox, sync state.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('orders',
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('marketplace_id', sa.String(length=20), nullable=False),
    sa.Column('amazon_status', sa.String(length=20), nullable=False),
    sa.Column('pack_status', sa.String(length=20), nullable=False),
    sa.Column('fulfilled_by', sa.String(length=10), nullable=False),
    sa.Column('purchase_date', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_updated', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ship_by', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deliver_by', sa.DateTime(timezone=True), nullable=True),
    sa.Column('is_prime', sa.Boolean(), nullable=False),
    sa.Column('is_gift', sa.Boolean(), nullable=False),
    sa.Column('is_business', sa.Boolean(), nullable=False),
    sa.Column('is_replacement', sa.Boolean(), nullable=False),
    sa.Column('replaced_order_id', sa.String(length=40), nullable=True),
    sa.Column('purchase_order_number', sa.String(length=100), nullable=True),
    sa.Column('ship_service_level', sa.String(length=60), nullable=True),
    sa.Column('order_total', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('station', sa.String(length=100), nullable=True),
    sa.Column('operator', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('order_id')
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_amazon_status'), ['amazon_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_pack_status'), ['pack_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_ship_by'), ['ship_by'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('dedupe_key', sa.String(length=120), nullable=False),
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('station', sa.String(length=100), nullable=True),
    sa.Column('operator', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dedupe_key')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_status'), ['status'], unique=False)

    op.create_table('products',
    sa.Column('sku', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('asin', sa.String(length=20), nullable=True),
    sa.Column('fnsku', sa.String(length=20), nullable=True),
    sa.Column('bin', sa.String(length=60), nullable=True),
    sa.Column('weight_g', sa.Integer(), nullable=True),
    sa.Column('length_mm', sa.Integer(), nullable=True),
    sa.Column('width_mm', sa.Integer(), nullable=True),
    sa.Column('height_mm', sa.Integer(), nullable=True),
    sa.Column('image', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sku')
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_asin'), ['asin'], unique=False)
        batch_op.create_index(batch_op.f('ix_products_fnsku'), ['fnsku'], unique=False)

    op.create_table('scans',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=600), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('problem', sa.String(length=30), nullable=True),
    sa.Column('command', sa.String(length=30), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('order_item_id', sa.String(length=40), nullable=True),
    sa.Column('sku', sa.String(length=200), nullable=True),
    sa.Column('package_no', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=100), nullable=True),
    sa.Column('operator', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('scans', schema=None) as batch_op:
        batch_op.create_index('ix_scans_order_seq', ['order_id', 'id'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('buyer_info',
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('buyer_name', sa.Text(), nullable=True),
    sa.Column('ship_name', sa.Text(), nullable=True),
    sa.Column('ship_company', sa.Text(), nullable=True),
    sa.Column('address_line1', sa.Text(), nullable=True),
    sa.Column('address_line2', sa.Text(), nullable=True),
    sa.Column('address_line3', sa.Text(), nullable=True),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('state_or_region', sa.Text(), nullable=True),
    sa.Column('postal_code', sa.Text(), nullable=True),
    sa.Column('country_code', sa.String(length=2), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('gift_message', sa.Text(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purge_after', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['orders.order_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('order_id')
    )
    with op.batch_alter_table('buyer_info', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_buyer_info_purge_after'), ['purge_after'], unique=False)

    op.create_table('order_lines',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('order_item_id', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=200), nullable=False),
    sa.Column('asin', sa.String(length=20), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('quantity_shipped', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=40), nullable=False),
    sa.Column('condition_note', sa.Text(), nullable=True),
    sa.Column('unit_price', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('gift_wrap', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.order_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_id', 'order_item_id')
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_lines_sku'), ['sku'], unique=False)

    op.create_table('packages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('order_id', sa.String(length=40), nullable=False),
    sa.Column('package_reference_id', sa.Integer(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=True),
    sa.Column('carrier', sa.String(length=60), nullable=True),
    sa.Column('carrier_name', sa.String(length=100), nullable=True),
    sa.Column('shipping_service', sa.String(length=100), nullable=True),
    sa.Column('tracking_number', sa.String(length=60), nullable=True),
    sa.Column('ship_date', sa.DateTime(timezone=True), nullable=True),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('station', sa.String(length=100), nullable=True),
    sa.Column('operator', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.order_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_id', 'package_reference_id')
    )
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_packages_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_packages_tracking_number'), ['tracking_number'], unique=False)

    op.create_table('product_barcodes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('sku', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=200), nullable=False),
    sa.Column('match_key', sa.String(length=220), nullable=False),
    sa.ForeignKeyConstraint(['sku'], ['products.sku'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('product_barcodes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_barcodes_match_key'), ['match_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_barcodes_sku'), ['sku'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('product_barcodes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_barcodes_sku'))
        batch_op.drop_index(batch_op.f('ix_product_barcodes_match_key'))

    op.drop_table('product_barcodes')
    with op.batch_alter_table('packages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_packages_tracking_number'))
        batch_op.drop_index(batch_op.f('ix_packages_order_id'))

    op.drop_table('packages')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_lines_sku'))
        batch_op.drop_index(batch_op.f('ix_order_lines_order_id'))

    op.drop_table('order_lines')
    with op.batch_alter_table('buyer_info', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_buyer_info_purge_after'))

    op.drop_table('buyer_info')
    op.drop_table('sync_state')
    with op.batch_alter_table('scans', schema=None) as batch_op:
        batch_op.drop_index('ix_scans_order_seq')

    op.drop_table('scans')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_fnsku'))
        batch_op.drop_index(batch_op.f('ix_products_asin'))

    op.drop_table('products')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_order_id'))

    op.drop_table('outbox')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_ship_by'))
        batch_op.drop_index(batch_op.f('ix_orders_pack_status'))
        batch_op.drop_index(batch_op.f('ix_orders_amazon_status'))

    op.drop_table('orders')

