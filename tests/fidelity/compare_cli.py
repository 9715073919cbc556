#!/usr/bin/env python3
"""Runs real Alembic and alembic-studio-cli on the same project and compares them.

    compare_cli.py --studio PATH PROJECT [PROJECT...] [--max-commands N] [--seed S]
                   [--offline URL[,URL...]] [--python PATH] [--commands JSON]

For each project it builds a list of command lines from the project's own revisions
(full and partial ids, labels, label@head, relative forms, ranges, error cases) and runs
each through Alembic's own command line (alembic.config.CommandLine, in this process:
the same code as the `alembic` command without paying for Python's start-up each time)
and through alembic-studio-cli, comparing standard output, standard error and the exit
code. Prints each difference and ends with the line "N passed, M failed".

Normalised on both sides before comparing, as Alembic prints these in Python set order,
which changes from run to run: the items of "Branches into:" and "Branch names:", label
lists in parentheses, the children listed under a branch point by `branches`, and the
two revisions named when both claim one branch label. Usage lines name the program, so
"alembic-studio-cli" reads as "alembic" in them.

With --offline, the commands are `upgrade`, `downgrade` and `stamp` with --sql instead
(always including the whole project, `upgrade heads`, `upgrade base:heads` and `downgrade
HEAD:base` for each head, beyond --max-commands if need be, unless it is 0), run once per URL written into
the project's alembic.ini (the project needs the stock env.py: make_project.py --env). Their
SQL is not normalised as above (its parenthesised lists are columns, whose order matters),
and standard error is compared with Alembic's log lines; one other normalisation applies:
where one step writes several version rows (a merge or an unmerge), Alembic
picks which parent's row is updated and which is deleted or inserted in Python set order,
different from run to run, so such a step is compared by the kinds of its statements and
the rows the table holds after it, not by their text.

With --python PATH, alembic-studio-cli is given `--python PATH` before the command, so the
steps its native engine cannot render come from that interpreter's Alembic. With
--commands, the command lines are that JSON list of argument lists, after the generated
ones (with --max-commands 0, instead of them).
"""
import argparse
import contextlib
import difflib
import io
import json
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


_command_line = None


def run_alembic(project, argv):
    # One CommandLine for all commands: building its argparse parser costs as much as
    # running a command on a small project, and parsing leaves nothing behind in it.
    global _command_line
    if _command_line is None:
        _command_line = CommandLine(prog="alembic")
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
                _command_line.main(argv=argv)
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
    # Alembic maps labels walking a set of revisions (in identity order): of two revisions
    # with the same label, either one may be named as the one that has it already.
    text = re.sub(r"^(FAILED: Branch name '[^']*' in revision )(\S+)( already used by revision )(\S+)$",
                  lambda m: "%s%s%s%s" % (m.group(1), min(m.group(2), m.group(4)), m.group(3),
                                          max(m.group(2), m.group(4))), text, flags=re.M)
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


def normalised(result, offline=False):
    if offline:
        # SQL is compared as it is: its parenthesised lists (the columns of an INSERT or an
        # index) are in an order that matters, unlike the label lists normalise() sorts.
        # Standard error with Alembic's log lines (as the ini's logging sections write them).
        return (normalise_offline(result[0], result[2] == 1), normalise_error(result[1], result[2]), result[2])
    return normalise(result[0]), normalise_error(result[1], result[2]), result[2]


# Each check costs 16 Alembic processes; a build that gets orders wrong would spend
# minutes on them, so after this many its order-only differences are failures at once.
order_checks_left = 10


def alembic_in_other_orders(project, argv, ours, offline, hash_seeds=range(1, 17)):
    """Whether Alembic prints ours in a process with another PYTHONHASHSEED: the order of a
    history walk past a branch point, and of MySQL's table options, follows the order of a
    set of strings, which Python changes from run to run. Tried only when ours has the same
    characters on the same lines as Alembic's here."""
    global order_checks_left
    if order_checks_left <= 0:
        return False
    order_checks_left -= 1
    for hash_seed in hash_seeds:
        done = subprocess.run([sys.executable, os.path.abspath(__file__), "--alembic-only", project, "--"] + argv,
                              capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED=str(hash_seed)))
        if normalised(json.loads(done.stdout), offline) == normalised(ours, offline):
            return True
    return False


