"""Prints what real Alembic's RevisionMap makes of a project, as JSON, for tst_revisiongraph.

Usage: python3 revision_map.py SCRIPT_LOCATION IDENTIFIER|LOWER:UPPER...
Python sets are printed sorted: their order changes from run to run.
"""
import json
import sys
import warnings

from alembic.config import Config
from alembic.script import ScriptDirectory

warnings.simplefilter("ignore")
config = Config()
config.set_main_option("script_location", sys.argv[1])
revision_map = ScriptDirectory.from_config(config).revision_map
out = {}
try:
    out["heads"] = list(revision_map.heads)
    out["real_heads"] = list(revision_map._real_heads)
    out["bases"] = list(revision_map.bases)
    out["real_bases"] = list(revision_map._real_bases)
    revisions = {}
    for script in revision_map._revision_map.values():
        if script is None or script.revision in revisions:
            continue
        revisions[script.revision] = {
            "branch_labels": sorted(script.branch_labels),
            "next": sorted(script.nextrev),
            "all_next": sorted(script._all_nextrev),
            "normalized_dependencies": sorted(script._normalized_resolved_dependencies),
        }
    out["revisions"] = revisions
    resolutions = {}
    for identifier in sys.argv[2:]:
        try:
            if ":" in identifier:
                # a range, walked as `alembic history -r lower:upper` walks it
                lower, upper = identifier.split(":")
                resolved = revision_map.iterate_revisions(
                    upper or "heads", lower or "base", inclusive=True, assert_relative_length=False
                )
            else:
                resolved = revision_map.get_revisions(identifier)
            resolutions[identifier] = [
                r if isinstance(r, str) else r.revision if r is not None else None
                for r in resolved
            ]
        except AssertionError:
            # Alembic fails on an internal assertion: there is no message to match, only
            # the failure itself.
            resolutions[identifier] = "assertion"
        except Exception as error:  # the message is what is compared
            resolutions[identifier] = "error: %s" % error
    out["resolutions"] = resolutions
except Exception as error:
    out = {"error": str(error)}
print(json.dumps(out, sort_keys=True))
