#!/usr/bin/env bash
# Whole-process benchmark of `upkeep scan`: the example stack and a synthetic monorepo
# (5,000-package package-lock.json + 500-package uv.lock + 2,000-package pnpm-lock.yaml). Prints
# wall time (best and median of RUNS), lockfile MB/s (lockfile bytes / (scan time - empty-folder
# scan time)) and peak RSS.
# usage: scripts/bench/scan.sh [RUNS=7]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
./upkeep --version >/dev/null   # builds the jar when needed
jar=target/upkeep.jar
# The launcher's own JVM options and class-data-sharing archive (./upkeep --version made both).
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xlog:cds=off -Xlog:cds+dynamic=off)
[ -f target/upkeep.jsa ] && opts+=(-XX:SharedArchiveFile=target/upkeep.jsa)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 scripts/bench/gen_monorepo.py "$work/mono" 5000 500 2000
mkdir -p "$work/empty"

measure() { # label dir -> prints "label best median peakMB"
  local label=$1 dir=$2 times=() peak=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/t" java "${opts[@]}" -jar "$jar" scan "$dir" --format json -o "$work/out.json" || true
    read -r secs kb < "$work/t"; times+=("$secs"); [ "$kb" -gt "$peak" ] && peak=$kb
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  best=$(echo "$sorted" | head -1); median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$label $best $median $((peak / 1024))"
}

echo "runs=$runs java=$(java -version 2>&1 | head -1)"
printf '%-22s %8s %8s %8s\n' target best_s median_s peak_MB
measure empty "$work/empty" > "$work/r1"; read -r _ eb em ep < "$work/r1"
printf '%-22s %8s %8s %8s\n' empty-folder "$eb" "$em" "$ep"
measure example examples/fullstack > "$work/r2"; read -r _ xb xm xp < "$work/r2"
printf '%-22s %8s %8s %8s\n' examples/fullstack "$xb" "$xm" "$xp"
measure mono "$work/mono" > "$work/r3"; read -r _ mb mm mp < "$work/r3"
printf '%-22s %8s %8s %8s\n' synthetic-monorepo "$mb" "$mm" "$mp"
bytes=$(( $(stat -c %s "$work/mono/web/package-lock.json") + $(stat -c %s "$work/mono/api/uv.lock") + $(stat -c %s "$work/mono/site/pnpm-lock.yaml") ))
components=$(grep -c '"purl"' "$work/out.json" || true)
echo "monorepo lockfiles: $((bytes / 1024)) KiB, components reported: $components"
awk -v b="$bytes" -v m="$mm" -v e="$em" 'BEGIN { d = m - e; if (d <= 0) d = 0.001; printf "lockfile throughput (median, JVM start excluded): %.1f MB/s\n", b / 1e6 / d }'
