#!/usr/bin/env bash
# Read path (issue 11 P2): the authenticated dossier GET (GET /api/accounts/{id} directly at
# account-service, no gateway) with wrk against `pgbench -S` (select-only) on the same PostgreSQL,
# at the same concurrency and duration, in one run; and how many SQL statements one dossier GET
# runs. Needs the suite running (./kam up).
#
# pgbench runs over TCP as the services' user (KAM_DB_USER), the way the services connect, in a
# scratch database kam_bench_pgbench (pgbench -i -s BENCH_PGBENCH_SCALE) that is dropped at the end.
# Statements per GET: a second copy of account-service on BENCH_COPY_PORT logs Hibernate's SQL
# (category org.hibernate.SQL at DEBUG); the lines carrying a request id are counted over
# BENCH_STATEMENT_REQUESTS sequential GETs after a few unmeasured ones; the copy is stopped at once.
#
# Settings: BENCH_DURATION (20s), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_WARMUP (10s),
# BENCH_PGBENCH_SCALE (10), BENCH_STATEMENT_REQUESTS (50), BENCH_COPY_PORT (18181).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT=$root
cd "$root"
# shellcheck source=../stack.sh
source bench/stack.sh

duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
warmup=${BENCH_WARMUP:-10s}
scale=${BENCH_PGBENCH_SCALE:-10}
statement_requests=${BENCH_STATEMENT_REQUESTS:-50}
copy_port=${BENCH_COPY_PORT:-18181}
seconds=${duration%s}
[[ $seconds =~ ^[0-9]+$ ]] || die "BENCH_DURATION must be whole seconds, like 20s (pgbench -T takes seconds)"
service="http://127.0.0.1:$KAM_ACCOUNT_PORT"
scratch=kam_bench_pgbench
work=$(mktemp -d)

require_cmds wrk pgbench psql curl java
http_ok "$service/q/health/ready" || die "account-service is not ready on :$KAM_ACCOUNT_PORT: run ./kam up first"
export_stack_env

# The scratch database is created and dropped by a role that may: the local cluster's superuser
# over its Unix socket, or KAM_DB_USER on an external server (it then needs CREATEDB).
admin_sql() {
  if pg_external; then
    PGOPTIONS="-c client_min_messages=warning" PGPASSWORD=$KAM_DB_PASSWORD psql -h "$KAM_DB_HOST" -p "$KAM_DB_PORT" -U "$KAM_DB_USER" -d postgres -XqAt -v ON_ERROR_STOP=1 -c "$1"
  else
    PGOPTIONS="-c client_min_messages=warning" psql -h "$PG_SOCK" -p "$KAM_PG_PORT" -U postgres -d postgres -XqAt -v ON_ERROR_STOP=1 -c "$1"
  fi
}

