"""Escapes: tab\there, \x41\u00e9\U0001F680 \101 \\ \' \" \q
continued \
line"""
revision = 'e5c'
down_revision = None
