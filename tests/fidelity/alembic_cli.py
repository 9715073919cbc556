#!/usr/bin/env python3
"""Real Alembic's command line with alembic-studio-cli's `--url URL`, for the online tests.

    alembic_cli.py [--url URL] [ALEMBIC'S OWN ARGUMENTS...]

The online tests run "Studio" as a command line given with --studio. Pointed at this
script instead of alembic-studio-cli (`--studio "python3 tests/fidelity/alembic_cli.py"`),
they compare Alembic with itself — which shows they pass when the tools agree — and their
fault, concurrency and bad-input checks judge Alembic's own behaviour, which shows they can
fail. --url goes in place of the ini's sqlalchemy.url, as alembic-studio-cli's does.
"""
import sys

from alembic.config import CommandLine, Config


def main(argv):
    url = None
    if "--url" in argv[:-1]:  # among the global options, as alembic-studio-cli takes it
        at = argv.index("--url")
        url, argv = argv[at + 1], argv[:at] + argv[at + 2:]
    command_line = CommandLine(prog="alembic")
    options = command_line.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        command_line.parser.error("too few arguments")
    config = Config(file_=options.config, ini_section=options.name, cmd_opts=options)
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command_line.run_cmd(config, options)


if __name__ == "__main__":
    main(sys.argv[1:])
