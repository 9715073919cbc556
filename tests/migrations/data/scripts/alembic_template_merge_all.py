"""merge all

Revision ID: f6cb49c11ace
Revises: 1566bddd8f7c, bd040efce227
Create Date: 2026-11-24 19:17:10.631084

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f6cb49c11ace'
down_revision: Union[str, None] = ('1566bddd8f7c', 'bd040efce227')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
