"""public ids

Revision ID: a1guid
Revises: 
Create Date: 2026-12-02 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from myapp.types import GUID

# revision identifiers, used by Alembic.
revision: str = 'a1guid'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('accounts', sa.Column('public_id', GUID(), nullable=False))


def downgrade() -> None:
    op.drop_column('accounts', 'public_id')
