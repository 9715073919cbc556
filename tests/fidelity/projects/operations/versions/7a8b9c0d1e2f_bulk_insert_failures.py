"""bulk insert failures

Revision ID: 7a8b9c0d1e2f
Revises: 6f7a8b9c0d1e
Create Date: 2026-11-24 21:06:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7a8b9c0d1e2f'
down_revision: Union[str, None] = '6f7a8b9c0d1e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    things = sa.table('things', sa.column('id', sa.Integer), sa.column('label', sa.String(20)))
    # Alembic looks each key up in the table's columns: 'colour' is a KeyError.
    op.bulk_insert(things, [{'id': 1, 'label': 'one'}, {'id': 2, 'colour': 'red'}])


def downgrade() -> None:
    op.bulk_insert(sa.table('things', sa.column('id', sa.Integer)), [{'id': 3}])
