"""Ajoute l'été — données 日本語

Revision ID: I38991de2b4
"""
revision = 'I38991de2b4'
down_revision = 'ae1027a6acf'
branch_labels = ('données',)
