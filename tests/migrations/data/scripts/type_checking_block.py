# -*- coding: utf-8 -*-
"""guarded imports"""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
else:
    Sequence = tuple

try:
    import json
except ImportError:  # pragma: no cover
    json = None

revision = u'\x61bc'  # type: str
down_revision = ("parent", )
depends_on = ("dep")


async def helper():
    async with something() as revision:
        pass


def decorator(**options):
    return lambda cls: cls


@decorator(arg=1)
class Thing:
    down_revision = 'not module level'

    def method(self):
        global_name = 1
        return global_name
