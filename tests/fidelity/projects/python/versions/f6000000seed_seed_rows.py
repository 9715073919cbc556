"""seed rows

Revision ID: f6000000seed
Revises: e5000000merge
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f6000000seed'
down_revision: Union[str, Sequence[str], None] = 'e5000000merge'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


accounts = sa.table('accounts', sa.column('id', sa.Integer), sa.column('name', sa.String))


def upgrade() -> None:
    op.bulk_insert(accounts, [{'id': 2, 'name': 'alice'}, {'id': 3, 'name': "o'brien"}])


def downgrade() -> None:
    op.execute("DELETE FROM accounts WHERE id IN (2, 3)")
