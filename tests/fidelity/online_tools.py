"""The two sides of an online comparison, and the revision plans the tests walk.

- Alembic: real Alembic in this process (alembic.config.Config + alembic.command), through
  the project's own env.py, on a URL given in place of sqlalchemy.url. Alembic reads every
  revision script again for each command; here the ScriptDirectory is read once per
  project, which is what makes a step-by-step walk of hundreds of revisions affordable.
- Studio: alembic-studio-cli (or any command line that takes `--url URL` before Alembic's
  own arguments: alembic_cli.py is real Alembic so, to prove a test can tell two tools
  apart before alembic-studio-cli runs migrations), a process per command, in the project.

The upgrade order is Alembic's own (`upgrade heads` applies the revisions in this order):
upgrading to each revision in turn applies exactly that one, dependencies included.
"""
import contextlib
import logging
import os
import shlex
import shutil
import subprocess
import tempfile

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

# Alembic's INFO lines ("Running upgrade …") for every step of hundreds: the stock env.py
# calls fileConfig each time, so a level set on the logger would not last.
logging.disable(logging.INFO)

_scripts = {}
_from_config = ScriptDirectory.from_config.__func__


def _cached_from_config(cls, config):
    key = (os.path.abspath(config.config_file_name or "."), config.get_main_option("script_location"))
    if key not in _scripts:
        _scripts[key] = _from_config(cls, config)
    return _scripts[key]


ScriptDirectory.from_config = classmethod(_cached_from_config)


def escape_ini(value):
    return value.replace("%", "%%")


class Alembic:
    """Real Alembic on one database."""

    name = "alembic"

    def __init__(self, project, url):
        self.project = project
        self.url = url
        self.config = Config(os.path.join(project, "alembic.ini"))
        self.config.set_main_option("sqlalchemy.url", escape_ini(url))

    def run(self, verb, *arguments):
        cwd = os.getcwd()
        os.chdir(self.project)  # %(here)s-relative paths and prepend_sys_path
        try:
            getattr(command, verb)(self.config, *arguments)
        finally:
            os.chdir(cwd)

    def script(self):
        return ScriptDirectory.from_config(self.config)


class Studio:
    """A command line with alembic-studio-cli's options, run in the project."""

    def __init__(self, command_line, project, url, name="studio"):
        self.command_line = shlex.split(command_line) if isinstance(command_line, str) else list(command_line)
        self.project = project
        self.url = url
        self.name = name

    def argv(self, *arguments):
        return self.command_line + ["--url", self.url] + list(arguments)

    def start(self, *arguments, **options):
        return subprocess.Popen(self.argv(*arguments), cwd=self.project, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, **options)

    def run(self, verb, *arguments, timeout=600):
        done = subprocess.run(self.argv(verb, *arguments), cwd=self.project, capture_output=True, text=True,
                              timeout=timeout)
        if done.returncode != 0:
            raise StudioFailed(self.argv(verb, *arguments), done)
        return done


class StudioFailed(Exception):
    def __init__(self, argv, done):
        super().__init__("%s exited with %d\n--- stdout\n%s--- stderr\n%s" % (
            shlex.join(argv), done.returncode, done.stdout, done.stderr))
        self.done = done


def upgrade_order(script):
    """The revision ids in the order `upgrade heads` applies them from base."""
    return [step.revision.revision for step in script._upgrade_revs("heads", ())]


def downgrade_target(script, applied, order):
    """A target for `downgrade` that undoes the revision applied last (in upgrade order),
    and with it whatever Alembic undoes along (the other descendants of its parent)."""
    last = [rev for rev in order if rev in applied][-1]
    revision = script.get_revision(last)
    parents = revision._versioned_down_revisions
    if parents:
        return parents[0]
    if len(applied) == 1:
        return "base"
    return "%s@base" % last


def applied_revisions(script, heads):
    """Every revision a set of version rows stands for: those heads and their ancestors."""
    applied = set()
    todo = list(heads)
    while todo:
        rev = todo.pop()
        if rev in applied:
            continue
        applied.add(rev)
        todo += list(script.get_revision(rev)._all_down_revisions)
    return applied


@contextlib.contextmanager
def work_folder(given, prefix):
    """The folder a test works in: GIVEN (kept afterwards, to look into), or a temporary
    one removed at the end, also when it holds folders made read-only."""
    work = given or tempfile.mkdtemp(prefix=prefix)
    os.makedirs(work, exist_ok=True)
    try:
        yield work
    finally:
        if not given:
            subprocess.run(["chmod", "-R", "u+w", work], check=False)
            shutil.rmtree(work, ignore_errors=True)


def copy_project(source, destination):
    """A fresh copy of a project, without the bytecode or SQLite files of earlier runs."""
    shutil.rmtree(destination, ignore_errors=True)
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__", "*.db"))
    return destination
