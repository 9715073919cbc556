#!/usr/bin/env python3
"""`revision` and `merge` of alembic-studio-cli against real Alembic, on twin copies.

    revision_commands.py --studio PATH --sample DIR --generator PATH --work DIR [--only NAME]

Each scenario builds a project (the sample, a generated one, or one of them with its
alembic.ini or script.py.mako changed: several version locations, file_template variants,
a timezone, the multidb and async templates, a template with % if/% for/## and line
continuations), copies it twice, and runs the same command lines in order, `alembic` in
one copy and alembic-studio-cli in the other. After each command it compares standard
output, standard error and the exit code (the copies' folders read as one), and the two
version folders file by file, byte for byte — except the "Create Date:" line, whose
format is compared (same shape, same UTC offset, within two minutes), and the time fields
of file names made from the date. Where Alembic dies with a traceback (exit 1), only the
exit code and the exception's message are compared. Where alembic-studio-cli refuses on
purpose (a template construct it does not render), the scenario says so: both must fail
and alembic-studio-cli must write nothing.

Ends with "N passed, M failed"; exit 1 on any failure.
"""
import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys

CREATE_DATE = re.compile(r"^Create Date: (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(\.\d{6})?([+-]\d\d:\d\d)?$", re.M)


def run(argv, cwd):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", COLUMNS="1000")
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env)
    return done.stdout, done.stderr, done.returncode


def tree(folder):
    files = {}
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in names:
            if name.endswith(".py") or name.endswith(".mako") or name.endswith(".ini"):
                path = os.path.join(root, name)
                with open(path, "rb") as f:
                    files[os.path.relpath(path, folder)] = f.read()
    return files


def date_fields(name):
    # file_template's date and time fields: digits before the revision id
    return re.sub(r"\d", "N", name)


def compare_dates(a, b, where, problems):
    ma, mb = CREATE_DATE.findall(a), CREATE_DATE.findall(b)
    if len(ma) != len(mb):
        problems.append("%s: Create Date lines differ: %r / %r" % (where, ma, mb))
        return
    for (da, fa, za), (db, fb, zb) in zip(ma, mb):
        if za != zb:
            problems.append("%s: Create Date offsets differ: %r / %r" % (where, za, zb))
        ta = datetime.datetime.fromisoformat(da)
        tb = datetime.datetime.fromisoformat(db)
        if abs((ta - tb).total_seconds()) > 120:
            problems.append("%s: Create Dates too far apart: %s / %s" % (where, da, db))


# An id as rev_id() makes it, in a file name or a text.
HEX_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])")


def id_mask(ids):
    """Ids made by rev_id() differ between the two tools: the n-th id a tool made reads
    as <idN> in names, texts and output, on each side."""
    def mask(text):
        for number, rev_id in enumerate(ids):
            text = text.replace(rev_id, "<id%d>" % number)
        return text
    return mask


def compare_trees(alembic_dir, studio_dir, time_in_names, problems, label, masks=None):
    ta, tb = tree(alembic_dir), tree(studio_dir)
    if masks:
        ta = {masks[0](n): masks[0](d.decode("utf-8", "replace")).encode("utf-8") for n, d in ta.items()}
        tb = {masks[1](n): masks[1](d.decode("utf-8", "replace")).encode("utf-8") for n, d in tb.items()}
    key = date_fields if time_in_names else (lambda n: n)
    ka = {key(n): n for n in ta}
    kb = {key(n): n for n in tb}
    if sorted(ka) != sorted(kb):
        problems.append("%s: files differ:\n  alembic: %s\n  studio:  %s" % (
            label, sorted(set(ta) - set(tb)), sorted(set(tb) - set(ta))))
        return
    for k in sorted(ka):
        a, b = ta[ka[k]], tb[kb[k]]
        if a == b:
            continue
        sa, sb = a.decode("utf-8", "replace"), b.decode("utf-8", "replace")
        compare_dates(sa, sb, "%s: %s" % (label, ka[k]), problems)
        if CREATE_DATE.sub("Create Date: <date>", sa) != CREATE_DATE.sub("Create Date: <date>", sb):
            import difflib
            diff = "".join(difflib.unified_diff(sa.splitlines(True), sb.splitlines(True), "alembic", "studio"))
            problems.append("%s: %s differs:\n%s" % (label, ka[k], diff))


def normalise(text):
    # Of two revisions that claim one label, Alembic names them in Python set order.
    return re.sub(r"^(FAILED: Branch name '[^']*' in revision )(\S+)( already used by revision )(\S+)$",
                  lambda m: "%s%s%s%s" % (m.group(1), min(m.group(2), m.group(4)), m.group(3),
                                          max(m.group(2), m.group(4))), text, flags=re.M)


