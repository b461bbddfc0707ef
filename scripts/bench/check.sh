#!/usr/bin/env bash
# Whole-process benchmarks of `upkeep check`:
#  1. PostgreSQL: a 1,000-table database (2,000 indexes, dead tuples, pg_stat_statements) on a local
#     PostgreSQL 15; `upkeep check --only postgres` beside check_postgres running the equivalent
#     actions (listed in docs/check-postgres.md) one after another, as a cron or Nagios run would.
#  2. HTTP: 100 health targets answering in 100..1000 ms; total time against the slowest target.
# Prints wall times (median of RUNS) and the ratios. Needs PostgreSQL 15 server binaries
# (postgresql-15), check_postgres (check-postgres) and python3.
# usage: scripts/bench/check.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
port=${BENCH_PORT:-55439}
./upkeep --version >/dev/null   # builds the jar when needed
command -v check_postgres >/dev/null || { echo "check_postgres not found: apt-get install check-postgres" >&2; exit 2; }
[ -x "$pgbin/postgres" ] || { echo "no PostgreSQL server in $pgbin: apt-get install postgresql-15" >&2; exit 2; }

work=$(mktemp -d); chmod 755 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${http_pid:-}" ] && kill "$http_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$work"

ms() { date +%s%3N; }
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

# ---------------------------------------------------------------- PostgreSQL, 1,000 tables
as_pg "$pgbin/initdb" -D "$work/data" -U postgres -A trust >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w start \
  -o "-p $port -k $work -c listen_addresses=localhost -c shared_preload_libraries=pg_stat_statements -c autovacuum=off" >/dev/null
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres "$@"; }
psql_ -d postgres -c "CREATE DATABASE bench"
psql_ -d bench <<'SQL'
CREATE EXTENSION pg_stat_statements;
DO $$ BEGIN
  FOR i IN 1..1000 LOOP
    EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, a int, b text, created timestamptz DEFAULT now())', i);
    EXECUTE format('CREATE INDEX t%s_a_idx ON t%s (a)', i, i);
    EXECUTE format('INSERT INTO t%s (id, a, b) SELECT g, g %% 100, md5(g::text) FROM generate_series(1, 200) g', i);
  END LOOP;
  FOR i IN 1..100 LOOP
    EXECUTE format('DELETE FROM t%s WHERE id %% 2 = 0', i);
  END LOOP;
END $$;
ANALYZE;
SQL
tables=$(psql_ -d bench -At -c "SELECT count(*) FROM pg_stat_user_tables")
indexes=$(psql_ -d bench -At -c "SELECT count(*) FROM pg_stat_user_indexes")
version=$(psql_ -d bench -At -c "SHOW server_version" | cut -d' ' -f1)

mkdir -p "$work/stack"
cat > "$work/stack/upkeep.yml" <<YAML
targets:
  postgres:
    - url: env:BENCH_DATABASE_URL
      name: bench
      thresholds: {unusedIndexStatsAge: 0s}   # the server is minutes old: judge its indexes anyway
YAML
export BENCH_DATABASE_URL="postgres://postgres@localhost:$port/bench"

upkeep_times=(); upkeep_inner=()
for _ in $(seq "$runs"); do
  t0=$(ms); ./upkeep check "$work/stack" --only postgres --format json --fail-on none > "$work/check.json"; t1=$(ms)
  upkeep_times+=($((t1 - t0)))
  upkeep_inner+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["elapsedMs"])' "$work/check.json")")
done
findings=$(grep -c '"ruleId"' "$work/check.json" || true)
by_rule=$(grep -o '"ruleId" : "[^"]*"' "$work/check.json" | sort | uniq -c | awk '{ printf "%s %s; ", $4, $1 }' | tr -d '"')

# The check_postgres actions equivalent to upkeep's PostgreSQL checks, with upkeep's thresholds.
cp_actions=(
  "version --warning=$version"
  "backends --warning=80% --critical=95%"
  "last_vacuum --warning=7d --critical=14d"
  "last_analyze --warning=7d --critical=14d"
  "bloat --warning=10M --critical=1G"
  "txn_wraparound --warning=1073741824 --critical=1610612736"
  "txn_idle --warning=5m --critical=15m"
  "query_time --warning=5m --critical=15m"
  "txn_time --warning=5m --critical=15m"
  "hitratio --warning=99% --critical=90%"
  "database_size --warning=100G --critical=200G"
)
cp_times=()
for _ in $(seq "$runs"); do
  t0=$(ms)
  for a in "${cp_actions[@]}"; do
    # shellcheck disable=SC2086
    check_postgres --host=localhost --port="$port" --dbuser=postgres --dbname=bench --action=$a > "$work/cp.out" 2>&1 || true
  done
  t1=$(ms); cp_times+=($((t1 - t0)))
