"""bulk insert failures

Revision ID: b1c2d3e4f5a6
Revises: a0b1c2d3e4f5
Create Date: 2026-11-24 21:06:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b1c2d3e4f5a6'
down_revision: Union[str, None] = 'a0b1c2d3e4f5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    things = sa.table('things', sa.column('id', sa.Integer), sa.column('label', sa.String(20)))
    # Alembic looks each key up in the table's columns: 'colour' is a KeyError.
    op.bulk_insert(things, [{'id': 1, 'label': 'one'}, {'id': 2, 'colour': 'red'}])


def downgrade() -> None:
    op.bulk_insert(sa.table('things', sa.column('id', sa.Integer)), [{'id': 3}])
