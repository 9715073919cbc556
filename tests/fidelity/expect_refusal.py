#!/usr/bin/env python3
"""Runs alembic-studio-cli on a project where it must refuse: exit code 1, nothing on
standard output (never half a script), and standard error holding each expected fragment.

    expect_refusal.py --studio PATH --project DIR --expect TEXT [--expect TEXT…] -- ARGS…

Ends with the line "N passed, M failed" (one check).
"""
import argparse
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    arguments = args.arguments[1:] if args.arguments[:1] == ["--"] else args.arguments
    done = subprocess.run([os.path.abspath(args.studio)] + arguments, cwd=args.project, capture_output=True,
                          text=True)
    problems = []
    if done.returncode != 1:
        problems.append("exit code %d, not 1" % done.returncode)
    if done.stdout:
        problems.append("standard output is not empty:\n%s" % done.stdout[:300])
    problems += ["standard error lacks %r" % text for text in args.expect if text not in done.stderr]
    if problems:
        print("FAILED %s:\n  %s\n  standard error was:\n%s" % (" ".join(arguments), "\n  ".join(problems),
                                                                done.stderr))
    print("%d passed, %d failed" % (0 if problems else 1, 1 if problems else 0))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
