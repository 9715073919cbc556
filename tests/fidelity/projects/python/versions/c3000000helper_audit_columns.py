"""audit columns through a helper

Revision ID: c3000000helper
Revises: b2000000address
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c3000000helper'
down_revision: Union[str, Sequence[str], None] = 'b2000000address'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _audit_columns(table: str) -> None:
    op.add_column(table, sa.Column('created_by', sa.String(30), server_default='system', nullable=False))
    op.add_column(table, sa.Column('note', sa.Text()))


def upgrade() -> None:
    _audit_columns('accounts')
    # Text that looks like what Alembic writes between steps stays in the body.
    op.execute("SELECT '-- Running upgrade  -> a1000000accounts'")


def downgrade() -> None:
    op.drop_column('accounts', 'note')
    op.drop_column('accounts', 'created_by')
