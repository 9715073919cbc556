"""not a docstring""".strip()
revision = 'dmc'
down_revision = None
