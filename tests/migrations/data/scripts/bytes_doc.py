b"""bytes are not a docstring"""
revision = 'abcd'
down_revision = None
