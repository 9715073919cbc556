rev = 'a'
revision = 'ok'
down_revision = (
    'x',
    f'{rev}b',
)