def last_error_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    # "alembic.script.revision.RevisionError: …" / "error: …"
    return lines[-1].split(": ", 1)[-1]


class Scenario:
    def __init__(self, name, make, commands, time_in_names=False, refusals=(), generated_ids=False):
        self.name = name
        self.make = make                  # make(folder): writes the project
        self.commands = commands          # lists of arguments
        self.time_in_names = time_in_names
        self.refusals = set(refusals)     # indexes of commands alembic-studio-cli refuses on purpose
        self.generated_ids = generated_ids  # no --rev-id: ids are compared by their form


def edit_ini(folder, section_lines, remove=()):
    path = os.path.join(folder, "alembic.ini")
    with open(path) as f:
        lines = f.read().split("\n")
    lines = [line for line in lines if not any(line.startswith(r) for r in remove)]
    at = lines.index("[alembic]") + 1
    lines[at:at] = section_lines
    with open(path, "w") as f:
        f.write("\n".join(lines))


def sample_copy(sample, *ini_lines, template=None, remove=()):
    def make(folder):
        shutil.copytree(sample, folder, ignore=shutil.ignore_patterns("__pycache__", "*.db"))
        if ini_lines or remove:
            edit_ini(folder, list(ini_lines), remove)
        if template is not None:
            with open(os.path.join(folder, "script.py.mako"), "w") as f:
                f.write(template)
    return make


def stock_template(name):
    import alembic
    with open(os.path.join(os.path.dirname(alembic.__file__), "templates", name, "script.py.mako")) as f:
        return f.read()


