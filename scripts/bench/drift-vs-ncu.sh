#!/usr/bin/env bash
# Cold and warm drift of a 300-dependency package.json against the live npm registry, beside
# npm-check-updates on the same file in the same run. Cold: empty caches for both tools (upkeep's
# cache dir, ncu's npm cache dir). Warm: the same command again right after.
# usage: scripts/bench/drift-vs-ncu.sh [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
./upkeep --version >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stack" "$work/ncu"
# 300 real packages: the first 300 names of the example stack's lockfile, at their locked majors.
python3 - "$work/stack/package.json" <<'PY'
import json, sys
lock = json.load(open("examples/fullstack/frontend/package-lock.json"))
deps = {}
for key, entry in lock["packages"].items():
    if not key.startswith("node_modules/") or "/node_modules/" in key[len("node_modules/"):]:
        continue
    name = key[len("node_modules/"):]
    if name not in deps and "version" in entry:
        deps[name] = "^" + entry["version"]
    if len(deps) == 300:
        break
json.dump({"name": "bench", "version": "1.0.0", "dependencies": deps}, open(sys.argv[1], "w"), indent=2)
print(f"package.json with {len(deps)} dependencies")
PY
(cd "$work/ncu" && npm install --silent --no-audit --no-fund npm-check-updates@17 >/dev/null 2>&1)
ncu="$work/ncu/node_modules/.bin/ncu"
echo "ncu $("$ncu" --version), node $(node --version), upkeep $(./upkeep --version)"
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'; }
printf '%-4s %10s %10s %10s %10s\n' run upkeep_cold ncu_cold upkeep_warm ncu_warm
for i in $(seq "$runs"); do
  rm -rf "$work/uk-cache" "$work/npm-cache"
  uc=$(t env UPKEEP_CACHE_DIR="$work/uk-cache" ./upkeep drift "$work/stack" --format json -o "$work/uk.json")
  nc=$(t "$ncu" --packageFile "$work/stack/package.json" --cache false --jsonUpgraded --loglevel silent --cacheFile "$work/ncu-cache.json")
  uw=$(t env UPKEEP_CACHE_DIR="$work/uk-cache" ./upkeep drift "$work/stack" --format json -o "$work/uk.json")
  nw=$(t "$ncu" --packageFile "$work/stack/package.json" --jsonUpgraded --loglevel silent --cache --cacheFile "$work/ncu-cache.json")
  rm -f "$work/ncu-cache.json"
  printf '%-4s %10s %10s %10s %10s\n' "$i" "$uc" "$nc" "$uw" "$nw"
done
python3 - "$work/uk.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
known = [x for x in d["drift"] if x["latest"]]
print(f"upkeep: {len(known)} of {len(d['drift'])} components with a latest version")
PY