copy_pid=""
cleanup() {
  [[ -z $copy_pid ]] || bench_stop "$copy_pid"
  admin_sql "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

info "P2 logs of this run: $work"
token=$(bench_token kate kate-demo)
account=$(bench_account "$token" "$service" "Bench read path")
url="$service/api/accounts/$account"

info "P2 dossier GET: warm-up $warmup, then wrk -t$threads -c$connections -d$duration --latency"
wrk -t"$threads" -c"$connections" -d"$warmup" -H "Authorization: Bearer $token" "$url" >/dev/null
out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$url")
echo "$out" >"$work/wrk-dossier.txt"
grep -q "Non-2xx" <<<"$out" && die "some dossier answers were not 2xx (see $work/wrk-dossier.txt)"
dossier_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
dossier_p99=$(wrk_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
printf '    dossier GET   %10s req/s   p99 %s ms\n' "$dossier_rps" "$dossier_p99"

info "P2 pgbench: scratch database $scratch, pgbench -i -s $scale"
admin_sql "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null
admin_sql "CREATE DATABASE $scratch OWNER \"$KAM_DB_USER\"" >/dev/null
export PGPASSWORD=$KAM_DB_PASSWORD
pg=(-h "$KAM_DB_HOST" -p "$KAM_DB_PORT" -U "$KAM_DB_USER")
pgbench "${pg[@]}" -i -q -s "$scale" "$scratch" >"$work/pgbench-init.txt" 2>&1 ||
  die "pgbench -i failed (see $work/pgbench-init.txt)"
info "P2 pgbench -S: warm-up ${warmup%s}s, then -c$connections -j$threads -T$seconds"
pgbench "${pg[@]}" -S -n -c "$connections" -j "$threads" -T "${warmup%s}" "$scratch" >/dev/null 2>&1
out=$(pgbench "${pg[@]}" -S -n -c "$connections" -j "$threads" -T "$seconds" "$scratch" 2>&1)
echo "$out" >"$work/pgbench.txt"
# "tps = 12345.678901 (without initial connection time)"
pgbench_tps=$(awk '/^tps = / {printf "%.2f", $3; exit}' <<<"$out")
[[ -n $pgbench_tps ]] || die "no tps in pgbench's output (see $work/pgbench.txt)"
pgbench_latency=$(awk '/^latency average = / {print $4; exit}' <<<"$out")
printf '    pgbench -S    %10s tps     latency average %s ms\n' "$pgbench_tps" "$pgbench_latency"
admin_sql "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null

info "P2 SQL statements per dossier GET: a copy of account-service on :$copy_port logging Hibernate's SQL"
log="$work/account-copy.log"
copy_pid=$(bench_copy_start account "$copy_port" "$log" '-Dquarkus.log.category."org.hibernate.SQL".level=DEBUG')
for i in $(seq 1 120); do
  http_ok "http://127.0.0.1:$copy_port/q/health/ready" && break
  kill -0 "$copy_pid" 2>/dev/null || die "the account-service copy exited (log: $log)"
  ((i < 120)) || die "the account-service copy did not get ready (log: $log)"
  sleep 1
done
copy_url="http://127.0.0.1:$copy_port/api/accounts/$account"
for i in 1 2 3 4 5; do # the first requests also load caches (token keys, metadata): not counted
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$copy_url"
done
sleep 0.5
before=$(wc -l <"$log")
for i in $(seq 1 "$statement_requests"); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$copy_url"
done
sleep 0.5
# Hibernate's statements (category org.hibernate.SQL, printed as or.hi.SQL) run on the request's
# thread, so their lines carry its id ([req=...]); anything the copy does on its own (none
# expected: its periodic jobs are off) has none.
tail -n +"$((before + 1))" "$log" | grep -E '\[[a-z.]*SQL\] ' | grep -v '\[req=\]' >"$work/statements.log" || true
statements=$(wc -l <"$work/statements.log")
requests=$(sed -n 's/.*\[req=\([^]]*\)\].*/\1/p' "$work/statements.log" | sort -u | wc -l)
((requests == statement_requests)) ||
  warn "SQL lines name $requests request ids, expected $statement_requests (log: $log)"
per_request=$(awk -v s="$statements" -v n="$statement_requests" 'BEGIN { printf "%.1f", s / n }')
printf '    %s statements over %s GETs: %s per GET\n' "$statements" "$statement_requests" "$per_request"
# What they are: the verb and the first table read, e.g. "select account_team_member", with counts.
sed 's/.*\[req=[^]]*\] //' "$work/statements.log" |
  awk '{ t = ""; for (i = 2; i <= NF; i++) if ($i == "from" || $i == "into" || $i == "update") { t = $(i + 1); break }
         print $1, t }' | sort | uniq -c | sort -rn >"$work/statements.txt"
kinds=$(awk -v n="$statement_requests" '{ printf "%s%s %s x%.1f", sep, $2, $3, $1 / n; sep = ", " }' "$work/statements.txt")
say "    per GET: $kinds"
bench_stop "$copy_pid"
copy_pid=""

ratio=$(awk -v a="$dossier_rps" -v b="$pgbench_tps" 'BEGIN { printf "%.2f", a / b }')
bench_result p2.dossier.rps "$dossier_rps"
bench_result p2.dossier.p99.ms "$dossier_p99"
bench_result p2.pgbench.tps "$pgbench_tps"
bench_result p2.statements.per.get "$per_request"
bench_result p2.statements.kinds "$kinds"
bench_result p2.settings "wrk/pgbench -c$connections, $duration each after a $warmup warm-up; pgbench -S -s $scale"

if bench_alone; then
  table=$(
    echo "| measure | dossier GET | pgbench -S | ratio | goal |"
    echo "|---|---|---|---|---|"
    echo "| rate | $dossier_rps req/s | $pgbench_tps tps | $ratio | >= 0.50 |"
    echo "| SQL statements per GET | $per_request | 1 | - | - |"
  )
  echo
  echo "$table"
  {
    echo
    echo "## Read path, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(bench_machine), $(pgbench --version)."
    echo "Command: \`bench/readpath/run.sh\` (wrk -t$threads -c$connections and pgbench -S -c$connections -j$threads, $duration each after a $warmup warm-up; scale $scale)."
    echo
    echo "$table"
  } >>bench/RESULTS.md
  info "appended to bench/RESULTS.md"
fi
