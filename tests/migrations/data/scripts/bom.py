"""with a byte order mark"""
revision = 'b0b'
down_revision = None
