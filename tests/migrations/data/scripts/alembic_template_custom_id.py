"""custom id

Revision ID: add_run_timestamps
Revises: f6cb49c11ace
Create Date: 2026-11-24 19:17:10.906122

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'add_run_timestamps'
down_revision: Union[str, None] = 'f6cb49c11ace'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
