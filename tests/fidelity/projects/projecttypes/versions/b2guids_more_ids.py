"""more ids: a module, an alias, a constant

Revision ID: b2guids
Revises: a1guid
Create Date: 2026-12-02 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import myapp.types
from myapp.types import GUID as Uuid

EXTERNAL_ID = Uuid()

# revision identifiers, used by Alembic.
revision: str = 'b2guids'
down_revision: Union[str, Sequence[str], None] = 'a1guid'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('accounts', sa.Column('external_id', EXTERNAL_ID))
    op.add_column('accounts', sa.Column('parent_id', myapp.types.GUID))


def downgrade() -> None:
    op.drop_column('accounts', 'parent_id')
    op.drop_column('accounts', 'external_id')
