"""third

Revision ID: 1566bddd8f7c
Revises: dba18ae21102
Create Date: 2026-11-24 19:17:10.355630

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1566bddd8f7c'
down_revision: Union[str, None] = 'dba18ae21102'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = 'dba18ae21102'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
