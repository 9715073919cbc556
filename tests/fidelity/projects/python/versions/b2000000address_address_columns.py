"""address columns, in a loop

Revision ID: b2000000address
Revises: a1000000accounts
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b2000000address'
down_revision: Union[str, Sequence[str], None] = 'a1000000accounts'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    for name, length in (("street", 80), ("city", 40)):
        op.add_column('accounts', sa.Column(name, sa.String(length)))


def downgrade() -> None:
    for name in ("city", "street"):
        op.drop_column('accounts', name)
