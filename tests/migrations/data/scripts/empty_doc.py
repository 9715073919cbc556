""""""
revision = 'e0'
down_revision = None
