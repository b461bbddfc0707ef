#!/usr/bin/env python3
"""upkeep's side for the example stack: the advisories in `upkeep drift --format json`, one line each.

Prints, for every npm and PyPI component with advisories, one line per advisory:
    merged  <ecosystem>  <name>  <version>  <the advisory's id and aliases, sorted, comma-separated>

usage: drift_set.py DRIFT_JSON
"""
import json
import sys


def main(path):
    with open(path) as f:
        drift = json.load(f)
    for d in drift["drift"]:
        c = d["component"]
        if c["ecosystem"] not in ("npm", "pypi"):
            continue
        for a in d["advisories"]:
            ids = sorted({a["id"], *a["aliases"]})
            print(f"merged\t{c['ecosystem']}\t{c['name']}\t{c['version']}\t{','.join(ids)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
