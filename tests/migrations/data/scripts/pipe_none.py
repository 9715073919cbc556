"""pep 604 annotations"""
from __future__ import annotations
from alembic import op
import sqlalchemy as sa

revision: str = "add_run_timestamps"
down_revision: str | None = "1975ea83b712"
branch_labels: tuple[str, ...] | None = ("timestamps",)
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.add_column('users', sa.Column('x', sa.Integer()))
    revision = 'not_this'


def downgrade() -> None:
    op.drop_column('users', 'x')
