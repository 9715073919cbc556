"""no revision"""
down_revision = None
