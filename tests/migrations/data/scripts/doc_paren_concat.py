("parenthesised "
 'and concatenated'
 """ docstring""")
revision = 'dd'
down_revision = None
