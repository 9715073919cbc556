"""reports branch: a connection and the dialect

Revision ID: d4000000reports
Revises: a1000000accounts
Create Date: 2026-12-01 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import context, op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd4000000reports'
down_revision: Union[str, Sequence[str], None] = 'a1000000accounts'
branch_labels: Union[str, Sequence[str], None] = ('reports',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # How tests/fidelity/python_engine_errors.py makes Alembic fail in a step.
    if context.get_x_argument(as_dictionary=True).get('fail') == 'reports':
        raise RuntimeError('failing on request (-x fail=reports)')
    connection = op.get_bind()
    connection.execute(sa.text("INSERT INTO accounts (id, name) VALUES (1, 'reports')"))
    if op.get_context().dialect.name == 'postgresql':
        op.execute("COMMENT ON TABLE accounts IS 'reported'")
    print("-- written by print(), without a blank line")


def downgrade() -> None:
    op.execute("DELETE FROM accounts WHERE id = 1")
