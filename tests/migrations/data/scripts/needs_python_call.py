"""computed"""
revision = str(1234)
down_revision = None
