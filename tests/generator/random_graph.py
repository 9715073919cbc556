#!/usr/bin/env python3
"""Writes a small Alembic project whose revision graph is a random DAG.

    random_graph.py DIRECTORY --seed S [--revisions N]

Unlike make_project.py (a main line with tidy side branches, many header forms) this one
aims at the graph cases where branch labels and dependencies are easiest to get wrong:
long lines that end in heads with no branch point or merge, branch points, merges of two
and three parents, several bases, many labels (0-2 per revision, in the middle of lines,
on merges and on branch points), depends_on on ids and on labels, dependencies that an
ancestor already has or that name an ancestor, revisions whose only second child is a
dependency, file names in an order unrelated to the graph, and now and then a duplicate
id. About one seed in twelve is broken on purpose (a missing parent or dependency, a label
used twice or equal to an id, a dependency cycle, a self-loop) so that the errors are
compared too. The scripts carry only a docstring and the header names. The same seed gives
the same project; --revisions overrides the random size (1-30); --no-duplicates never
writes an id twice (see tests/fidelity/CMakeLists.txt for why).
"""
import argparse
import os
import random

INVALID_KINDS = ["missing_parent", "missing_dependency", "label_twice", "label_is_id", "dependency_cycle",
                 "self_loop", "dependency_self_loop"]


class Revision:
    def __init__(self, rev_id, down):
        self.id = rev_id
        self.down = list(down)
        self.labels = []
        self.depends_on = []


def make_id(rng, used):
    while True:
        # Mostly Alembic's 12 hex digits; sometimes short ids sharing a prefix, which makes
        # partial ids and their ambiguity errors show up in `show`.
        if rng.random() < 0.15:
            rev_id = "ab%x" % rng.getrandbits(8)
        else:
            rev_id = "%012x" % rng.getrandbits(48)
        if rev_id not in used:
            used.add(rev_id)
            return rev_id


class Graph:
    def __init__(self, rng):
        self.rng = rng
        self.revisions = []
        self.by_id = {}
        self.children = {}
        self.used_ids = set()
        self.label_count = 0

    def add(self, down):
        rev = Revision(make_id(self.rng, self.used_ids), down)
        self.revisions.append(rev)
        self.by_id[rev.id] = rev
        self.children[rev.id] = []
        for parent in down:
            self.children[parent].append(rev.id)
        return rev

    def heads(self):
        return [r.id for r in self.revisions if not self.children[r.id]]

    def ancestors(self, rev_id):
        seen, todo = set(), [rev_id]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            todo += self.by_id[current].down
        return seen

    def new_label(self):
        self.label_count += 1
        return self.rng.choice(["feature", "lib", "plugin", "x", "hotfix_"]) + str(self.label_count)


def build_graph(count, rng):
    g = Graph(rng)
    while len(g.revisions) < count:
        roll = rng.random()
        heads = g.heads()
        if not g.revisions or roll < 0.07:
            g.add([])  # another base
        elif roll < 0.55:
            # grow a line from a head: long lines that end in heads
            g.add([rng.choice(heads)])
        elif roll < 0.75:
            # branch from anywhere: a branch point, or one more child of one
            g.add([rng.choice(g.revisions).id])
        elif len(heads) >= 2:
            # merge two or three heads, sometimes with an older revision that is not an
            # ancestor of the others
            parents = rng.sample(heads, min(len(heads), rng.choice([2, 2, 3])))
            if rng.random() < 0.2:
                others = [r.id for r in g.revisions
                          if r.id not in parents and not any(r.id in g.ancestors(p) for p in parents)
                          and not any(p in g.ancestors(r.id) for p in parents)]
                if others:
                    parents[-1] = rng.choice(others)
            g.add(parents)
        else:
            g.add([rng.choice(heads)])

    label_rate = rng.choice([0.15, 0.35, 0.6])
    for rev in g.revisions:
        if rng.random() < label_rate:
            rev.labels.append(g.new_label())
            if rng.random() < 0.3:
                rev.labels.append(g.new_label())

    dependency_rate = rng.choice([0.0, 0.15, 0.35])
    order = {r.id: n for n, r in enumerate(g.revisions)}
    for rev in g.revisions:
        if rng.random() >= dependency_rate:
            continue
        ancestors = g.ancestors(rev.id) - {rev.id}
        earlier = [r for r in g.revisions[:order[rev.id]]]
        choices = []
        # a revision that is not an ancestor (the usual case)
        unrelated = [r for r in earlier if r.id not in ancestors]
        if unrelated:
            choices.append(rng.choice(unrelated))
        # redundant: what an ancestor already depends on
        inherited = [d for a in ancestors for d in g.by_id[a].depends_on]
        if inherited and rng.random() < 0.5:
            rev.depends_on.append(rng.choice(sorted(inherited)))
        # an ancestor itself
        if ancestors and rng.random() < 0.15:
            choices.append(g.by_id[rng.choice(sorted(ancestors))])
        for target in choices[:rng.choice([1, 1, 2])]:
            # by label when it has one, half of the time
            name = rng.choice(target.labels) if target.labels and rng.random() < 0.5 else target.id
            if name not in rev.depends_on:
                rev.depends_on.append(name)
    return g


