#!/usr/bin/env python3
"""Reference matcher for PyPI: which OSV records affect the stack's resolved PyPI packages.

Independent of upkeep: it reads the OSV zips itself and compares versions with `packaging`
(PyPA's own PEP 440 implementation), applying the OSV schema's evaluation rules. Prints one line
per match, tab-separated (see README.md):

    raw     pypi  <name>  <version>  <record id>
    merged  pypi  <name>  <version>  <every id and alias of the merged advisory, comma-separated>

usage: match_pypi.py SCAN_JSON OSV_DIR
"""
import datetime
import functools
import glob
import json
import os
import re
import sys
import zipfile

import packaging
from packaging.version import InvalidVersion, Version

ECOSYSTEM = "PyPI"


def pep503(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def modified(record):
    try:
        return datetime.datetime.fromisoformat(record.get("modified", ""))
    except ValueError:
        return datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)


def load_records(osv_dir):
    """Every record of every zip, by id; of two copies of one id, the newer `modified` wins."""
    records = {}
    for path in sorted(glob.glob(os.path.join(osv_dir, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for entry in z.namelist():
                if not entry.endswith(".json"):
                    continue
                try:
                    r = json.loads(z.read(entry))
                except ValueError:
                    continue
                rid = r.get("id")
                if rid and (rid not in records or modified(r) > modified(records[rid])):
                    records[rid] = r
    return records


def affected_entries(record, name):
    for a in record.get("affected", []):
        pkg = a.get("package", {})
        if pkg.get("ecosystem", "").split(":")[0] == ECOSYSTEM and pep503(pkg.get("name", "")) == pep503(name):
            yield a


@functools.lru_cache(maxsize=None)
def parse(v):
    try:
        return Version(v)
    except InvalidVersion:
        return None


def in_range(v, rng):
    """The OSV schema's IncludedInRanges for one ECOSYSTEM range, versions compared by PEP 440."""
    events = rng.get("events", [])
    limits = [e["limit"] for e in events if "limit" in e]
    if limits and not any("*" in l or (parse(l) is not None and v < parse(l)) for l in limits):
        return False
    timeline = []
    for e in events:
        kind, at = next(iter(e.items()))
        if kind == "limit":
            continue
        if kind == "introduced" and at == "0":
            timeline.append((0, None, kind))
            continue
        p = parse(at)
        if p is not None:  # a bound that is not a PEP 440 version cannot be compared
            timeline.append((1, p, kind))
    timeline.sort(key=lambda t: (t[0], t[1]) if t[1] is not None else (t[0],))
    vulnerable = False
    for _, at, kind in timeline:
        if kind == "introduced" and (at is None or v >= at):
            vulnerable = True
        elif kind == "fixed" and v >= at:
            vulnerable = False
        elif kind == "last_affected" and v > at:
            vulnerable = False
    return vulnerable


def affects(record, name, version):
    v = parse(version)
    for a in affected_entries(record, name):
        if version in a.get("versions", []):
            return True
        for rng in a.get("ranges", []):
            if rng.get("type") == "SEMVER":
                sys.exit(f"{record['id']}: a SEMVER range on PyPI package {name}; compare it with node-semver (not handled here)")
            if rng.get("type") == "ECOSYSTEM" and v is not None and in_range(v, rng):
                return True
    return False


def merged_groups(records):
    """Records sharing any id or alias are one advisory: union-find over ids."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in records:
        for other in r.get("aliases", []):
            parent[find(other)] = find(r["id"])
    groups = {}
    for r in records:
        groups.setdefault(find(r["id"]), []).append(r)
    return list(groups.values())


def main(scan_json, osv_dir):
    with open(scan_json) as f:
        scan = json.load(f)
    records = [r for r in load_records(osv_dir).values() if not r.get("withdrawn")]
    by_name = {}
    for r in records:
        for a in r.get("affected", []):
            pkg = a.get("package", {})
            if pkg.get("ecosystem", "").split(":")[0] == ECOSYSTEM:
                by_name.setdefault(pep503(pkg.get("name", "")), {})[r["id"]] = r
    seen = set()
    groups = {}
    for c in scan["components"]:
        if c["ecosystem"] != "pypi" or c["kind"] != "package" or not c.get("version"):
            continue
        key = (pep503(c["name"]), c["version"])
        if key in seen:
            continue
        seen.add(key)
        if key[0] not in groups:
            groups[key[0]] = merged_groups(list(by_name.get(key[0], {}).values()))
        for group in groups[key[0]]:
            hits = sorted(r["id"] for r in group if affects(r, c["name"], c["version"]))
            for rid in hits:
                print(f"raw\tpypi\t{c['name']}\t{c['version']}\t{rid}")
            if hits:
                ids = sorted({i for r in group for i in [r["id"], *r.get("aliases", [])]})
                print(f"merged\tpypi\t{c['name']}\t{c['version']}\t{','.join(ids)}")
    print(f"match_pypi.py: packaging {packaging.__version__}, {len(records)} records, {len(seen)} PyPI packages", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
