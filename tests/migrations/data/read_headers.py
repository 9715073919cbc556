"""Prints, as JSON, what Alembic itself reads from each revision script in a folder.

Each script goes through Alembic's own Script._from_filename (importlib, as `alembic`
does), so values and error messages are the reference the C++ reader is compared with.
"""
import json
import os
import sys

from alembic import util
from alembic.script.base import Script


class SourceOnly:
    sourceless = False


def read(folder, filename):
    try:
        script = Script._from_filename(SourceOnly(), folder, filename)
    except Exception as error:  # the message is what the C++ reader must say
        return {"file": filename, "error": str(error)}
    module = script.module
    return {
        "file": filename,
        "revision": script.revision,
        "down_revision": list(util.to_tuple(module.down_revision, default=())),
        "branch_labels": list(util.to_tuple(getattr(module, "branch_labels", None), default=())),
        "depends_on": list(util.to_tuple(getattr(module, "depends_on", None), default=())),
        "doc": module.__doc__,
        "longdoc": script.longdoc,
        "shortdoc": script.doc,
    }


folder = sys.argv[1]
print(json.dumps([read(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".py")]))