def same_characters_per_line(expected, actual):
    """Whether two outputs differ only in order: of lines (a history walk) or within a line
    (MySQL's table options, which SQLAlchemy orders by a set). Only a gate for the retries
    under other hash seeds, which must then match exactly."""
    def key(text):
        return sorted("".join(sorted(line)) for line in text.splitlines())
    return key(expected) == key(actual)


def compare(project, argv, ours, offline=False):
    """Runs Alembic on argv and compares with ours, alembic-studio-cli's (stdout, stderr,
    exit code) for the same command. None when they agree, else a readable diff."""
    theirs = run_alembic(project, argv)
    expected, actual = normalised(theirs, offline), normalised(ours, offline)
    if expected == actual:
        return None
    if (expected[1:] == actual[1:] and same_characters_per_line(expected[0], actual[0])
            and alembic_in_other_orders(project, argv, ours, offline)):
        return None
    report = []
    for what, a, b in zip(("stdout", "stderr", "exit code"), expected, actual):
        if a == b:
            continue
        if isinstance(a, int):
            report.append("  exit code: alembic %d, alembic-studio %d" % (a, b))
            continue
        diff = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "alembic", "alembic-studio",
                                         lineterm="", n=1))
        report.append("  %s:\n    %s" % (what, "\n    ".join(diff[:14])))
    return "\n".join(report)


VERSION_STATEMENT = re.compile(
    r"^(INSERT INTO alembic_version \(version_num\) VALUES \('([^']*)'\)[^;]*"
    r"|UPDATE alembic_version SET version_num='([^']*)' WHERE alembic_version.version_num = '([^']*)'"
    r"|DELETE FROM alembic_version WHERE alembic_version.version_num = '([^']*)');$")


def normalise_offline(text, crashed):
    """Offline SQL: steps that write several version rows compared by what they leave.
    Where Alembic's bookkeeping fails inside a step (a KeyError or an assertion: it happens
    on merges of three parents where one parent is below another), which of that step's
    statements come out before the failure is set order too: they are left out."""
    blocks = text.split("\n\n")
    if crashed:
        running = [i for i, block in enumerate(blocks) if block.startswith("-- Running ")]
        if running:
            blocks = blocks[:running[-1] + 1]
    heads, out, pending = set(), [], []

    def flush():
        if len(pending) > 1:
            kinds = sorted(statement.split(" ", 1)[0] for statement in pending)
            out.append("<%s leaving %s>" % (" ".join(kinds), ", ".join(sorted(heads))))
        else:
            out.extend(pending)
        pending.clear()

    for block in blocks:
        match = VERSION_STATEMENT.match(block)
        if not match:
            flush()
            out.append(block)
            continue
        if match.group(2) is not None:
            heads.add(match.group(2))
        elif match.group(3) is not None:
            heads.discard(match.group(4))
            heads.add(match.group(3))
        else:
            heads.discard(match.group(5))
        pending.append(block)
    flush()
    return "\n\n".join(out)


def revisions_and_labels(project):
    """The project's revision ids, newest first, and its branch labels, as Alembic reads them."""
    cwd = os.getcwd()
    os.chdir(project)  # where the commands run: prepend_sys_path's "." (a project's own modules)
    try:
        config = Config(os.path.join(project, "alembic.ini"))
        script = ScriptDirectory.from_config(config)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            revisions = list(script.walk_revisions())
    finally:
        os.chdir(cwd)
    return [r.revision for r in revisions], sorted({label for r in revisions for label in r._orig_branch_labels})


def heads(project):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ScriptDirectory.from_config(Config(os.path.join(project, "alembic.ini"))).get_heads()


