"""seed system users

Revision ID: 87ae05677138
Revises: 3989d12410a0
Create Date: 2026-11-24 18:54:15.093053

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '87ae05677138'
down_revision: Union[str, None] = '3989d12410a0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Only the columns this migration writes; the rest take their server defaults.
    users = sa.table(
        'users',
        sa.column('email', sa.String),
        sa.column('username', sa.String),
        sa.column('hashed_password', sa.String),
        sa.column('full_name', sa.String),
        sa.column('is_active', sa.Boolean),
        sa.column('is_superuser', sa.Boolean),
    )
    # '!' is no hash any password can match: these accounts cannot log in until
    # an administrator sets a password.
    op.bulk_insert(
        users,
        [
            {
                'email': 'admin@scribes.example',
                'username': 'admin',
                'hashed_password': '!',
                'full_name': 'Scribes Administrator',
                'is_active': True,
                'is_superuser': True,
            },
            {
                'email': 'scribe-bot@scribes.example',
                'username': 'scribe-bot',
                'hashed_password': '!',
                'full_name': 'Scribes Bot',
                'is_active': True,
                'is_superuser': False,
            },
        ],
    )


def downgrade() -> None:
    op.execute("DELETE FROM users WHERE username IN ('admin', 'scribe-bot')")
