"""accounts, native

Revision ID: a1000000accounts
Revises: 
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a1000000accounts'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50))")
    op.create_index('ix_accounts_name', 'accounts', ['name'])


def downgrade() -> None:
    op.drop_index('ix_accounts_name', table_name='accounts')
    op.execute("DROP TABLE accounts")