def break_graph(g, rng):
    """Makes the graph one Alembic refuses (or warns about); returns what was done."""
    kind = rng.choice(INVALID_KINDS)
    victim = rng.choice(g.revisions)
    if kind == "missing_parent":
        victim.down.append("%012x" % rng.getrandbits(48))
    elif kind == "missing_dependency":
        victim.depends_on.append("nosuch%d" % rng.randrange(100))
    elif kind == "label_twice":
        other = rng.choice(g.revisions)
        label = (other.labels or [g.new_label()])[0]
        if not other.labels:
            other.labels.append(label)
        victim.labels.append(label)
    elif kind == "label_is_id":
        victim.labels.append(rng.choice(g.revisions).id)
    elif kind == "dependency_cycle":
        descendants = [r for r in g.revisions if r is not victim and victim.id in g.ancestors(r.id)]
        victim.depends_on.append(rng.choice(descendants or [victim]).id)
    elif kind == "self_loop":
        victim.down.append(victim.id)
    elif kind == "dependency_self_loop":
        victim.depends_on.append(victim.id)
    return kind


def literal(rng, values):
    if not values:
        return "None"
    items = [repr(v) for v in values]
    if len(values) == 1 and rng.random() < 0.6:
        return items[0]
    if rng.random() < 0.3:
        return "[%s]" % ", ".join(items)
    return "(%s)" % (", ".join(items) + ("," if len(items) == 1 else ""))


def render(rev, rng):
    return "\n".join([
        '"""step %s' % rev.id,
        "",
        "Revision ID: %s" % rev.id,
        "Revises: %s" % ", ".join(rev.down),
        "Create Date: 2026-01-01 00:00:00.000000",
        "",
        '"""',
        "revision = %r" % rev.id,
        "down_revision = %s" % literal(rng, rev.down),
        "branch_labels = %s" % literal(rng, rev.labels),
        "depends_on = %s" % literal(rng, rev.depends_on),
        "",
    ])


class Project:
    """What was written: a one-line description, the revision ids and branch labels."""

    def __init__(self, description, ids, labels, broken):
        self.description = description
        self.ids = ids
        self.labels = labels
        self.broken = broken


def write_project(directory, seed, revisions=None, duplicates=True):
    """Writes the project for this seed and returns its Project."""
    rng = random.Random(seed)
    count = revisions or rng.randint(1, 30)
    g = build_graph(count, rng)
    broken = break_graph(g, rng) if rng.random() < 1 / 12 else None
    scripts = [(rev, render(rev, rng)) for rev in g.revisions]
    duplicate = None
    if rng.random() < 0.04 and duplicates:
        # the same id in a second file, with labels of its own (Alembic warns, the later
        # file in name order wins the map)
        original = rng.choice(g.revisions)
        copy = Revision(original.id, original.down)
        copy.labels = [g.new_label()] if rng.random() < 0.5 else []
        scripts.append((copy, render(copy, rng)))
        duplicate = original.id

    versions = os.path.join(directory, "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(directory, "alembic.ini"), "w") as ini:
        ini.write("[alembic]\nscript_location = %(here)s\nsqlalchemy.url = sqlite:///random.db\n")
    with open(os.path.join(directory, "env.py"), "w") as env:
        env.write("")
    # Names in an order that has nothing to do with the graph: Alembic reads them sorted.
    names = rng.sample(range(10000), len(scripts))
    for (rev, text), number in zip(scripts, names):
        name = "%04d_%s.py" % (number, rev.id) if rng.random() < 0.7 else "%04d_step.py" % number
        with open(os.path.join(versions, name), "w") as script:
            script.write(text)
    bits = ["seed %d: %d revisions" % (seed, len(g.revisions))]
    if broken:
        bits.append("broken (%s)" % broken)
    if duplicate:
        bits.append("duplicate %s" % duplicate)
    labels = sorted({label for rev, _ in scripts for label in rev.labels})
    return Project(", ".join(bits), [r.id for r in g.revisions], labels, broken)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--revisions", type=int)
    parser.add_argument("--no-duplicates", action="store_true", help="never write an id twice")
    args = parser.parse_args()
    print(write_project(args.directory, args.seed, args.revisions, not args.no_duplicates).description)


if __name__ == "__main__":
    main()
