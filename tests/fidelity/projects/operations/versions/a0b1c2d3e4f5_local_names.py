"""local names: enum types created and dropped, bulk inserts

Revision ID: a0b1c2d3e4f5
Revises: 9c0d1e2f3a4b
Create Date: 2026-11-24 21:05:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.sql import column, table


# revision identifiers, used by Alembic.
revision: str = 'a0b1c2d3e4f5'
down_revision: Union[str, None] = '9c0d1e2f3a4b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MOODS = ('happy', "it's", 'back\\slash', '100%', ':colon')
CURRENCIES = 'currencies'
PRIORITY = postgresql.ENUM('low', 'high', name='priority', create_type=False)


def upgrade() -> None:
    mood = sa.Enum(*MOODS, name='mood')
    mood.create(op.get_bind(), checkfirst=True)
    sa.Enum('a', 'b', name='Status', schema='shop').create(bind=op.get_bind(), checkfirst=False)
    sa.Enum('x', name='plain', native_enum=False).create(op.get_bind())
    op.add_column('users', sa.Column('mood', mood, nullable=True))
    table_name = 'users'
    indexed = ['mood', 'email']
    op.create_index('ix_users_mood', table_name, indexed)
    backfill = "UPDATE users SET mood = 'happy'"
    op.execute(backfill)
    code_length = 3
    note = column('note')
    currencies = table(CURRENCIES,
        column('code', sa.String(code_length)),
        column('name', sa.Unicode(64)),
        column('minor_units', sa.Integer),
        column('rate', sa.Float()),
        column('price', sa.Numeric(10, 2)),
        column('active', sa.Boolean()),
        column('mood', mood),
        note,
    )
    rows = [
        {'code': 'EUR', 'name': 'Euro \u20ac', 'minor_units': 2, 'rate': 1.0, 'price': 2.5, 'active': True,
         'mood': 'happy'},
        {'name': "Gold (troy ounce)", 'code': 'XAU', 'minor_units': -1, 'rate': 1e-05, 'active': False, 'note': None},
        {'code': 'BTC', 'name': 'Bitcoin\tB\\', 'rate': 1e16, 'price': 0, 'active': 1, 'mood': "it's"},
        {},
        # Numeric's literal is str(value): a string goes in unquoted.
        {'code': 'STR', 'price': '1.50'},
    ]
    op.bulk_insert(currencies, rows, multiinsert=False)
    op.bulk_insert(
        table('Order', column('Group', sa.BigInteger().with_variant(sa.Integer(), 'sqlite')),
              column('select', sa.Boolean), schema='My Schema'),
        [{'select': 0.0, 'Group': 7}, {'Group': -2.7, 'select': None}],
    )
    op.bulk_insert(currencies, [])
    # postgresql.ENUM creates wherever the dialect has native enums: MySQL's compiler then
    # cannot render CREATE TYPE, and Alembic fails there.
    PRIORITY.create(op.get_bind())


def downgrade() -> None:
    op.execute(sa.text('DELETE FROM currencies'))
    op.drop_index('ix_users_mood', table_name='users')
    op.drop_column('users', 'mood')
    sa.Enum(name='mood').drop(op.get_bind())
    status = postgresql.ENUM(name='Status', schema='shop')
    status.drop(op.get_bind(), checkfirst=True)
    PRIORITY.drop(op.get_bind(), checkfirst=False)
