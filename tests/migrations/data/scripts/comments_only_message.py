# Revision ID: 77aa
# Revises: 66bb
# Create Date: 2024-05-01
from alembic import op
import sqlalchemy as sa

revision = '77aa'
down_revision = '66bb'
