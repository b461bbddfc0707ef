#!/usr/bin/env bash
# Checks, against the live npm registry, that the newest version `upkeep drift` reports for every
# npm package of a stack equals what `npm view NAME version` says (the `latest` dist-tag).
# Prints one line per disagreement and a summary; exits 1 on any disagreement.
# usage: scripts/npm-latest-check.sh [STACK_DIR=examples/fullstack]
set -euo pipefail
cd "$(dirname "$0")/.."
stack="${1:-examples/fullstack}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
UPKEEP_CACHE_DIR="$work/cache" ./upkeep drift "$stack" --no-online-advisories --format json -o "$work/drift.json" || true
python3 - "$work/drift.json" > "$work/upkeep.tsv" <<'PY'
import json, sys
seen = {}
for d in json.load(open(sys.argv[1]))["drift"]:
    c = d["component"]
    if c["ecosystem"] == "npm" and c["kind"] == "package" and c["skipReason"] is None:
        seen[c["name"]] = d["latest"] or ""
for name in sorted(seen):
    print(f"{name}\t{seen[name]}")
PY
cut -f1 "$work/upkeep.tsv" | xargs -P 8 -I{} sh -c 'printf "%s\t%s\n" "{}" "$(npm view "{}" version 2>/dev/null)"' | sort > "$work/npm.tsv"
total=$(wc -l < "$work/upkeep.tsv")
diff <(sort "$work/upkeep.tsv") "$work/npm.tsv" > "$work/diff.txt" && same=1 || same=0
if [ "$same" = 1 ]; then
  echo "npm-latest-check: $total packages, upkeep's latest equals 'npm view NAME version' for all of them"
else
  echo "npm-latest-check: disagreements (< upkeep, > npm view):"
  grep -E '^[<>]' "$work/diff.txt"
  echo "npm-latest-check: $total packages, $(grep -c '^<' "$work/diff.txt") disagree"
  exit 1
fi
