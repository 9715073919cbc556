"""tabs, blocks and classes"""
try:
	import json
except ImportError:
	json = None

if json is not None:
	pass

class Holder:
	revision = 'not_module_level'

def helper():
	if True:
		down_revision = 'nope'
	return 1

@staticmethod
def decorated():
	pass

revision = 'tab5'
down_revision = None
