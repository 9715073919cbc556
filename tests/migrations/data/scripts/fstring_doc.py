f"""an f-string is not a docstring"""
revision = f'abc'
down_revision = None
