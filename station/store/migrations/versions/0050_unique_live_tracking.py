"""One live package per tracking number, enforced by the database (issue 8).

The own-carrier check refuses a number another order uses, but two stations scanning the same number at
the same instant could both pass it; this partial unique index makes the second commit fail instead.
Voided packages keep their number and are left out.

Revision ID: 0050
Revises: 0040
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa

revision = '0050'
down_revision = '0040'
branch_labels = None
depends_on = None

LIVE = sa.text("status <> 'voided'")


def upgrade() -> None:
    # If that race already happened, the index cannot be made: say which packages, change nothing.
    clashes = op.get_bind().execute(sa.text(
        "SELECT tracking_number, min(order_id), max(order_id) FROM packages "
        "WHERE status <> 'voided' AND tracking_number IS NOT NULL GROUP BY tracking_number HAVING count(*) > 1"
    )).all()
    if clashes:
        listed = "; ".join(f"{number} on orders {first} and {last}" for number, first, last in clashes[:5])
        raise RuntimeError(
            f"one tracking number is on two live packages ({listed}). Check which order it belongs to in "
            "Seller Central, set the other package's status to 'voided' in the packages table, then start again")
    op.create_index('uq_packages_live_tracking', 'packages', ['tracking_number'], unique=True,
                    postgresql_where=LIVE, sqlite_where=LIVE)


def downgrade() -> None:
    op.drop_index('uq_packages_live_tracking', table_name='packages')
