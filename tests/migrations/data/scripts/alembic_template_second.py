"""second

Revision ID: bd040efce227
Revises: 
Create Date: 2026-11-24 19:17:10.076616

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bd040efce227'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = ('lbl',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
