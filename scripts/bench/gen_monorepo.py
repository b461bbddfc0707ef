#!/usr/bin/env python3
"""Writes a synthetic monorepo for scan benchmarks: a package-lock.json (v3) with N npm packages
and a uv.lock with M Python packages, shaped like real lockfiles (integrity hashes, nested
node_modules, dependency tables, sdists and wheels).

usage: gen_monorepo.py OUT_DIR [NPM_PACKAGES=5000] [PY_PACKAGES=500]
"""
import hashlib
import json
import os
import random
import sys

out = sys.argv[1]
n_npm = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
n_py = int(sys.argv[3]) if len(sys.argv) > 3 else 500
rnd = random.Random(42)


def sha(s, algo="sha512"):
    return hashlib.new(algo, s.encode()).hexdigest()


os.makedirs(os.path.join(out, "web"), exist_ok=True)
os.makedirs(os.path.join(out, "api"), exist_ok=True)

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
