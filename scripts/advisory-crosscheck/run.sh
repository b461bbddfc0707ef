#!/usr/bin/env bash
# Cross-checks upkeep's advisory matching against independent reference matchers (node-semver for
# npm, packaging for PyPI) over the same OSV records, twice:
#   stack  the example stack's resolved packages, upkeep's side from `upkeep drift --format json`;
#   sweep  every range bound of the OSV data's npm and PyPI records and its neighbours (sweep.py),
#          upkeep's side from its drift engine (UpkeepMatches.java).
# Exits non-zero when upkeep's set and the reference set differ in either. See README.md.
#
# usage: scripts/advisory-crosscheck/run.sh [--stack-only] [STACK_DIR] [OSV_DIR]
#   STACK_DIR  default examples/fullstack
#   OSV_DIR    default ../shared/data/osv (every *.zip in it)
# Needs: java 17+ (the upkeep launcher builds the jar if needed), node + npm, python3 with packaging.
set -euo pipefail
sweep=1
if [ "${1:-}" = "--stack-only" ]; then
  sweep=0
  shift
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
stack="${1:-$root/examples/fullstack}"
osv="${2:-$root/../shared/data/osv}"
[ -d "$osv" ] || { echo "advisory-crosscheck: no OSV data in $osv" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export UPKEEP_CACHE_DIR="$work/cache"

if [ ! -f "$here/node_modules/semver/package.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

"$root/upkeep" db import "$osv" > "$work/import.txt"
"$root/upkeep" scan "$stack" --format json > "$work/scan.json"
# Exit 3 (partial) is expected offline: registries cannot be asked. Anything else is a failure.
rc=0
"$root/upkeep" drift "$stack" --offline --format json > "$work/drift.json" || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { echo "advisory-crosscheck: upkeep drift exited $rc" >&2; exit 1; }

# upkeep's set: each merged advisory, named by every id it is known by.
python3 "$here/drift_set.py" "$work/drift.json" > "$work/upkeep.tsv"

# compare NAME COMPONENTS_JSON UPKEEP_TSV: runs the reference matchers on the components and diffs.
compare() {
  local name="$1" components="$2" mine="$3" failed=0
  node "$here/match_npm.js" "$components" "$osv" > "$work/$name-npm.tsv" 2> "$work/$name-npm.err" || { cat "$work/$name-npm.err" >&2; return 1; }
  python3 "$here/match_pypi.py" "$components" "$osv" > "$work/$name-pypi.tsv" 2> "$work/$name-pypi.err" || { cat "$work/$name-pypi.err" >&2; return 1; }
  cat "$work/$name-npm.tsv" "$work/$name-pypi.tsv" | { grep '^merged' || true; } | LC_ALL=C sort -u > "$work/$name-reference.tsv"
  LC_ALL=C sort -u "$mine" > "$work/$name-upkeep.tsv"
  for eco in npm pypi; do
    printf '%-5s %-4s package versions %6s  records matched %6s  advisories matched: reference %6s, upkeep %6s\n' "$name" "$eco" \
      "$(python3 -c 'import json, sys; print(len({(c["name"], c["version"]) for c in json.load(open(sys.argv[1]))["components"]
            if c["ecosystem"] == sys.argv[2] and c["kind"] == "package" and c.get("version")}))' "$components" "$eco")" \
      "$(cat "$work/$name-npm.tsv" "$work/$name-pypi.tsv" | grep -c "^raw	$eco	" || true)" \
      "$(grep -c "^merged	$eco	" "$work/$name-reference.tsv" || true)" "$(grep -c "^merged	$eco	" "$work/$name-upkeep.tsv" || true)"
  done
  grep -h 'case-folded' "$work/$name-npm.err" | sed "s/^/$name: /" || true
  if ! diff -u --label "$name reference" "$work/$name-reference.tsv" --label "$name upkeep" "$work/$name-upkeep.tsv" | head -n 200; then
    failed=1
  fi
  cmp -s "$work/$name-reference.tsv" "$work/$name-upkeep.tsv" || failed=1
  return $failed
}

status=0
if compare stack "$work/scan.json" "$work/upkeep.tsv"; then
  echo "advisory-crosscheck: stack: same set ($(wc -l < "$work/stack-upkeep.tsv") package/version/advisory triples)"
else
  echo "advisory-crosscheck: stack: upkeep and the reference matchers disagree (- reference only, + upkeep only)" >&2
  status=1
fi

if [ "$sweep" = 1 ]; then
  python3 "$here/sweep.py" "$osv" > "$work/sweep.json" 2> /dev/null
  java -cp "$root/target/upkeep.jar" "$here/UpkeepMatches.java" "$work/sweep.json" "$UPKEEP_CACHE_DIR" > "$work/sweep-upkeep-raw.tsv"
  if compare sweep "$work/sweep.json" "$work/sweep-upkeep-raw.tsv"; then
    echo "advisory-crosscheck: sweep: same set ($(wc -l < "$work/sweep-upkeep.tsv") package/version/advisory triples)"
  else
    echo "advisory-crosscheck: sweep: upkeep and the reference matchers disagree (- reference only, + upkeep only)" >&2
    status=1
  fi
fi
exit $status
