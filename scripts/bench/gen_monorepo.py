#!/usr/bin/env python3
"""Writes a synthetic monorepo for scan benchmarks: a package-lock.json (v3) with N npm packages,
a uv.lock with M Python packages and a pnpm-lock.yaml (v9) with P packages, shaped like real
lockfiles (integrity hashes, nested node_modules, dependency tables, sdists and wheels; pnpm
importers, packages, peer-suffixed snapshots).

usage: gen_monorepo.py OUT_DIR [NPM_PACKAGES=5000] [PY_PACKAGES=500] [PNPM_PACKAGES=2000]
"""
import hashlib
import json
import os
import random
import sys

out = sys.argv[1]
n_npm = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
n_py = int(sys.argv[3]) if len(sys.argv) > 3 else 500
n_pnpm = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
rnd = random.Random(42)


def sha(s, algo="sha512"):
    return hashlib.new(algo, s.encode()).hexdigest()


os.makedirs(os.path.join(out, "web"), exist_ok=True)
os.makedirs(os.path.join(out, "api"), exist_ok=True)
os.makedirs(os.path.join(out, "site"), exist_ok=True)

names = [("@scope%d/" % (i % 40) if i % 7 == 0 else "") + "pkg-%d" % i for i in range(n_npm)]
direct = names[:60]
root = {"name": "web", "version": "1.0.0",
        "dependencies": {n: "^%d.0.0" % (1 + i % 9) for i, n in enumerate(direct[:45])},
        "devDependencies": {n: "^%d.0.0" % (1 + i % 9) for i, n in enumerate(direct[45:], 45)},
        "engines": {"node": ">=20"}}
packages = {"": root}
for i, n in enumerate(names):
    key = "node_modules/" + n
    if i > 200 and i % 50 == 0:
        key = "node_modules/" + names[i % 200] + "/node_modules/" + n
    v = "%d.%d.%d" % (1 + i % 9, i % 13, i % 17)
    entry = {"version": v,
             "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
             "integrity": "sha512-" + sha(n + v)[:86] + "==",
             "license": "MIT"}
    deps = {names[(i * 31 + k) % n_npm]: "^%d.0.0" % (1 + k) for k in range(rnd.randint(0, 4))}
    if deps:
        entry["dependencies"] = deps
    if n in root["devDependencies"] or (i % 3 == 0 and n not in root["dependencies"]):
        entry["dev"] = True
    if i % 97 == 0:
        entry["optional"] = True
    if i % 89 == 0:
        entry["engines"] = {"node": ">=14"}
    packages[key] = entry
with open(os.path.join(out, "web", "package.json"), "w") as f:
    json.dump(root, f, indent=2)
with open(os.path.join(out, "web", "package-lock.json"), "w") as f:
    json.dump({"name": "web", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}, f, indent=2)

py = ["py-pkg-%d" % i for i in range(n_py)]
lines = ["version = 1", "revision = 3", 'requires-python = ">=3.12"', ""]
lines += ["[[package]]", 'name = "api"', 'version = "0.1.0"', 'source = { editable = "." }', "dependencies = ["]
lines += ['    { name = "%s" },' % p for p in py[:30]] + ["]", ""]
for i, p in enumerate(py):
    v = "%d.%d.%d" % (i % 5, i % 11, i % 7)
    lines += ["[[package]]", 'name = "%s"' % p, 'version = "%s"' % v,
              'source = { registry = "https://pypi.org/simple" }']
    deps = [py[(i * 17 + k) % n_py] for k in range(rnd.randint(0, 3))]
    if deps:
        lines += ["dependencies = ["] + ['    { name = "%s" },' % d for d in deps] + ["]"]
    lines.append('sdist = { url = "https://files.pythonhosted.org/packages/%s/%s-%s.tar.gz", hash = "sha256:%s", size = %d }'
                 % (sha(p)[:2], p, v, sha(p + v, "sha256"), 10000 + i))
    lines.append("wheels = [")
    for tag in ("py3-none-any", "cp312-cp312-manylinux_2_17_x86_64"):
        lines.append('    { url = "https://files.pythonhosted.org/packages/%s/%s-%s-%s.whl", hash = "sha256:%s", size = %d },'
                     % (sha(p + tag)[:2], p.replace("-", "_"), v, tag, sha(p + v + tag, "sha256"), 20000 + i))
    lines += ["]", ""]
