#!/usr/bin/env bash
# Proves that the npm part of an upkeep plan installs, wave after wave.
#
#   scripts/plan-waves-npm-check.sh [STACK] [--per-step] [--with-lock] [-- PLAN-OPTIONS...]
#
# Runs `upkeep plan STACK --format json` (PLAN-OPTIONS are passed on, e.g. --today 2026-11-21
# --offline --cache-dir DIR), copies every package.json the plan's npm upgrades touch (and its
# .npmrc) to a scratch folder, then applies the waves in order: each npm upgrade sets its package
# to the target version, keeping the range operator it had (^, ~ or none), in whichever
# dependency section lists it. After each wave (or each step, with --per-step) it runs
# `npm install --package-lock-only --ignore-scripts` in every touched folder, resolving the
# manifest afresh; with --with-lock it starts from the repository's package-lock.json instead
# and carries the lockfile from wave to wave, as a team applying the plan to its lockfile would.
# It fails on an install error and on any ERESOLVE warning (npm's word for a peer-dependency
# conflict it papered over). EBADENGINE warnings only mean the Node running npm is not the Node
# the plan moves to; they are reported, not failed on.
#
# Needs: the upkeep launcher, node and npm on PATH, and the npm registry (or a mirror in .npmrc).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stack="examples/fullstack"
per_step=0
with_lock=0
plan_opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    --per-step) per_step=1; shift ;;
    --with-lock) with_lock=1; shift ;;
    --) shift; plan_opts=("$@"); break ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) stack="$1"; shift ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/upkeep-npm-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
plan="$work/plan.json"

status=0
"$here/upkeep" plan "$stack" --format json -o "$plan" ${plan_opts[@]+"${plan_opts[@]}"} >/dev/null || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ] && [ "$status" -ne 3 ]; then
  echo "npm-check: upkeep plan failed (exit $status)" >&2
  exit 2
fi

# The folders whose package.json an npm upgrade edits, relative to the stack.
mapfile -t dirs < <(node -e '
  const plan = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const dirs = new Set();
  for (const w of plan.waves) for (const s of w.steps) for (const u of s.upgrades)
    if (u.ecosystem === "npm") for (const c of u.changes)
      if (c.file.endsWith("package.json")) dirs.add(c.file.slice(0, -"package.json".length).replace(/\/$/, "") || ".");
  if (dirs.size) console.log([...dirs].sort().join("\n"));' "$plan")
if [ "${#dirs[@]}" -eq 0 ]; then
  echo "npm-check: the plan has no npm upgrade in a package.json; nothing to check"
  exit 0
fi

for d in "${dirs[@]}"; do
  mkdir -p "$work/stack/$d"
  for f in package.json .npmrc; do
    if [ -f "$stack/$d/$f" ]; then cp "$stack/$d/$f" "$work/stack/$d/$f"; fi
  done
  if [ "$with_lock" -eq 1 ] && [ -f "$stack/$d/package-lock.json" ]; then
    cp "$stack/$d/package-lock.json" "$work/stack/$d/package-lock.json"
  fi
done

# Applies the npm upgrades of wave W (and of step S only, when S is given) to the copies.
apply() {
  node -e '
    const fs = require("fs");
    const [planFile, root, wave, step] = process.argv.slice(1);
    const plan = JSON.parse(fs.readFileSync(planFile, "utf8"));
    const w = plan.waves.find(x => String(x.number) === wave);
    const sections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
    for (const s of w.steps) {
      if (step && String(s.number) !== step) continue;
      for (const u of s.upgrades) {
        if (u.ecosystem !== "npm") continue;
        for (const c of u.changes) {
          if (!c.file.endsWith("package.json")) continue;
          const file = root + "/" + c.file;
          const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
          let found = false;
          for (const sec of sections) {
            if (!pkg[sec] || !(u.name in pkg[sec])) continue;
            const old = pkg[sec][u.name];
            const op = /^[\^~]/.test(old) ? old[0] : /^\d/.test(old) ? "" : "^";
            pkg[sec][u.name] = op + u.to;
            found = true;
            console.log(`  ${c.file}: ${sec}.${u.name} ${old} -> ${op}${u.to}`);
          }
          if (!found) console.log(`  ${c.file}: ${u.name} is not listed; left to the lockfile`);
          fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
        }
      }
    }' "$plan" "$work/stack" "$1" "${2:-}"
}

install_all() {
  local label="$1" failed=0
  for d in "${dirs[@]}"; do
    local log="$work/npm.log"
    if [ "$with_lock" -eq 0 ]; then rm -f "$work/stack/$d/package-lock.json"; fi
    if ! (cd "$work/stack/$d" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund) >"$log" 2>&1; then
      echo "FAIL $label in ${d:-.}: npm install failed" >&2
      grep -E "ERR|ERESOLVE|peer" "$log" | head -20 >&2 || true
      failed=1
    elif grep -q "ERESOLVE" "$log"; then
      echo "FAIL $label in ${d:-.}: peer-dependency conflict (ERESOLVE)" >&2
      grep -A6 "ERESOLVE" "$log" | head -20 >&2
      failed=1
    else
      local engines
      engines="$(grep -c "EBADENGINE Unsupported engine" "$log" || true)"
      echo "ok   $label in ${d:-.}${engines:+ ($engines EBADENGINE warnings: npm runs on $(node --version))}" | sed 's/ (0 EBADENGINE[^)]*)//'
    fi
  done
  return "$failed"
}

echo "npm-check: $stack ($([ "$with_lock" -eq 1 ] && echo "carrying its package-lock.json" || echo "resolved afresh each time")), $(node -e 'const p=require(process.argv[1]);console.log(p.waves.length+" waves, plan of "+p.today)' "$plan")"
result=0
mapfile -t waves < <(node -e '
  const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const w of p.waves) if (w.steps.some(s => s.upgrades.some(u => u.ecosystem === "npm")))
    console.log(w.number + " " + w.steps.filter(s => s.upgrades.some(u => u.ecosystem === "npm")).map(s => s.number).join(","));' "$plan")
for line in "${waves[@]}"; do
  wave="${line%% *}"
  steps="${line#* }"
  if [ "$per_step" -eq 1 ]; then
    for s in ${steps//,/ }; do
      echo "wave $wave, step $s:"
      apply "$wave" "$s"
      install_all "wave $wave step $s" || result=1
    done
  else
    echo "wave $wave:"
    apply "$wave"
    install_all "wave $wave" || result=1
  fi
done
if [ "$result" -eq 0 ]; then
  echo "npm-check: every wave installs without a peer-dependency conflict"
fi
exit "$result"
