#!/usr/bin/env python3
"""Compares alembic-studio-cli with real Alembic on many small random revision graphs.

    random_graphs.py --studio PATH --work DIR [--seeds N] [--first-seed S] [--keep]
                     [--no-duplicates]

For each seed, tests/generator/random_graph.py writes a project into DIR/seed-S, and the
commands that show how its graph was built run through Alembic (in this process, see
compare_cli.py) and through alembic-studio-cli, while a thread pool runs our side ahead:
`history -v` (every revision with its labels, as `show` prints it), `heads -v`,
`heads --resolve-dependencies`, `branches -v`, `history -r base:heads`, `show` of some
revisions (every short id), `show label@head` and `show label` for up to six labels,
`label@base:label@head` ranges and three random `-r x:y`. Each difference is printed with
its seed and command; `random_graph.py DIR --seed S` writes the same project again. Ends
with "N passed, M failed (...)" and the seeds that differ.
"""
import argparse
import concurrent.futures
import os
import random
import shutil
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "generator"))

import compare_cli  # noqa: E402 (the path above)
import random_graph  # noqa: E402


def command_lines(project, seed):
    lines = [["history", "-v"], ["heads", "-v"], ["heads", "--resolve-dependencies"], ["branches", "-v"],
             ["history", "-r", "base:heads"]]
    if project.broken:
        # Every command fails the same way; two say enough about how.
        return lines[:2]
    rng = random.Random(seed)
    # `history -v` already prints every revision as `show` does; showing a few by id checks
    # resolution, and always the short ids, which can be prefixes of one another.
    short = [rev for rev in project.ids if len(rev) < 12]
    others = [rev for rev in project.ids if len(rev) == 12]
    lines += [["show", rev] for rev in short + rng.sample(others, min(len(others), 4))]
    # label@head is where spreading labels matters beyond printing them: which heads carry
    # the label. A sample of labels keeps the test short; another seed takes the others.
    labels = rng.sample(project.labels, min(6, len(project.labels)))
    lines += [["show", label + "@head"] for label in labels]
    lines += [["show", label] for label in labels[:2]]
    lines += [["history", "-r", "%s@base:%s@head" % (label, label)] for label in labels[:3]]
    names = project.ids + project.labels
    for _ in range(3):
        lines.append(["history", "-r", "%s:%s" % (rng.choice(names), rng.choice(names))])
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--work", required=True, help="a folder for the projects (emptied first)")
    parser.add_argument("--seeds", type=int, default=300)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the projects of passing seeds too")
    parser.add_argument("--no-duplicates", action="store_true", help="no project writes an id twice")
    args = parser.parse_args()
    args.studio = os.path.abspath(args.studio)

    shutil.rmtree(args.work, ignore_errors=True)
    started = time.monotonic()
    passed = failed = 0
    failed_seeds = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            # A folder per seed: Python caches compiled scripts by file time and size, and
            # two seeds may write files of the same name and size within the same second.
            directory = os.path.abspath(os.path.join(args.work, "seed-%d" % seed))
            project = random_graph.write_project(directory, seed, duplicates=not args.no_duplicates)
            lines = command_lines(project, seed)
            ours = [pool.submit(compare_cli.run_studio, args.studio, directory, argv) for argv in lines]
            seed_failed = 0
            for argv, result in zip(lines, ours):
                difference = compare_cli.compare(directory, argv, result.result())
                if difference is None:
                    passed += 1
                    continue
                failed += 1
                seed_failed += 1
                print("MISMATCH, %s: %s" % (project.description, " ".join(argv)))
                if seed_failed <= 3 and len(failed_seeds) < 10:
                    print(difference)
            if seed_failed:
                failed_seeds.append(seed)
            elif not args.keep:
                shutil.rmtree(directory)
    print("%d passed, %d failed (%d seeds from %d, %.1f s)" % (
        passed, failed, args.seeds, args.first_seed, time.monotonic() - started))
    if failed_seeds:
        print("seeds that differ: %s" % " ".join(map(str, failed_seeds)))
        print("to look at one: %s DIR --seed S" % os.path.join(here, "..", "generator", "random_graph.py"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
