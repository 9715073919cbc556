#!/usr/bin/env python3
"""Writes an Alembic project of N revisions for fidelity tests and benchmarks.

    make_project.py DIRECTORY --revisions N [--seed S] [--plain] [--url URL] [--env]
                    [--two-parent-merges] [--operations [all|portable]]

The graph has a main line with branch points, branches (some with their own branch
label) that end in merges of two or three parents or stay open as extra heads, separate
roots tied in with depends_on, and the header forms real projects write: plain and
annotated assignments, tuples and lists, module-level names, ids that are not hex, the
message in the docstring, after the imports or only in comments, CRLF, a BOM and
non-ASCII text. File names do not always contain the id. The same seed gives the same
project. --plain writes every script as `alembic revision` would (for benchmarks).
Every upgrade() and downgrade() body is `pass`, in both modes, unless --operations fills
them with operations as autogenerate and people write them, schema-consistent along the
graph (see operations.py: "all" renders everything alembic-studio renders, "portable"
leaves out what SQLite cannot run; the same seed gives the same bodies, and the graph and
headers do not change with the option). --url sets
sqlalchemy.url; --env adds Alembic's stock env.py (copied from the installed Alembic's
"generic" template) and the logging sections `alembic init` writes, so that
`upgrade --sql` and friends run. --two-parent-merges merges one branch at a time.
"""
import argparse
import os
import random

import operations

HEADER_FORMS = [
    # (revision line, down_revision line) templates; {rev} and {down} are Python literals
    ("revision = {rev}", "down_revision = {down}"),
    ("revision: str = {rev}", "down_revision: Union[str, None] = {down}"),
    ("revision: str = {rev}", "down_revision: Union[str, Sequence[str], None] = {down}"),
    ("revision: str = {rev}", "down_revision: str | None = {down}"),
    ("revision: str = {rev}", "down_revision: tuple[str, ...] | None = {down}"),
]

MESSAGES = [
    "add users table",
    "create refresh tokens",
    "add index on email",
    "Ajoute la colonne été",
    "backfill düsseldorf rows",
    "drop legacy column",
    "add run timestamps",
]


# What `alembic init` writes after [alembic]: the stock env.py calls fileConfig on it.
LOGGING_SECTIONS = """
[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
"""


class Revision:
    def __init__(self, rev_id, down, labels=(), depends_on=()):
        self.id = rev_id
        self.down = list(down)
        self.labels = list(labels)
        self.depends_on = list(depends_on)


def make_id(rng, used):
    while True:
        if rng.random() < 0.03:
            rev_id = "%s_%d" % (rng.choice(["add_run_timestamps", "I38991de2b4", "fix_users"]), len(used))
        else:
            rev_id = "%012x" % rng.getrandbits(48)
        if rev_id not in used:
            used.add(rev_id)
            return rev_id


def build_graph(count, rng, three_parent_merges=True):
    used = set()
    revisions = []
    labels_used = 0
    open_branches = []  # tips of branches that are waiting to be merged
    main_tip = None
    while len(revisions) < count:
        roll = rng.random()
        if main_tip is not None and roll < 0.08 and len(revisions) + 3 < count:
            # a branch from the main line, maybe with its own label
            labels = []
            if rng.random() < 0.5:
                labels_used += 1
                labels = ["feature%d" % labels_used]
            rev = Revision(make_id(rng, used), [main_tip], labels)
            revisions.append(rev)
            open_branches.append(rev.id)
        elif open_branches and roll < 0.16:
            # grow a branch
            index = rng.randrange(len(open_branches))
            rev = Revision(make_id(rng, used), [open_branches[index]])
            revisions.append(rev)
            open_branches[index] = rev.id
        elif open_branches and roll < 0.24 and main_tip is not None:
            # merge one or two branches back into the main line
            merged = [open_branches.pop(rng.randrange(len(open_branches)))]
            if open_branches and rng.random() < 0.3 and three_parent_merges:
                merged.append(open_branches.pop(rng.randrange(len(open_branches))))
            rev = Revision(make_id(rng, used), [main_tip] + merged)
            revisions.append(rev)
            main_tip = rev.id
        elif main_tip is not None and roll < 0.26:
            # a separate root that depends on the main line
            labels_used += 1
            root = Revision(make_id(rng, used), [], ["plugin%d" % labels_used], [main_tip])
            revisions.append(root)
            open_branches.append(root.id)
        else:
            depends = []
            if main_tip is not None and rng.random() < 0.03 and revisions:
                candidate = rng.choice(revisions).id
                if candidate != main_tip:
                    depends = [candidate]
            rev = Revision(make_id(rng, used), [main_tip] if main_tip else [], [], depends)
            revisions.append(rev)
            main_tip = rev.id
    return revisions


def literal(rng, values, allow_list=True):
    """A Python literal for a tuple of ids as a real project might write it."""
    if not values:
        return "None"
    quote = rng.choice(["'", '"'])
    items = ["%s%s%s" % (quote, v, quote) for v in values]
    if len(values) == 1 and rng.random() < 0.7:
        return items[0]
    if allow_list and rng.random() < 0.2:
        return "[%s]" % ", ".join(items)
    return "(%s)" % (", ".join(items) + ("," if len(items) == 1 else ""))