done
# one more pass to show each action's answer (a wrong option would show as UNKNOWN)
: > "$work/cp-all.out"
for a in "${cp_actions[@]}"; do
  # shellcheck disable=SC2086
  check_postgres --host=localhost --port="$port" --dbuser=postgres --dbname=bench --action=$a 2>&1 | head -c 160 >> "$work/cp-all.out" || true
  echo >> "$work/cp-all.out"
done

um=$(printf '%s\n' "${upkeep_times[@]}" | median)
ui=$(printf '%s\n' "${upkeep_inner[@]}" | median)
cm=$(printf '%s\n' "${cp_times[@]}" | median)
echo "runs=$runs java=$(java -version 2>&1 | head -1) postgres=$version check_postgres=$(check_postgres --version | head -1)"
echo "database: $tables tables, $indexes indexes"
echo "upkeep check --only postgres: median ${um} ms (all: ${upkeep_times[*]}), $findings findings: $by_rule"
echo "  of which probing (summary.elapsedMs): median ${ui} ms (all: ${upkeep_inner[*]})"
echo "check_postgres, ${#cp_actions[@]} actions: median ${cm} ms (all: ${cp_times[*]})"
awk -v u="$um" -v c="$cm" 'BEGIN { printf "ratio check_postgres / upkeep: %.2f\n", c / u }'
echo "check_postgres answers:"; sed 's/^/  /' "$work/cp-all.out"

# ---------------------------------------------------------------- HTTP, 100 targets
hport=$((port + 1))
cat > "$work/slow.py" <<'PY'
import sys, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
class H(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(int(self.path.rsplit('/', 1)[1]) / 1000)
        body = b'{"status":"ok"}'
        self.send_response(200); self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
ThreadingHTTPServer.request_queue_size = 256
ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
python3 "$work/slow.py" "$hport" & http_pid=$!
sleep 1
{ echo "targets:"; echo "  health:"
  for i in $(seq 1 100); do echo "    - {url: http://127.0.0.1:$hport/t$i/$(( 100 + (i * 37) % 901 )), latency: 5s, securityHeaders: false}"; done
} > "$work/stack/upkeep.yml"
slowest=$(grep -o '/[0-9]*,' "$work/stack/upkeep.yml" | tr -d '/,' | sort -n | tail -1)
cp "$work/stack/upkeep.yml" "$work/stack/hundred.yml"
printf 'targets:\n  health:\n    - {url: http://127.0.0.1:%s/one/%s, latency: 5s, securityHeaders: false}\n' "$hport" "$slowest" > "$work/stack/upkeep.yml"
one_inner=()
for _ in $(seq "$runs"); do
  ./upkeep check "$work/stack" --only http --format json --fail-on none > "$work/one.json"
  one_inner+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["elapsedMs"])' "$work/one.json")")
done
oi=$(printf '%s\n' "${one_inner[@]}" | median)
cp "$work/stack/hundred.yml" "$work/stack/upkeep.yml"
http_wall=(); http_inner=()
for _ in $(seq "$runs"); do
  t0=$(ms); ./upkeep check "$work/stack" --only http --format json --fail-on none > "$work/http.json"; t1=$(ms)
  http_wall+=($((t1 - t0)))
  http_inner+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["elapsedMs"])' "$work/http.json")")
done
hw=$(printf '%s\n' "${http_wall[@]}" | median)
hi=$(printf '%s\n' "${http_inner[@]}" | median)
ok=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["probed"])' "$work/http.json")
echo "100 health targets (slowest answers in $slowest ms, sum of all $(grep -o '/[0-9]*,' "$work/stack/upkeep.yml" | tr -d '/,' | paste -sd+ | bc) ms): $ok probed"
echo "  probing (summary.elapsedMs): median ${hi} ms (all: ${http_inner[*]}); ratio to the slowest target: $(awk -v a="$hi" -v s="$slowest" 'BEGIN { printf "%.2f", a / s }')"
echo "  whole process: median ${hw} ms (all: ${http_wall[*]})"
echo "  the slowest target alone (summary.elapsedMs): median ${oi} ms (all: ${one_inner[*]}); 100 targets / 1 target: $(awk -v a="$hi" -v o="$oi" 'BEGIN { printf "%.2f", a / o }')"