def offline_command_lines(project, rng, limit):
    ids, labels = revisions_and_labels(project)
    sql = ["--sql"]
    lines = [
        ["upgrade", "head"], ["upgrade", "heads"], ["upgrade", "base:heads"], ["upgrade", "base:head"],
        ["upgrade", "+1"], ["upgrade", "+2"], ["upgrade", "base:+1"], ["upgrade", "zzzz"], ["upgrade", "base:base"],
        ["upgrade", "heads", "--tag", "sometag"], ["upgrade", "a:b:c"], ["upgrade", "base:zzzz"],
        ["downgrade", "heads:base"], ["downgrade", "head:base"], ["downgrade", "base"], ["downgrade", "heads:-1"],
        ["downgrade", "base:base"], ["downgrade", "zzzz:base"],
        ["stamp", "heads"], ["stamp", "base"], ["stamp", "head"], ["stamp", "heads", "--purge"],
        ["stamp", "base:heads"], ["stamp", "a:heads", "b:heads"],
    ]
    lines = [line + sql for line in lines] + [["downgrade", "heads:base"]]  # the last: no --sql, an error
    for rev in rng.sample(ids, min(len(ids), 8)):
        other = rng.choice(ids)
        lines += [line + sql for line in [
            ["upgrade", rev], ["upgrade", rev + ":heads"], ["upgrade", "base:" + rev], ["upgrade", "%s:%s" % (rev, other)],
            ["upgrade", rev[:6] + ":heads"], ["upgrade", rev + ":+1"], ["upgrade", "%s:%s+1" % (rev, rev)],
            ["downgrade", rev + ":base"], ["downgrade", "heads:" + rev], ["downgrade", "%s:%s" % (rev, other)],
            ["downgrade", rev + ":-1"], ["downgrade", "%s:%s-1" % (rev, rev)],
            ["stamp", rev], ["stamp", "%s:%s" % (rev, other)], ["stamp", "base:" + rev], ["stamp", rev, other],
            ["stamp", rev + ":base"],
        ]]
    for label in labels[:4]:
        lines += [line + sql for line in [
            ["upgrade", label + "@head"], ["upgrade", "base:%s@head" % label], ["upgrade", label + "@+1"],
            ["downgrade", "%s@head:base" % label], ["downgrade", "heads:%s@base" % label],
            ["downgrade", "%s@head:%s@-1" % (label, label)], ["stamp", label + "@head"],
            ["stamp", "base:%s@head" % label],
        ]]
    rng.shuffle(lines)
    # The whole project up and down is where bodies are compared most, and one of these
    # fails if any revision does: always among the commands, whatever the limit. Down is
    # one command per head: with several heads, `downgrade heads:base` is only an error.
    whole = [["upgrade", "heads", "--sql"], ["upgrade", "base:heads", "--sql"]]
    whole += [["downgrade", "%s:base" % head, "--sql"] for head in sorted(heads(project))]
    picked = lines[:limit]
    if limit == 0:
        return []  # --max-commands 0: only the --commands given, for projects meant to be refused in part
    return [line for line in whole if line not in picked] + picked


def set_url(project, url):
    path = os.path.join(project, "alembic.ini")
    with open(path) as ini:
        text = ini.read()
    with open(path, "w") as ini:
        ini.write(re.sub(r"(?m)^sqlalchemy\.url = .*$", lambda m: "sqlalchemy.url = " + url, text))


def command_lines(project, rng, limit):
    ids, labels = revisions_and_labels(project)
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
    if sys.argv[1:2] == ["--alembic-only"]:
        # alembic_in_other_orders: one command, its result as JSON
        json.dump(run_alembic(sys.argv[2], sys.argv[4:]), sys.__stdout__)
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--max-commands", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--offline", help="comma-separated SQLAlchemy URLs: compare --sql commands on each")
    parser.add_argument("--python", help="the interpreter alembic-studio-cli is given with --python")
    parser.add_argument("--commands", type=json.loads, default=[], help="more command lines, as a JSON list")
    parser.add_argument("projects", nargs="+")
    args = parser.parse_args()

    runs = []  # (project, url or None, argv)
    for project in args.projects:
        project = os.path.abspath(project)
        if args.offline:
            for url in args.offline.split(","):
                runs += [(project, url, argv) for argv in
                         offline_command_lines(project, random.Random(args.seed), args.max_commands)
                         + args.commands]
        else:
            runs += [(project, None, argv) for argv in
                     command_lines(project, random.Random(args.seed), args.max_commands) + args.commands]

    passed = failed = 0
    current_url = {}
    for project, url, argv in runs:
        if url is not None and current_url.get(project) != url:
            set_url(project, url)
            current_url[project] = url
        studio_argv = (["--python", args.python] if args.python else []) + argv
        difference = compare(project, argv, run_studio(args.studio, project, studio_argv), offline=url is not None)
        if difference is None:
            passed += 1
            continue
        failed += 1
        if failed <= 15:
            print("MISMATCH in %s%s: %s" % (project, " (%s)" % url if url else "", " ".join(argv) or "(no arguments)"))
            print(difference)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
