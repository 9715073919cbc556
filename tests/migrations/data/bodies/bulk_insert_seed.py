"""seed currencies and rates

Revision ID: 0b5e3d2c1a99
Revises: 77aa01bc9d10
Create Date: 2026-12-02 09:30:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column

revision = '0b5e3d2c1a99'
down_revision = '77aa01bc9d10'
branch_labels = None
depends_on = None

CURRENCY_TABLE = 'currencies'


def upgrade():
    currencies = table(CURRENCY_TABLE,
        column('code', sa.String(3)),
        column('name', sa.Unicode(64)),
        column('minor_units', sa.Integer),
        column('symbol', sa.Unicode(4)),
        column('active', sa.Boolean),
    )
    op.bulk_insert(currencies,
        [
            {'code': 'EUR', 'name': 'Euro', 'minor_units': 2, 'symbol': '\u20ac', 'active': True},
            {'code': 'JPY', 'name': 'Yen', 'minor_units': 0, 'symbol': '¥', 'active': True},
            {'code': 'XAU', 'name': "Gold (troy ounce)", 'minor_units': -1, 'symbol': None, 'active': False},
            {'code': 'BTC', 'name': 'Bitcoin \U0001F4B0', 'minor_units': 8, 'symbol': 'B\t\x00', 'active': False},
        ],
        multiinsert=False,
    )


def downgrade():
    op.execute(
        "DELETE FROM currencies "
        "WHERE code IN ('EUR', 'JPY', 'XAU')"
    )
