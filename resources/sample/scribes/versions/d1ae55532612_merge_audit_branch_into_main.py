"""merge audit branch into main

Revision ID: d1ae55532612
Revises: 477813475405, 87ae05677138
Create Date: 2026-11-24 18:54:19.287940

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd1ae55532612'
down_revision: Union[str, None] = ('477813475405', '87ae05677138')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
