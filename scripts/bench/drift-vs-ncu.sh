#!/usr/bin/env bash
# Cold and warm drift of a 300-dependency package.json against the live npm registry, beside
# npm-check-updates on the same file in the same run, each with its defaults, and the network floor.
# Cold: empty caches for both tools (upkeep's cache dir; ncu's npm cache dir, npm_config_cache).
# Warm: the same command again right after, with the caches each tool filled. ncu keeps no answers
# between runs by default; its --cache (a versions file, fresh 10 minutes) is timed too, as
# "ncu_warm_cache". Floor: curl fetching the same 300 packuments (HTTP/2, 32 in parallel, gzip asked
# for), i.e. what any tool must download. Each row ends with the 1-minute load average.
# usage: scripts/bench/drift-vs-ncu.sh [RUNS=3]   (NCU=path/to/ncu skips installing npm-check-updates@17)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
./upkeep --version >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stack" "$work/ncu" "$work/curl"
# 300 real packages: the first 300 names of the example stack's lockfile, at their locked majors.
python3 - "$work/stack/package.json" "$work/curl.cfg" <<'PY'
import json, sys, urllib.parse
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
with open(sys.argv[2], "w") as cfg:
    for i, name in enumerate(deps):
        cfg.write(f'url = "https://registry.npmjs.org/{urllib.parse.quote(name, safe="@").replace("/", "%2f")}"\n')
        cfg.write(f'output = "{i}.json"\n')
print(f"package.json with {len(deps)} dependencies")
PY
ncu=${NCU:-}
if [ -z "$ncu" ]; then
  (cd "$work/ncu" && npm install --silent --no-audit --no-fund npm-check-updates@17 >/dev/null 2>&1)
  ncu="$work/ncu/node_modules/.bin/ncu"
fi
echo "ncu $("$ncu" --version), node $(node --version), $(./upkeep --version), $(java -version 2>&1 | head -1), $(nproc) cores"
t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'; }
ncu_run() { env npm_config_cache="$work/npm-cache" "$ncu" --packageFile "$work/stack/package.json" --jsonUpgraded --loglevel silent "$@"; }
upkeep_run() { env UPKEEP_CACHE_DIR="$work/uk-cache" ./upkeep drift "$work/stack" --format json -o "$work/uk.json"; }
printf '%-4s %8s %11s %9s %11s %9s %14s %5s\n' run floor upkeep_cold ncu_cold upkeep_warm ncu_warm ncu_warm_cache load
for i in $(seq "$runs"); do
  rm -rf "$work/uk-cache" "$work/npm-cache" "$work/ncu-cache.json" "$work"/curl/*
  fl=$(cd "$work/curl" && t curl -s --parallel --parallel-max 32 --http2 --compressed -K "$work/curl.cfg")
  uc=$(t upkeep_run)
  nc=$(t ncu_run)
  uw=$(t upkeep_run)
  nw=$(t ncu_run)
  ncu_run --cache --cacheFile "$work/ncu-cache.json" >/dev/null 2>&1 || true
  nwc=$(t ncu_run --cache --cacheFile "$work/ncu-cache.json")
  printf '%-4s %8s %11s %9s %11s %9s %14s %5s\n' "$i" "$fl" "$uc" "$nc" "$uw" "$nw" "$nwc" "$(cut -d' ' -f1 /proc/loadavg)"
done
echo "floor: $(du -sb "$work/curl" | cut -f1) bytes of packuments"
python3 - "$work/uk.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
known = [x for x in d["drift"] if x["latest"]]
print(f"upkeep: {len(known)} of {len(d['drift'])} components with a latest version")
PY
