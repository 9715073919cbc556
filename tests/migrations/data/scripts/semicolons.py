"""doc"""; revision = 'semi'; down_revision = None
depends_on = 'a',
