"""Scratch databases for the online tests: an SQLite file, or a database of its own on the
PostgreSQL or MariaDB server a CTest fixture started (tests/db).

    with ScratchDatabases("postgresql", work_dir) as databases:
        url = databases.create("steps_a")   # an empty database, dropped on exit

A backend is "sqlite", "postgresql" or "mariadb". The servers are found through the file
named by $ALEMBIC_STUDIO_TEST_POSTGRESQL_ENV / $ALEMBIC_STUDIO_TEST_MARIADB_ENV (KEY=VALUE
lines, DB_URL among them: see tests/db/postgresql.sh), which
alembic_studio_require_database() sets. Each database is named after the process and a
random tag, so that tests sharing a server never touch each other's.
"""
import os
import random

import sqlalchemy as sa

BACKENDS = ("sqlite", "postgresql", "mariadb")


def server_settings(backend):
    """The fixture's KEY=VALUE file as a dict, or SystemExit saying what is missing."""
    variable = "ALEMBIC_STUDIO_TEST_%s_ENV" % backend.upper()
    path = os.environ.get(variable)
    if not path or not os.path.exists(path):
        raise SystemExit("%s is not set or names no file: run through ctest (the db_%s fixture), "
                         "or start a server with tests/db/%s.sh start DIR and set it to DIR/%s.env"
                         % (variable, backend, backend, backend))
    settings = {}
    with open(path) as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                settings[key] = value
    return settings


class ScratchDatabases:
    def __init__(self, backend, work_dir):
        if backend not in BACKENDS:
            raise SystemExit("unknown backend %r (one of %s)" % (backend, ", ".join(BACKENDS)))
        self.backend = backend
        self.work_dir = work_dir
        self.created = []
        self.tag = "%d_%06x" % (os.getpid(), random.getrandbits(24))
        self.server_url = None
        if backend != "sqlite":
            self.settings = server_settings(backend)
            self.server_url = sa.engine.make_url(self.settings["DB_URL"])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for name in reversed(self.created):
            self.drop(name)
        return False

    def url_of(self, name):
        if self.backend == "sqlite":
            return "sqlite:///" + os.path.join(self.work_dir, "%s.db" % name)
        return self.server_url.set(database=self.database_name(name)).render_as_string(hide_password=False)

    def database_name(self, name):
        return ("online_%s_%s" % (name, self.tag)).lower()[:63]

    def _admin(self, statement):
        # CREATE/DROP DATABASE cannot run in a transaction on PostgreSQL.
        engine = sa.create_engine(self.server_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def create(self, name):
        """An empty database called NAME (within this run), created anew; its URL."""
        self.drop(name)
        if self.backend == "postgresql":
            self._admin('CREATE DATABASE "%s"' % self.database_name(name))
        elif self.backend == "mariadb":
            self._admin("CREATE DATABASE `%s`" % self.database_name(name))
        if name not in self.created:
            self.created.append(name)
        return self.url_of(name)

    def drop(self, name):
        if self.backend == "sqlite":
            path = os.path.join(self.work_dir, "%s.db" % name)
            for suffix in ("", "-journal", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        elif self.backend == "postgresql":
            # WITH (FORCE): a killed client's backend may still hold a connection.
            self._admin('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % self.database_name(name))
        else:
            self._admin("DROP DATABASE IF EXISTS `%s`" % self.database_name(name))
