"""index options

Revision ID: e4f5a6b7c8d9
Revises: d3e4f5a6b7c8
Create Date: 2026-11-25 01:10:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e4f5a6b7c8d9'
down_revision: Union[str, None] = 'd3e4f5a6b7c8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_active_email', 'accounts', ['email'], postgresql_where=sa.text('is_active'),
                    sqlite_where=sa.text('is_active = 1'))
    op.create_index('ix_tags_label', 'tags', ['label'], unique=True, postgresql_using='GIN',
                    postgresql_concurrently=True, schema='s')
    op.create_index('ix_accounts_bio', 'accounts', ['bio'], if_not_exists=True, mysql_length=32)
    op.create_index('ix_covering', 'accounts', ['email'], postgresql_include=['created_at'],
                    postgresql_concurrently=False)


def downgrade() -> None:
    op.drop_index('ix_covering', table_name='accounts', if_exists=True)
    op.drop_index('ix_accounts_bio', table_name='accounts', if_exists=False)
    op.drop_index('ix_tags_label', table_name='tags', postgresql_concurrently=True, schema='s')
    op.drop_index('ix_active_email', table_name='accounts')
