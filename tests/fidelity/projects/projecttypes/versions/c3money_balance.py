"""balance: a type the mapping does not have

Revision ID: c3money
Revises: b2guids
Create Date: 2026-12-02 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from myapp.types import Money

# revision identifiers, used by Alembic.
revision: str = 'c3money'
down_revision: Union[str, Sequence[str], None] = 'b2guids'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('accounts', sa.Column('balance', Money(), server_default='0'))


def downgrade() -> None:
    op.drop_column('accounts', 'balance')
