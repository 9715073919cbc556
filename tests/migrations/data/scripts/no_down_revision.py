revision = 'd0d0'
