from alembic import op
import sqlalchemy as sa
"""This is not the module docstring

Revision ID: 12ab
"""
revision = '12ab'
down_revision = None
