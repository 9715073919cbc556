"""replaced"""
__doc__ = "assigned docstring"
revision = 'dd0c'
down_revision = None
