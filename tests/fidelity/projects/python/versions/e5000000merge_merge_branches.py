"""merge the address and reports branches

Revision ID: e5000000merge
Revises: c3000000helper, d4000000reports
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e5000000merge'
down_revision: Union[str, Sequence[str], None] = ('c3000000helper', 'd4000000reports')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_accounts_city', 'accounts', ['city'])


def downgrade() -> None:
    for index in ('ix_accounts_city',):
        op.drop_index(index, table_name='accounts')
