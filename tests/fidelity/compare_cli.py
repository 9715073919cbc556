#!/usr/bin/env python3
"""Runs real Alembic and alembic-studio-cli on the same project and compares them.

    compare_cli.py --studio PATH PROJECT [PROJECT...] [--max-commands N] [--seed S]

For each project it builds a list of command lines from the project's own revisions
(full and partial ids, labels, label@head, relative forms, ranges, error cases) and runs
each through Alembic's own command line (alembic.config.CommandLine, in this process:
the same code as the `alembic` command without paying for Python's start-up each time)
and through alembic-studio-cli, comparing standard output, standard error and the exit
code. Prints each difference and ends with the line "N passed, M failed".

Normalised on both sides before comparing, as Alembic prints these in Python set order,
which changes from run to run: the items of "Branches into:" and "Branch names:", label
lists in parentheses, and the children listed under a branch point by `branches`.
Usage lines name the program, so "alembic-studio-cli" reads as "alembic" in them.
"""
import argparse
import contextlib
import difflib
import io
import os
import random
import re
import subprocess
import sys
import traceback
import warnings


class _ForwardingStdout(io.TextIOBase):
    """Alembic's Config binds sys.stdout as a default argument when alembic is imported,
    so swapping sys.stdout later does not reach it. This stream is what it binds; each
    command points it at a fresh buffer."""

    encoding = "utf-8"  # what the real command writes with under a UTF-8 locale

    def __init__(self, target):
        self.target = target

    def write(self, text):
        return self.target.write(text)

    def flush(self):
        self.target.flush()


_stdout = _ForwardingStdout(sys.stdout)
sys.stdout = _stdout

from alembic.config import CommandLine, Config  # noqa: E402 (after the stdout above)
from alembic.script import ScriptDirectory  # noqa: E402
from alembic.util import messaging  # noqa: E402

messaging.TERMWIDTH = None  # never wrap: output goes to pipes in both tools


def run_alembic(project, argv):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    cwd = os.getcwd()
    os.chdir(project)
    try:
        _stdout.target = out
        with contextlib.redirect_stderr(err), warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = lambda message, category, *rest: err.write(
                "%s: %s\n" % (category.__name__, message))
            try:
                CommandLine(prog="alembic").main(argv=argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
                code &= 0xFF
            except Exception:
                traceback.print_exc(file=err)
                code = 1
    finally:
        _stdout.target = sys.__stdout__
        os.chdir(cwd)
    return out.getvalue(), err.getvalue(), code


def run_studio(studio, project, argv):
    done = subprocess.run([os.path.abspath(studio)] + argv, cwd=project, capture_output=True, text=True,
                          env=dict(os.environ, COLUMNS="1000"))
    return done.stdout, done.stderr, done.returncode


def sort_items(text):
    return ", ".join(sorted(text.split(", ")))


def normalise(text):
    text = re.sub(r"^(Branches into|Branch names): (.*)$",
                  lambda m: "%s: %s" % (m.group(1), sort_items(m.group(2))), text, flags=re.M)
    # label lists: "(a, b)" after a revision, items without spaces
    text = re.sub(r"\(([^() ]+(?:, [^() ]+)+)\)(?! ->)", lambda m: "(%s)" % sort_items(m.group(1)), text)
    # children under a branch point: runs of lines "<spaces>-> …"
    lines, out, run = text.split("\n"), [], []
    for line in lines:
        if re.match(r"^ +-> ", line):
            run.append(line)
            continue
        out += sorted(run)
        run = []
        out.append(line)
    out += sorted(run)
    text = "\n".join(out).replace("alembic-studio-cli", "alembic")
    # argparse indents a wrapped usage line by the length of the program's name
    return re.sub(r"^ +(\{\S+\} \.\.\.)$", r"\1", text, flags=re.M)


def normalise_error(text, code):
    """Standard error: where Alembic dies with a traceback (exit 1), alembic-studio exits 1
    with a sentence of its own; only the failure is compared, not the text. Warnings are
    compared by their message."""
    if code == 1:
        return "<crash>"
    messages = re.findall(r"(?:UserWarning|warning): (.*)", text)
    if messages:
        return "\n".join(messages)
    return normalise(text)


def command_lines(project, rng, limit):
    config = Config(os.path.join(project, "alembic.ini"))
    script = ScriptDirectory.from_config(config)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        revisions = [s for s in script.walk_revisions()]
    ids = [r.revision for r in revisions]
    labels = sorted({label for r in revisions for label in r._orig_branch_labels})
    sample = rng.sample(ids, min(len(ids), 12))
    lines = [
        ["history"], ["history", "-v"], ["heads"], ["heads", "-v"], ["heads", "--resolve-dependencies"],
        ["branches"], ["branches", "-v"], ["show", "head"], ["show", "heads"], ["show", "base"],
        ["history", "-r", ":"], ["history", "-r", "base:heads"], ["history", "-r", "base:head"],
        ["history", "-r", "nocolon"], ["show", "zzzz"], ["show", "ab"], ["show", "-1"], ["show", "-2"],
        ["history", "-r", "-1:"], ["history", "-r", ":-1"], ["history", "-r", "base:+2"],
        ["history", "--rev", ":heads"], ["-n", "nosuchsection", "history"], ["-c", "missing.ini", "heads"],
        ["history", "-r"], ["bogus"], [],
    ]
    for rev in sample:
        other = rng.choice(ids)
        lines += [
            ["show", rev], ["show", rev[:4]], ["show", rev[:6]], ["show", rev + "+1"], ["show", rev + "-1"],
            ["history", "-r", rev + ":"], ["history", "-r", ":" + rev], ["history", "-r", "%s:%s" % (rev, other)],
            ["history", "-v", "-r", "%s:%s" % (other, rev)], ["history", "-r", "%s:%s+2" % (rev, rev)],
            ["history", "-r", "%s-1:%s" % (rev, rev)],
        ]
    for label in labels[:6]:
        lines += [
            ["show", label], ["show", label + "@head"], ["show", label + "@base"], ["show", label + "@heads"],
            ["history", "-r", "%s@base:%s@head" % (label, label)], ["history", "-r", label + "@base:"],
            ["show", label + "@-1"], ["show", label + "@+1"],
        ]
    rng.shuffle(lines)
    return lines[:limit]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--max-commands", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("projects", nargs="+")
    args = parser.parse_args()

    passed = failed = 0
    for project in args.projects:
        project = os.path.abspath(project)
        for argv in command_lines(project, random.Random(args.seed), args.max_commands):
            theirs = run_alembic(project, argv)
            ours = run_studio(args.studio, project, argv)
            expected = (normalise(theirs[0]), normalise_error(theirs[1], theirs[2]), theirs[2])
            actual = (normalise(ours[0]), normalise_error(ours[1], ours[2]), ours[2])
            if expected == actual:
                passed += 1
                continue
            failed += 1
            if failed <= 15:
                print("MISMATCH in %s: %s" % (project, " ".join(argv) or "(no arguments)"))
                for what, a, b in zip(("stdout", "stderr", "exit code"), expected, actual):
                    if a == b:
                        continue
                    if isinstance(a, int):
                        print("  exit code: alembic %d, alembic-studio %d" % (a, b))
                        continue
                    diff = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "alembic", "alembic-studio",
                                                     lineterm="", n=1))
                    print("  %s:\n    %s" % (what, "\n    ".join(diff[:14])))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
