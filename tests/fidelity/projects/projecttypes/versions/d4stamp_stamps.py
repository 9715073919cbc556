"""stamps: a type mapped for some dialects

Revision ID: d4stamp
Revises: c3money
Create Date: 2026-12-02 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from myapp.types import Stamp

# revision identifiers, used by Alembic.
revision: str = 'd4stamp'
down_revision: Union[str, Sequence[str], None] = 'c3money'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('accounts', sa.Column('audited_at', Stamp()))


def downgrade() -> None:
    op.drop_column('accounts', 'audited_at')