with open(os.path.join(out, "api", "uv.lock"), "w") as f:
    f.write("\n".join(lines))
with open(os.path.join(out, "api", "pyproject.toml"), "w") as f:
    f.write('[project]\nname = "api"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = [\n%s]\n'
            % "".join('    "%s>=0",\n' % p for p in py[:30]))


def quote(key):
    """pnpm quotes keys that start with @, which a plain YAML scalar cannot."""
    return "'%s'" % key if key.startswith("@") else key


def pnpm_name(i):
    return ("@scope%d/" % (i % 40) if i % 7 == 0 else "") + "pnpm-pkg-%d" % i


def pnpm_version(i):
    return "%d.%d.%d" % (1 + i % 9, i % 13, i % 17)


def pnpm_ref(i, variant):
    """Every tenth package takes react as a peer and is installed in two peer variants."""
    return pnpm_version(i) + ("" if i % 10 else "(react@18.3.1)" if variant == 0 else "(react@17.0.2)")


lines = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "  excludeLinksFromLockfile: false", "",
         "importers:", "", "  .:", "    dependencies:"]
for i in range(min(40, n_pnpm)):
    lines += ["      %s:" % quote(pnpm_name(i)), "        specifier: ^%s" % pnpm_version(i), "        version: %s" % pnpm_ref(i, 0)]
lines += ["    devDependencies:"]
for i in range(40, min(60, n_pnpm)):
    lines += ["      %s:" % quote(pnpm_name(i)), "        specifier: ~%s" % pnpm_version(i), "        version: %s" % pnpm_ref(i, 1)]
lines += ["", "packages:", ""]
for react in ("17.0.2", "18.3.1"):
    lines += ["  react@%s:" % react, "    resolution: {integrity: sha512-%s==}" % sha("react" + react)[:86],
              "    engines: {node: '>=0.10.0'}", ""]
for i in range(n_pnpm):
    lines += ["  %s:" % quote(pnpm_name(i) + "@" + pnpm_version(i)),
              "    resolution: {integrity: sha512-%s==}" % sha(pnpm_name(i) + pnpm_version(i))[:86]]
    if i % 4 == 0:
        lines.append("    engines: {node: '>=14'}")
    if i % 10 == 0:
        lines += ["    peerDependencies:", "      react: ^17.0.0 || ^18.0.0"]
    if i % 50 == 0:
        lines += ["    cpu: [x64, arm64]", "    os: [linux, darwin]", "    hasBin: true"]
    lines.append("")
lines += ["snapshots:", "", "  react@17.0.2: {}", "", "  react@18.3.1: {}", ""]
for i in range(n_pnpm):
    deps = [(i * 31 + k * 7) % n_pnpm for k in range(1, rnd.randint(0, 4) + 1)]
    for variant in range(2 if i % 10 == 0 else 1):
        key = "  %s:" % quote(pnpm_name(i) + "@" + pnpm_ref(i, variant))
        if not deps and i % 10:
            lines += [key + " {}", ""]
            continue
        lines += [key, "    dependencies:"]
        if i % 10 == 0:
            lines.append("      react: %s" % ("18.3.1" if variant == 0 else "17.0.2"))
        lines += ["      %s: %s" % (quote(pnpm_name(d)), pnpm_ref(d, variant)) for d in deps]
        if i % 6 == 1:
            lines += ["    transitivePeerDependencies:", "      - supports-color"]
        lines.append("")
with open(os.path.join(out, "site", "pnpm-lock.yaml"), "w") as f:
    f.write("\n".join(lines))
with open(os.path.join(out, "site", "package.json"), "w") as f:
    json.dump({"name": "site", "version": "1.0.0",
               "dependencies": {pnpm_name(i): "^" + pnpm_version(i) for i in range(min(40, n_pnpm))},
               "devDependencies": {pnpm_name(i): "~" + pnpm_version(i) for i in range(40, min(60, n_pnpm))}}, f, indent=2)
