#!/usr/bin/env python3
"""Writes a synthetic inventory that walks every boundary of the OSV data's npm and PyPI ranges.

For each package an npm or PyPI record names: every version its ranges name (introduced, fixed,
last_affected, limit) and its `versions` list names, plus neighbours of each range bound (just
below, just above, a pre-release of it, a post-release for PyPI). The output has the shape of
`upkeep scan --format json` as far as the matchers read it (`components[]` with ecosystem, kind,
name, version), so the reference matchers and upkeep read the same list. Version strings are
only generated, never judged: what one side cannot read, the other must not read either.

usage: sweep.py OSV_DIR > components.json
"""
import glob
import json
import os
import re
import sys
import zipfile

FAMILIES = {"npm": "npm", "PyPI": "pypi"}


def pep503(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def neighbours(eco, v):
    m = re.match(r"^(\d+(?:\.\d+)*)(.*)$", v)
    if not m:
        return []
    release, rest = m.group(1), m.group(2)
    parts = release.split(".")
    bumped = ".".join(parts[:-1] + [str(int(parts[-1]) + 1)])
    if eco == "npm":
        out = [bumped + rest] if len(parts) == 3 else []
        if rest == "":
            out += [v + "-0", v + "-rc.1", v + "+build.5"]
        elif rest.startswith("-"):
            out.append(release)
        return out
    out = [bumped, release + ".post1", release + "rc1", release + ".dev0"]
    if parts[-1] != "0":
        out.append(".".join(parts[:-1] + [str(int(parts[-1]) - 1)]))
    return out


def main(osv_dir):
    versions = {}
    for path in sorted(glob.glob(os.path.join(osv_dir, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for entry in z.namelist():
                if not entry.endswith(".json"):
                    continue
                try:
                    r = json.loads(z.read(entry))
                except ValueError:
                    continue
                for a in r.get("affected", []):
                    pkg = a.get("package", {})
                    eco = FAMILIES.get(pkg.get("ecosystem", "").split(":")[0])
                    if not eco or not pkg.get("name"):
                        continue
                    name = pep503(pkg["name"]) if eco == "pypi" else pkg["name"]
                    seen = versions.setdefault((eco, name), set())
                    seen.update(a.get("versions", []))
                    for rng in a.get("ranges", []):
                        if rng.get("type") == "GIT":
                            continue
                        for e in rng.get("events", []):
                            for at in e.values():
                                if at != "0" and "*" not in at:
                                    seen.add(at)
                                    seen.update(neighbours(eco, at))
    components = [{"ecosystem": eco, "kind": "package", "name": name, "version": v}
                  for (eco, name), vs in sorted(versions.items()) for v in sorted(vs) if v.strip() == v and v]
    json.dump({"components": components}, sys.stdout)
    print(f"sweep.py: {len(components)} package versions", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
