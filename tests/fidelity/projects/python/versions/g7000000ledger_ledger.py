"""ledger, a second base that depends on accounts

Revision ID: g7000000ledger
Revises: 
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'g7000000ledger'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ('ledger',)
depends_on: Union[str, Sequence[str], None] = 'a1000000accounts'


def upgrade() -> None:
    op.execute("CREATE TABLE ledger (id INTEGER NOT NULL PRIMARY KEY, account_id INTEGER)")
    op.create_foreign_key('fk_ledger_account', 'ledger', 'accounts', ['account_id'], ['id'])


def downgrade() -> None:
    op.drop_constraint('fk_ledger_account', 'ledger', type_='foreignkey')
    op.execute("DROP TABLE ledger")