CONTROL_TEMPLATE = '''<%doc>
    A template with the control constructs the stock ones do not use: ${not rendered}
</%doc>
<%!
import re
%>"""${message | trim}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
## a comment line, never written
"""
% if branch_labels:
# labelled: ${comma(branch_labels)}
% elif depends_on:
# depends on ${depends_on | comma}
% else:
# plain
% endif
% for word in re.split(r'\\s+', message):
# word: ${repr(word)} \\
continued
% endfor
import sqlalchemy as sa
${imports if imports else ""}
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
% if message == "empty message" or not message:
# no message given
% endif
x = ${repr("%s_upgrades" % up_revision if up_revision is not None else 'none')}


def upgrade():
    ${context.get("upgrades", "pass")}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''


def scenarios(sample, generator, work):
    base = ["--rev-id"]
    sample_commands = [
        ["revision", "-m", "Add  thing: to users!"] + base + ["a001"],
        ["revision"] + base + ["a002"],
        ["revision", "-m", "it's \"quoted\" and ünïcödé wörds and a very long message to cut at forty"] + base + ["a003"],
        ["revision", "-m", "x"] + base + ["c-c"],
        ["revision", "-m", "x"] + base + ["c+c@"],
        ["revision", "-m", "x", "--head", "3989d12410a0"] + base + ["a004"],
        ["revision", "-m", "spliced", "--head", "3989d", "--splice"] + base + ["a005"],
        ["revision", "-m", "two heads now"] + base + ["a006"],
        ["revision", "-m", "x", "--head", "zzz"] + base + ["a007"],
        ["revision", "-m", "x", "--version-path", "/tmp"] + base + ["a008"],
        ["revision", "-m", "new base", "--head", "base", "--branch-label", "lbl",
         "--depends-on", "3989", "--depends-on", "f9f6"] + base + ["a009"],
        ["revision", "-m", "on lbl", "--head", "lbl@head", "--depends-on", "lbl"] + base + ["a010"],
        ["revision", "-m", "one dep", "--head", "a003", "--depends-on", "a005"] + base + ["a011"],
        ["revision", "--sql", "-m", "x"] + base + ["a013"],
        ["merge", "heads", "-m", "merge them all", "--branch-label", "merged"] + base + ["m001"],
        ["merge", "m001", "m001"] + base + ["m002"],
        ["merge", "zzz", "m001"] + base + ["m003"],
        ["merge", "3989", "m001"] + base + ["m004"],
        ["revision", "-m", "after merge", "--head", "merged@head"] + base + ["a014"],
        ["merge"],
        ["merge", "-h"],
        ["revision", "--help"],
        ["revision", "-m", "", "--depends-on", "zzz"] + base + ["a015"],
        ["revision", "-m", "", "--head", "a014", "--depends-on", "a0"] + base + ["a016"],
        # Last: Alembic writes a second script with an id already there, and warns.
        ["revision", "-m", "dup id", "--head", "a001", "--splice"] + base + ["a014"],
    ]
    generated = os.path.join(work, "generated-src")
    if not os.path.exists(generated):
        subprocess.run([sys.executable, generator, generated, "--revisions", "20", "--seed", "3"], check=True)

    def generated_copy(folder):
        shutil.copytree(generated, folder)

    def generated_with_template(folder):
        generated_copy(folder)
        shutil.copy(os.path.join(sample, "script.py.mako"), folder)

    result = [
        Scenario("sample", sample_copy(sample), sample_commands),
        Scenario("generated-without-template", generated_copy, [
            ["revision", "-m", "x"] + base + ["g000"],
        ]),
        Scenario("label-clash", sample_copy(sample), [
            ["revision", "-m", "label", "--head", "base", "--branch-label", "lbl"] + base + ["l001"],
            ["revision", "-m", "label again", "--head", "base", "--branch-label", "lbl"] + base + ["l002"],
            ["revision", "-m", "label is an id", "--head", "l001", "--branch-label", "f9f69d583261"] + base + ["l003"],
        ]),
        Scenario("generated", generated_with_template, [
            ["revision", "-m", "x"] + base + ["g001"],
            ["merge", "heads", "-m", "merge"] + base + ["g002"],
            ["revision", "-m", "after"] + base + ["g003"],
            ["revision", "-m", "heads", "--head", "heads"] + base + ["g004"],
            ["revision", "-m", "partial", "--head", "g00"] + base + ["g005"],
            ["revision", "-m", "partial", "--head", "g004"] + base + ["g006"],
            ["revision", "-m", "branch", "--head", "g003", "--splice"] + base + ["g010"],
            ["merge", "g006", "g01", "-m", "by partial ids"] + base + ["g007"],
            ["revision", "-m", "relative path", "--version-path", "versions/../versions"] + base + ["g008"],
            ["revision", "-m", "x", "--head", "g008", "--depends-on", "heads"] + base + ["g009"],
        ]),
        Scenario("version-locations", sample_copy(
            sample, "version_locations = %(here)s/versions:%(here)s/other_versions", "version_path_separator = os",
            remove=("version_path_separator",)), [
            # Alembic creates a missing location before it finds --splice missing.
            ["revision", "-m", "not a head", "--head", "3989d12410a0", "--version-path", "other_versions"]
            + base + ["v000"],
            ["revision", "-m", "unknown path", "--head", "base", "--version-path", "new_dir"] + base + ["v007"],
            ["revision", "-m", "in versions"] + base + ["v001"],
            ["revision", "-m", "new base", "--head", "base"] + base + ["v002"],
            ["revision", "-m", "elsewhere", "--head", "base", "--version-path", "other_versions/",
             "--branch-label", "other"] + base + ["v003"],
            ["revision", "-m", "follows its head", "--head", "other@head"] + base + ["v004"],
            ["revision", "-m", "bad", "--version-path", "nowhere"] + base + ["v005"],
            ["merge", "heads"] + base + ["v006"],
        ]),
        Scenario("one-version-location", sample_copy(sample, "version_locations = %(here)s/elsewhere",
                                                         remove=("version_path_separator",)), [
            ["revision", "-m", "not represented"] + base + ["w001"],
            ["revision", "-m", "given", "--version-path", "elsewhere"] + base + ["w002"],
        ]),
        Scenario("file-template-date", sample_copy(
            sample, "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s",
            "truncate_slug_length = 10"), [
            ["revision", "-m", "A long message: longer than ten"] + base + ["t001"],
            ["revision", "-m", "abcdefghijklmnop"] + base + ["t002"],
        ], time_in_names=True),
        Scenario("generated-ids", sample_copy(sample), [
            ["revision", "-m", "first"],
            ["revision", "-m", "second"],
            ["merge", "heads", "-m", "one head only"],
        ], generated_ids=True),
        Scenario("negative-slug-length", sample_copy(sample, "truncate_slug_length = -4"), [
            ["revision", "-m", "cut from the end"] + base + ["n001"],
        ]),
        Scenario("file-template-epoch", sample_copy(sample, "file_template = %%(epoch)s_%%(rev)s"), [
            ["revision", "-m", "epoch"] + base + ["e001"],
        ], time_in_names=True),
        Scenario("file-template-bad-key", sample_copy(sample, "file_template = %%(nope)s_%%(rev)s"), [
            ["revision", "-m", "bad"] + base + ["k001"],
        ]),
        Scenario("timezone-utc", sample_copy(sample, "timezone = utc"), [
            ["revision", "-m", "utc"] + base + ["z001"],
        ]),
        Scenario("timezone-kolkata", sample_copy(sample, "timezone = Asia/Kolkata"), [
            ["revision", "-m", "kolkata"] + base + ["z002"],
        ]),
        Scenario("timezone-unknown", sample_copy(sample, "timezone = Nowhere/Atlantis"), [
            ["revision", "-m", "nowhere"] + base + ["z003"],
        ]),
        Scenario("template-async", sample_copy(sample, template=stock_template("async")), [
            ["revision", "-m", "async"] + base + ["s001"],
        ]),
        Scenario("template-multidb", sample_copy(sample, "databases = engine1, engine2",
                                                 template=stock_template("multidb")), [
            ["revision", "-m", "multidb"] + base + ["s002"],
            ["merge", "heads", "-m", "multi merge"] + base + ["s003"],
        ]),
        Scenario("template-control", sample_copy(sample, template=CONTROL_TEMPLATE), [
            ["revision", "-m", "  control   lines  "] + base + ["s004"],
            ["revision", "--branch-label", "cl", "--head", "base"] + base + ["s005"],
            ["revision", "-m", "deps", "--depends-on", "s004", "--head", "cl@head"] + base + ["s006"],
        ]),
        Scenario("template-unsupported", sample_copy(sample, template=stock_template("generic") + "${foo.bar()}\n"), [
            ["revision", "-m", "refused"] + base + ["u001"],
        ], refusals=[0]),
        Scenario("template-undefined", sample_copy(sample, template=stock_template("generic") + "${upgrades}\n"), [
            ["revision", "-m", "refused"] + base + ["u002"],
        ], refusals=[0]),
    ]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--only")
    args = parser.parse_args()
    studio = os.path.abspath(args.studio)
    os.makedirs(args.work, exist_ok=True)
    passed = failed = 0
    for scenario in scenarios(args.sample, args.generator, args.work):
        if args.only and scenario.name != args.only:
            continue
        a = os.path.join(args.work, scenario.name, "alembic")
        b = os.path.join(args.work, scenario.name, "studio")
        shutil.rmtree(os.path.join(args.work, scenario.name), ignore_errors=True)
        scenario.make(a)
        scenario.make(b)
        ids_a, ids_b = [], []
        for index, argv in enumerate(scenario.commands):
            label = "%s: %s" % (scenario.name, " ".join(argv))
            before = tree(b)
            oa, ea, ca = run(["alembic"] + argv, a)
            ob, eb, cb = run([studio] + argv, b)
            problems = []
            if index in scenario.refusals:
                if ca == 0 or cb != 255:
                    problems.append("both must fail (alembic %d, studio %d)" % (ca, cb))
                if tree(b) != before:
                    problems.append("alembic-studio-cli wrote a file it refused")
                if "Alembic Studio" not in ob:
                    problems.append("the refusal does not say why: %r" % ob)
                shutil.rmtree(a)
                shutil.copytree(b, a)
            else:
                oa, ob = oa.replace(a, "<project>"), ob.replace(b, "<project>")
                ea, eb = ea.replace(a, "<project>"), eb.replace(b, "<project>")
                ob = ob.replace("alembic-studio-cli", "alembic")
                eb = eb.replace("alembic-studio-cli", "alembic")
                if ca != cb:
                    problems.append("exit codes differ: alembic %d, studio %d" % (ca, cb))
                oa, ob = normalise(oa), normalise(ob)
                if scenario.time_in_names:
                    oa, ob = date_fields(oa), date_fields(ob)
                masks = None
                if scenario.generated_ids:
                    made_a = re.findall(r"^Generating \S*/([^/_]+)_", oa, re.M)
                    made_b = re.findall(r"^Generating \S*/([^/_]+)_", ob, re.M)
                    problems += ["%r is not an id as rev_id() makes it" % rev_id for rev_id in made_b
                                 if not HEX_ID.fullmatch(rev_id)]
                    ids_a += made_a
                    ids_b += made_b
                    masks = (id_mask(ids_a), id_mask(ids_b))
                    oa, ob = masks[0](oa), masks[1](ob)
                if oa != ob:
                    problems.append("standard output differs:\n  alembic: %r\n  studio:  %r" % (oa, ob))
                if ca == 1:
                    # Alembic's traceback ends with the exception; ours says it in a sentence
                    # that holds the exception's own words.
                    if last_error_line(ea) not in eb:
                        problems.append("errors differ:\n  alembic: %r\n  studio:  %r" % (
                            last_error_line(ea), last_error_line(eb)))
                else:
                    wa = re.findall(r"(?:UserWarning|warning): (.*)", ea)
                    wb = re.findall(r"(?:UserWarning|warning): (.*)", eb)
                    if (wa or wb) and wa != wb:
                        problems.append("warnings differ: %r / %r" % (wa, wb))
                    elif not (wa or wb) and ea != eb:
                        problems.append("standard error differs:\n  alembic: %r\n  studio:  %r" % (ea, eb))
                compare_trees(a, b, scenario.time_in_names, problems, label, masks)
            if problems:
                failed += 1
                print("FAILED %s\n  %s" % (label, "\n  ".join(problems)))
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
