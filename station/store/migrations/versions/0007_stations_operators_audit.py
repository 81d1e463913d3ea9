"""Several stations, operators and audit (issue 7): operators, order_claims, leases, audit_log,
change signal (PostgreSQL journal + NOTIFY triggers, SQLite counter triggers), append-only audit.

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0001'
branch_labels = None
depends_on = None

WATCHED_PG = {  # table -> events of its statement trigger
    "orders": "INSERT OR UPDATE OR DELETE",
    "scans": "INSERT",
    "packages": "INSERT OR UPDATE OR DELETE",
    "outbox": "INSERT OR UPDATE OR DELETE",
    "order_claims": "INSERT OR DELETE OR UPDATE OF station",
}


def upgrade() -> None:
    big_id = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
    op.create_table('operators',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('pin_hash', sa.String(length=200), nullable=True),
        sa.Column('badge_digest', sa.String(length=64), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failed_pins', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
        sa.UniqueConstraint('badge_digest'))
    op.create_table('order_claims',
        sa.Column('order_id', sa.String(length=40), nullable=False),
        sa.Column('station', sa.String(length=100), nullable=False),
        sa.Column('operator', sa.String(length=100), nullable=True),
        sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.order_id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('order_id'))
    op.create_index('ix_order_claims_station', 'order_claims', ['station'])
    op.create_index('ix_order_claims_heartbeat_at', 'order_claims', ['heartbeat_at'])
    op.create_table('leases',
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('holder', sa.String(length=200), nullable=False),
        sa.Column('token', sa.BigInteger(), nullable=False),
        sa.Column('acquired_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('name'))
    op.create_table('audit_log',
        sa.Column('id', big_id, autoincrement=True, nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('station', sa.String(length=100), nullable=False),
        sa.Column('operator', sa.String(length=100), nullable=True),
        sa.Column('approver', sa.String(length=100), nullable=True),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('order_id', sa.String(length=40), nullable=True),
        sa.Column('details', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_audit_log_at', 'audit_log', ['at'])
    op.create_index('ix_audit_log_action', 'audit_log', ['action'])
    op.create_index('ix_audit_log_order_id', 'audit_log', ['order_id'])

    if op.get_bind().dialect.name == 'postgresql':
        # one row per changing statement; the visible row count moves exactly when such a transaction commits
        op.execute("CREATE TABLE station_changes (id BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL)")
        op.execute("""CREATE FUNCTION station_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO station_changes (tbl) VALUES (TG_TABLE_NAME);
                PERFORM pg_notify('station_changes', current_schema() || ':' || TG_TABLE_NAME);
                RETURN NULL;
            END $$""")
        for table, events in WATCHED_PG.items():
            op.execute(f"CREATE TRIGGER station_chg_{table} AFTER {events} ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION station_note_change()")
        op.execute("""CREATE FUNCTION station_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit log is append-only';
            END $$""")
        op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION station_audit_append_only()")
        op.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION station_audit_append_only()")
    else:
        from station.store.changes import ensure_sqlite_triggers

        ensure_sqlite_triggers(op.get_bind())
        op.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
        op.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in WATCHED_PG:
            op.execute(f"DROP TRIGGER IF EXISTS station_chg_{table} ON {table}")
        op.execute("DROP TABLE audit_log")  # its triggers go with it
        op.execute("DROP FUNCTION IF EXISTS station_audit_append_only()")
        op.execute("DROP FUNCTION IF EXISTS station_note_change()")
        op.execute("DROP TABLE IF EXISTS station_changes")
    else:
        from station.store.changes import SQLITE_TRIGGERS

        for name, _sql in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS change_version")
        op.drop_table('audit_log')
    op.drop_table('leases')
    op.drop_table('order_claims')
    op.drop_table('operators')
