"""CRLF line endings

second paragraph
"""
revision = 'c41f'
down_revision = (
    'a',
    'b',
)

def upgrade():
    pass