def indented(statements):
    return ["    " + line if line else line for statement in statements for line in statement.split("\n")]


def function_body(statements, autogenerate_markers):
    """The lines of upgrade() or downgrade() under their def."""
    if not statements:
        return ["    pass"]
    lines = indented(statements)
    if autogenerate_markers:
        lines = (["    # ### commands auto generated by Alembic - please adjust! ###"] + lines
                 + ["    # ### end Alembic commands ###"])
    return lines


def render(rev, rng, plain, body=None, body_rng=None):
    message = rng.choice(MESSAGES)
    down = literal(rng, rev.down) if not plain else (
        "None" if not rev.down else repr(rev.down[0]) if len(rev.down) == 1 else repr(tuple(rev.down)))
    rev_form, down_form = HEADER_FORMS[0] if plain else rng.choice(HEADER_FORMS)
    quote = "'" if plain else rng.choice(["'", '"'])
    rev_literal = "%s%s%s" % (quote, rev.id, quote)
    if not plain and rng.random() < 0.05:
        rev_literal = "r%s" % rev_literal
    if not plain and rng.random() < 0.05 and len(rev.id) > 4:
        rev_literal = "%s%s%s %s%s%s" % (quote, rev.id[:4], quote, quote, rev.id[4:], quote)
    labels = literal(rng, rev.labels)
    depends = literal(rng, rev.depends_on)
    doc_place = "top" if plain else rng.choices(["top", "after_imports", "comments"], [0.9, 0.05, 0.05])[0]
    revises = ", ".join(rev.down)

    lines = []
    docstring = '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-01-01 00:00:00.000000\n\n"""' % (
        message, rev.id, revises)
    if doc_place == "top":
        lines.append(docstring)
    elif doc_place == "comments":
        lines.append("# %s" % message)
        lines.append("# Revision ID: %s" % rev.id)
    lines += ["from typing import Sequence, Union", "", "from alembic import op", "import sqlalchemy as sa"]
    lines += (body.imports if body else []) + [""]
    if doc_place == "after_imports":
        lines.append(docstring)
    lines.append("")
    labels_name = None
    if rev.labels and not plain and rng.random() < 0.2:
        labels_name = "LABELS"
        lines.append("%s = %s" % (labels_name, labels))
    lines.append("# revision identifiers, used by Alembic.")
    lines.append(rev_form.format(rev=rev_literal))
    lines.append(down_form.format(down=down))
    if plain or rng.random() < 0.9:
        lines.append("branch_labels: Union[str, Sequence[str], None] = %s" % (labels_name or labels)
                     if not plain and rng.random() < 0.5 else "branch_labels = %s" % (labels_name or labels))
    elif rev.labels:
        lines.append("branch_labels = %s" % (labels_name or labels))
    if plain or rng.random() < 0.9 or rev.depends_on:
        lines.append("depends_on = %s" % depends)
    if body is None:
        lines += ["", "", "def upgrade() -> None:", "    pass", "", "", "def downgrade() -> None:", "    pass", ""]
    else:
        markers = body_rng.random() < 0.6
        lines += ["", "", "def upgrade() -> None:"] + function_body(body.upgrade, markers)
        lines += ["", "", "def downgrade() -> None:"] + function_body(body.downgrade, markers) + [""]
    text = "\n".join(lines)
    newline = "\r\n" if not plain and rng.random() < 0.05 else "\n"
    data = text.replace("\n", newline).encode("utf-8")
    if not plain and rng.random() < 0.03:
        data = b"\xef\xbb\xbf" + data
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--revisions", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--url", default="sqlite:///generated.db")
    parser.add_argument("--env", action="store_true")
    # Alembic's HeadMaintainer fails (KeyError) upgrading through a three-parent merge when
    # one parent is a branch begun at another: benchmarks of `upgrade --sql` avoid them.
    parser.add_argument("--two-parent-merges", action="store_true")
    parser.add_argument("--operations", nargs="?", const="all", choices=operations.MODES,
                        help="fill the bodies with operations (default: all)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    versions = os.path.join(args.directory, "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(args.directory, "alembic.ini"), "w") as ini:
        ini.write("[alembic]\nscript_location = %%(here)s\nsqlalchemy.url = %s\n" % args.url)
        if args.env:
            ini.write(LOGGING_SECTIONS)
    if args.env:
        import alembic
        template = os.path.join(os.path.dirname(alembic.__file__), "templates", "generic", "env.py")
        with open(template) as source, open(os.path.join(args.directory, "env.py"), "w") as env:
            env.write(source.read())
    revisions = build_graph(args.revisions, rng, not args.two_parent_merges)
    # The bodies draw from a generator of their own: the graph and the headers of a seed
    # stay what they were without --operations.
    body_rng = random.Random("operations %d" % args.seed)
    bodies = operations.write_bodies(revisions, body_rng, args.operations) if args.operations else {}
    for number, rev in enumerate(revisions):
        # Most names are Alembic's "<id>_<slug>.py"; some do not contain the id at all.
        name = "%s_step.py" % rev.id if args.plain or rng.random() > 0.05 else "%05d_renamed.py" % number
        with open(os.path.join(versions, name), "wb") as script:
            script.write(render(rev, rng, args.plain, bodies.get(rev.id), body_rng))


if __name__ == "__main__":
    main()
