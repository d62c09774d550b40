#!/usr/bin/env bash
# Scale (issue 11 P4): a portfolio of issue 11's size seeded into scratch databases, and the reports
# over it, measured on copies of account-service and contact-service. Needs the suite running
# (./kam up): its PostgreSQL, Kafka and Keycloak; the suite's own databases are never touched.
#
#   1. scratch databases kam_bench_scale_account and kam_bench_scale_contact on the suite's
#      PostgreSQL (created by the cluster's superuser over its socket, or KAM_DB_USER on an external
#      server), a copy of each service started on them (Flyway creates the schema);
#   2. seed (bench/scale/seed-*.sql: set-based INSERT ... SELECT generate_series through psql):
#      accounts with owners and teams, stakeholders (contact-service's buying centre and account-
#      service's name replica), interactions, monthly purchase volumes, problems, plans, health history;
#   3. measure, with real Keycloak tokens, one request at a time: the account list (cursor walks
#      through several filters) and contact-service's stakeholder list, the portfolio cooling report,
#      then, on a restarted account-service copy whose scheduled health pass runs once, the full
#      health recomputation, the cooling report again, and a purchase import of BENCH_SCALE_IMPORT_ROWS
#      rows through POST /api/accounts/purchase-volumes/imports (CSV, in batches of the service's
#      kam.purchase-import.max-rows);
#   4. stop the copies by PID, drop the scratch databases (BENCH_SCALE_KEEP=1 keeps them, and a
#      later run with the same sizes reuses them without seeding again).
#
# The copies run this checkout's jars (build them first: ./mvnw package -DskipTests -pl
# account-service,contact-service -am), not the running suite's: the scratch schema is this
# checkout's migrations. From a second checkout of the suite (a git worktree), BENCH_SUITE_ROOT
# names the checkout whose ./kam up runs the stack, for its PostgreSQL socket.
#
# Settings: BENCH_SCALE_ACCOUNTS (100000), BENCH_SCALE_STAKEHOLDERS (1000000), BENCH_SCALE_INTERACTIONS
# (2000000), BENCH_SCALE_MONTHS (60), BENCH_SCALE_IMPORT_ROWS (100000), BENCH_SCALE_IMPORT_BATCH (the
# service's 5000), BENCH_SCALE_PAGES (20 pages per cursor walk), BENCH_SCALE_WALKS (3 rounds of the
# walks), BENCH_SCALE_REPORTS (10 cooling reports), BENCH_SCALE_HEALTH (1: run the health pass),
# BENCH_SCALE_PORT (18400; contact-service's copy on the next port), BENCH_SCALE_KEEP (0),
# BENCH_SCALE_JFR (0; 1 records a JFR file of the account-service copies into the log directory).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT=$root
cd "$root"
# shellcheck source=../stack.sh
source bench/stack.sh
# shellcheck source=../../infra/lib/kafka.sh
source infra/lib/kafka.sh

accounts=${BENCH_SCALE_ACCOUNTS:-100000}
stakeholders=${BENCH_SCALE_STAKEHOLDERS:-1000000}
interactions=${BENCH_SCALE_INTERACTIONS:-2000000}
months=${BENCH_SCALE_MONTHS:-60}
import_rows=${BENCH_SCALE_IMPORT_ROWS:-100000}
import_batch=${BENCH_SCALE_IMPORT_BATCH:-5000}
pages=${BENCH_SCALE_PAGES:-20}
walks=${BENCH_SCALE_WALKS:-3}
reports=${BENCH_SCALE_REPORTS:-10}
health_pass=${BENCH_SCALE_HEALTH:-1}
account_port=${BENCH_SCALE_PORT:-18400}
contact_port=$((account_port + 1))
keep=${BENCH_SCALE_KEEP:-0}
jfr=${BENCH_SCALE_JFR:-0}
scratch_account=kam_bench_scale_account
scratch_contact=kam_bench_scale_contact
work=$(mktemp -d)
account_url="http://127.0.0.1:$account_port"
contact_url="http://127.0.0.1:$contact_port"
for n in "$accounts" "$stakeholders" "$interactions" "$months" "$import_rows" "$import_batch" "$pages" "$walks" "$reports"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "BENCH_SCALE_* sizes must be positive whole numbers (got '$n')"
done

require_cmds psql curl java
http_ok "http://127.0.0.1:$KAM_KEYCLOAK_PORT/realms/kam" || die "Keycloak is not up on :$KAM_KEYCLOAK_PORT: run ./kam up first"
export_stack_env
for part in account contact; do
  [[ -f $(service_jar "$part") ]] || die "$(service_jar "$part") is missing: ./mvnw package -DskipTests -pl account-service,contact-service -am"
done

# The local cluster's superuser socket is where ./kam up put it: under BENCH_SUITE_ROOT when the suite
# runs from another checkout.
if [[ -n ${BENCH_SUITE_ROOT:-} ]] && ! pg_external; then
  PG_SOCK=$(ROOT=$(cd "$BENCH_SUITE_ROOT" && pwd) bash -c 'source infra/lib/common.sh; source infra/lib/postgres.sh; echo "$PG_SOCK"' 2>/dev/null ||
    true)
  [[ -n $PG_SOCK ]] || PG_SOCK="$BENCH_SUITE_ROOT/infra/.work/run/pg"
fi
admin_sql() {
  if pg_external; then
    PGOPTIONS="-c client_min_messages=warning" PGPASSWORD=$KAM_DB_PASSWORD psql -h "$KAM_DB_HOST" -p "$KAM_DB_PORT" -U "$KAM_DB_USER" -d postgres -XqAt -v ON_ERROR_STOP=1 -c "$1"
  else
    PGOPTIONS="-c client_min_messages=warning" psql -h "$PG_SOCK" -p "$KAM_PG_PORT" -U postgres -d postgres -XqAt -v ON_ERROR_STOP=1 -c "$1"
  fi
}
scratch_sql() { # database sql -> rows, as the services' user over TCP
  PGPASSWORD=$KAM_DB_PASSWORD psql -h "$KAM_DB_HOST" -p "$KAM_DB_PORT" -U "$KAM_DB_USER" -d "$1" -XqAt -v ON_ERROR_STOP=1 -c "$2"
}

# The copies' events (an import's 100,000, the health pass's) go to topics of their own, which no part of
# the suite reads, and which are deleted at the end: on the suite's topics, its incentive-service
# recorded every scratch account's purchases.
topic_prefix=bench-p4.
account_pid="" contact_pid=""
cleanup() {
  [[ -z $account_pid ]] || bench_stop "$account_pid"
  [[ -z $contact_pid ]] || bench_stop "$contact_pid"
  kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAM_KAFKA_PORT" --delete \
    --if-exists --topic "${topic_prefix//./\\.}.*" >/dev/null 2>&1 ||
    say "    (the copies' topics ${topic_prefix}* could not be deleted)"
  if [[ $keep == 1 ]]; then
    info "P4 scratch databases kept (BENCH_SCALE_KEEP=1): $scratch_account, $scratch_contact"
  else
    admin_sql "DROP DATABASE IF EXISTS $scratch_account WITH (FORCE)" >/dev/null 2>&1 || true
    admin_sql "DROP DATABASE IF EXISTS $scratch_contact WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# A copy of this checkout's service on a scratch database; the copy's periodic jobs are off
# (bench_copy_start) unless the extra options turn one back on.
copy_start() { # part port log database [-D...]
  local part=$1 port=$2 log=$3 db=$4 opts=()
  shift 4
  [[ $jfr == 1 && $part == account ]] &&
    opts+=("-XX:StartFlightRecording=filename=${log%.log}.jfr,settings=profile,dumponexit=true")
  BENCH_COPY_JAR=$(service_jar "$part") bench_copy_start "$part" "$port" "$log" "-Dkam.db.name=$db" \
    "-Dkam.outbox.topic-prefix=$topic_prefix" "${opts[@]}" "$@"
}
copy_wait() { # pid url log what
  local i
  for i in $(seq 1 180); do
    http_ok "$2/q/health/live" && return 0
    kill -0 "$1" 2>/dev/null || die "the $4 copy exited (log: $3)"
    sleep 1
  done
  die "the $4 copy did not start in 180 s (log: $3)"
}

info "P4 logs of this run: $work (copies of account-service :$account_port and contact-service :$contact_port)"
token_of() { bench_token "$1" "$1-demo"; }
user_id() { # token -> its subject (the Keycloak user id)
  cut -d. -f2 <<<"$1" | tr '_-' '/+' | awk '{ n = length($0) % 4; if (n) $0 = $0 substr("===", 1, 4 - n); print }' |
    base64 -d 2>/dev/null | sed 's/.*"sub":"\([^"]*\)".*/\1/'
}
kate_token=$(token_of kate)
kate=$(user_id "$kate_token")
tom=$(user_id "$(token_of tom)")
sam=$(user_id "$(token_of sam)")
[[ $kate =~ ^[0-9a-f-]{36}$ && $tom =~ ^[0-9a-f-]{36}$ && $sam =~ ^[0-9a-f-]{36}$ ]] ||
  die "could not read the demo users' ids from their tokens"

# ---- 1. scratch databases and copies ------------------------------------------------------------
sizes="accounts=$accounts stakeholders=$stakeholders interactions=$interactions months=$months"
reuse=false
if [[ $keep == 1 ]] && [[ $(scratch_sql "$scratch_account" "select obj_description('account'::regclass)" 2>/dev/null) == "bench $sizes" ]]; then
  reuse=true
  info "P4 reusing the seeded scratch databases ($sizes)"
else
  info "P4 scratch databases $scratch_account, $scratch_contact (dropped and created again)"
  for db in "$scratch_account" "$scratch_contact"; do
    admin_sql "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
    admin_sql "CREATE DATABASE $db OWNER \"$KAM_DB_USER\"" >/dev/null
  done
fi

info "P4 starting the copies (Flyway migrates the scratch databases); logs $work/{account,contact}-copy.log"
account_pid=$(copy_start account "$account_port" "$work/account-copy.log" "$scratch_account")
contact_pid=$(copy_start contact "$contact_port" "$work/contact-copy.log" "$scratch_contact")
copy_wait "$account_pid" "$account_url" "$work/account-copy.log" account-service
copy_wait "$contact_pid" "$contact_url" "$work/contact-copy.log" contact-service

# ---- 2. seed --------------------------------------------------------------------------------------
seed() { # database script log
  PGPASSWORD=$KAM_DB_PASSWORD psql -h "$KAM_DB_HOST" -p "$KAM_DB_PORT" -U "$KAM_DB_USER" -d "$1" -Xq \
    -v ON_ERROR_STOP=1 -v accounts="$accounts" -v stakeholders="$stakeholders" -v interactions="$interactions" \
    -v months="$months" -v kate="$kate" -v tom="$tom" -v sam="$sam" -f "$2" >"$3" 2>&1 || die "seeding failed (see $3)"
}
if ! $reuse; then
  info "P4 seeding: $sizes (account-service's and contact-service's schemas, side by side; logs $work/seed-*.log)"
  start=$(date +%s.%N)
  seed "$scratch_account" bench/scale/seed-account.sql "$work/seed-account.log" &
  seed_account_pid=$!
  seed "$scratch_contact" bench/scale/seed-contact.sql "$work/seed-contact.log" &
  seed_contact_pid=$!
  wait "$seed_account_pid" || die "seeding account-service's database failed (see $work/seed-account.log)"
  wait "$seed_contact_pid" || die "seeding contact-service's database failed (see $work/seed-contact.log)"
  seed_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  scratch_sql "$scratch_account" "comment on table account is 'bench $sizes'" >/dev/null
  printf '    seeded in %s s\n' "$seed_s"
  bench_result p4.seed.s "$seed_s"
fi
counts=$(scratch_sql "$scratch_account" "select (select count(*) from account) || ' accounts, ' ||
  (select count(*) from account_team_member) || ' team members, ' || (select count(*) from interaction) || ' interactions, ' ||
  (select count(*) from purchase_volume) || ' purchase volumes, ' || (select count(*) from stakeholder_name) || ' stakeholder names, ' ||
  (select count(*) from health_snapshot) || ' health points, ' || pg_size_pretty(pg_database_size(current_database()))")
say "    account-service: $counts"
counts=$(scratch_sql "$scratch_contact" "select (select count(*) from stakeholder) || ' stakeholders, ' ||
  (select count(*) from role_assessment) || ' role assessments, ' || (select count(*) from relationship) || ' relationships, ' ||
  pg_size_pretty(pg_database_size(current_database()))")
say "    contact-service: $counts"

# ---- 3. measures ------------------------------------------------------------------------------------
# One GET: its time in ms on one line of the file named by $times, its body in $work/body.json.
get_ms() { # token url
  local out code ms
  out=$(curl -sS -o "$work/body.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $1" "$2") ||
    die "GET $2 failed"
  code=${out%% *}
  [[ $code == 200 ]] || die "GET $2 answered $code: $(head -c 300 "$work/body.json")"
  ms=$(awk -v s="${out#* }" 'BEGIN { printf "%.2f", s * 1000 }')
  echo "$ms" >>"$times"
  printf '%s' "$ms"
}
next_cursor() { sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p' "$work/body.json"; }
percentile() { # file p -> the p-th percentile (nearest rank) of its numbers
  sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; printf "%.1f", v[r] }'
}
walk() { # token base-url pages: follows nextCursor up to that many pages
  local url=$2 cursor="" page
  for page in $(seq 1 "$3"); do
    get_ms "$1" "$url${cursor:+&cursor=$cursor}" >/dev/null
    cursor=$(next_cursor)
    [[ -n $cursor ]] || break
  done
}

diana_token=$(token_of diana)
list="$account_url/api/accounts?limit=50"
filters=("" "&status=KEY" "&status=DORMANT" "&ownerId=$kate" "&healthBand=WATCH" "&segment=public%20sector"
  "&q=nordic" "&status=AT_RISK&healthBand=HEALTHY")
info "P4 account list: $walks rounds (after one unmeasured) of ${#filters[@]} cursor walks of $pages pages (limit 50) as diana, and 'mine' as kate"
times="$work/list-ms.txt"
: >"$times"
# Warm-up, one unmeasured round: the JIT, the connection pool, and the pages of freshly seeded tables
# into PostgreSQL's buffers (the first round after seeding was up to 4x slower).
for f in "${filters[@]}"; do walk "$diana_token" "$list$f" "$pages"; done
walk "$kate_token" "$list&mine=true" "$pages"
: >"$times"
for round in $(seq 1 "$walks"); do
  for f in "${filters[@]}"; do walk "$diana_token" "$list$f" "$pages"; done
  walk "$kate_token" "$list&mine=true" "$pages"
done
list_n=$(wc -l <"$times")
list_p50=$(percentile "$times" 50)
list_p99=$(percentile "$times" 99)
list_max=$(percentile "$times" 100)
printf '    %s GETs: p50 %s ms, p99 %s ms, max %s ms\n' "$list_n" "$list_p50" "$list_p99" "$list_max"
bench_result p4.list.p50.ms "$list_p50"
bench_result p4.list.p99.ms "$list_p99"
bench_result p4.list.requests "$list_n"
# Each filter alone, so a missed goal says where to look.
for f in "${filters[@]}" "&mine=true"; do
  times="$work/list-filter.txt"
  : >"$times"
  if [[ $f == "&mine=true" ]]; then walk "$kate_token" "$list$f" "$pages"; else walk "$diana_token" "$list$f" "$pages"; fi
  printf '      %-34s p50 %6s ms  max %6s ms\n' "${f:-(no filter)}" "$(percentile "$times" 50)" "$(percentile "$times" 100)"
done

info "P4 stakeholder list (contact-service): cursor walks of 5 pages (limit 2) through 50 of her accounts as kate"
times="$work/stakeholders-ms.txt"
: >"$times"
kate_accounts=$(scratch_sql "$scratch_account" "select id from account where owner_id = '$kate' order by id limit 55")
mapfile -t kate_accounts <<<"$kate_accounts"
for a in "${kate_accounts[@]:0:5}"; do walk "$kate_token" "$contact_url/api/stakeholders?accountId=$a&limit=20" 1; done
: >"$times"
for a in "${kate_accounts[@]:5:50}"; do walk "$kate_token" "$contact_url/api/stakeholders?accountId=$a&limit=2" 5; done
stakeholder_p99=$(percentile "$times" 99)
printf '    %s GETs: p50 %s ms, p99 %s ms\n' "$(wc -l <"$times")" "$(percentile "$times" 50)" "$stakeholder_p99"
bench_result p4.stakeholders.p99.ms "$stakeholder_p99"
bench_stop "$contact_pid"
contact_pid=""

cooling_reports() { # label -> p50 and max of BENCH_SCALE_REPORTS reports as diana (whole portfolio)
  times="$work/cooling-$1-ms.txt"
  : >"$times"
  get_ms "$diana_token" "$account_url/api/accounts/portfolio/cooling" >/dev/null # warm-up
  local i kate_ms
  kate_ms=$(get_ms "$kate_token" "$account_url/api/accounts/portfolio/cooling")
  : >"$times"
  for i in $(seq 1 "$reports"); do get_ms "$diana_token" "$account_url/api/accounts/portfolio/cooling" >/dev/null; done
  printf '    %s reports: p50 %s ms, max %s ms (kate, her teams only: %s ms); %s\n' "$reports" "$(percentile "$times" 50)" \
    "$(percentile "$times" 100)" "$kate_ms" \
    "$(sed -n 's/.*"coolingAccounts":\([0-9]*\).*"accountsAssessed":\([0-9]*\).*/\1 accounts cooled, \2 assessed/p' "$work/body.json")"
}
info "P4 portfolio cooling report (GET /api/accounts/portfolio/cooling, default window) on the seeded health history"
cooling_reports seeded
bench_result p4.cooling.p50.ms "$(percentile "$work/cooling-seeded-ms.txt" 50)"
bench_result p4.cooling.max.ms "$(percentile "$work/cooling-seeded-ms.txt" 100)"

if [[ $health_pass == 1 ]]; then
  info "P4 full health recomputation: account-service's copy restarted with its scheduled pass on (once, 2 s after start)"
  bench_stop "$account_pid"
  account_pid=""
  log="$work/account-copy-health.log"
  account_pid=$(copy_start account "$account_port" "$log" "$scratch_account" \
    -Dkam.health.reassess-interval=24h -Dkam.health.reassess-delay=2s)
  copy_wait "$account_pid" "$account_url" "$log" account-service
  pass_from=$(scratch_sql "$scratch_account" "select now()")
  start=$SECONDS
  until grep -q 'Scheduled health pass:' "$log"; do
    kill -0 "$account_pid" 2>/dev/null || die "the account-service copy exited during the health pass (log: $log)"
    sleep 5
    if (((SECONDS - start) % 60 < 5)); then
      say "    ... $(scratch_sql "$scratch_account" "select count(*) from account where health_assessed_at >= '$pass_from'") accounts reassessed after $((SECONDS - start)) s"
    fi
  done
  pass_line=$(grep 'Scheduled health pass:' "$log" | tail -1)
  health_s=$(sed -n 's/.* in \([0-9.]*\) s.*/\1/p' <<<"$pass_line")
  say "    ${pass_line#*Scheduled }"
  [[ -n $health_s ]] || die "the health pass did not say how long it took (log: $log)"
  bench_result p4.health.s "$health_s"
  bench_result p4.health.accounts "$(sed -n 's/.*pass: \([0-9]*\) accounts.*/\1/p' <<<"$pass_line")"
  info "P4 portfolio cooling report again, after the recomputation"
  cooling_reports recomputed
  bench_result p4.cooling.recomputed.max.ms "$(percentile "$work/cooling-recomputed-ms.txt" 100)"
fi

# ERP rows for the current month of every account that buys (prospects do not), then, when more rows
# are asked for than there are such accounts, corrections of earlier months (replacing stored volumes),
# a batch per request as the service allows; ada (kam-admin) manages every account. Each account keeps
# to the one currency of its history (the seed's annual potential's). The amounts are offset per run, so
# a run on kept databases (BENCH_SCALE_KEEP=1) replaces the rows an earlier run wrote instead of finding
# them unchanged: the earlier run created them, this one updates them.
amount_offset=$(($(date +%s) % 9000))
info "P4 purchase import: $import_rows CSV rows in batches of $import_batch through POST /api/accounts/purchase-volumes/imports"
ada_token=$(token_of ada)
csv="$work/import.csv"
# (the join's key depends on one side only, so it is a hash join: 100,000 rows in about a second)
scratch_sql "$scratch_account" "with buying as (
    select id, annual_potential_currency as currency, row_number() over (order by id) - 1 as i
    from account where status <> 'PROSPECT'),
  counted as (select count(*) as n from buying)
  select b.id || ',' || to_char(date_trunc('month', now()) - make_interval(months => (r / c.n)::int), 'YYYY-MM')
         || ',' || (1000 + (r + $amount_offset) % 9000) || '.50,' || b.currency
  from generate_series(0, $import_rows - 1) as r cross join counted c join buying b on b.i = r % c.n
  order by r" >"$csv"
import_n=$(wc -l <"$csv")
split -l "$import_batch" -d -a 4 "$csv" "$work/import-part-"
start=$(date +%s.%N)
for part in "$work"/import-part-*; do
  { echo "accountId,period,amount,currency"; cat "$part"; } >"$part.csv"
  code=$(curl -sS -o "$work/import-answer.json" -w '%{http_code}' -H "Authorization: Bearer $ada_token" \
    -H 'Content-Type: text/csv' --data-binary "@$part.csv" "$account_url/api/accounts/purchase-volumes/imports")
  [[ $code == 200 ]] || die "the import of $part answered $code: $(head -c 400 "$work/import-answer.json")"
done
import_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
printf '    %s rows in %s s (last answer: %s)\n' "$import_n" "$import_s" "$(head -c 200 "$work/import-answer.json")"
bench_result p4.import.s "$import_s"
bench_result p4.import.rows "$import_n"
bench_stop "$account_pid"
account_pid=""
[[ $jfr != 1 ]] || info "P4 JFR recordings: $work/*.jfr (jfr print --events jdk.ExecutionSample ...)"

bench_result p4.settings "$sizes; list: $walks x ${#filters[@]} walks of $pages pages of 50 + mine; $reports cooling reports; import $import_n rows in batches of $import_batch"

if bench_alone; then
  table=$(
    echo "| figure | measured | goal |"
    echo "|---|---|---|"
    [[ -z ${seed_s:-} ]] || echo "| seeding ($sizes) | $seed_s s | - |"
    echo "| account list, cursor pages, p99 ($list_n GETs) | $list_p99 ms (p50 $list_p50) | <= 50 ms |"
    echo "| stakeholder list, cursor pages, p99 | $stakeholder_p99 ms | - |"
    echo "| portfolio cooling report, max of $reports | $(percentile "$work/cooling-seeded-ms.txt" 100) ms | <= 2000 ms |"
    [[ -z ${health_s:-} ]] || echo "| full health recomputation | $health_s s | - |"
    [[ -z ${health_s:-} ]] ||
      echo "| portfolio cooling report after it, max of $reports | $(percentile "$work/cooling-recomputed-ms.txt" 100) ms | <= 2000 ms |"
    echo "| purchase import, $import_n rows | $import_s s | <= 30 s |"
  )
  echo
  echo "$table"
  {
    echo
    echo "## Scale (P4), $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(bench_machine), load average $(cut -d' ' -f1 /proc/loadavg) at the end."
    echo "Command: \`bench/scale/run.sh\` ($sizes)."
    echo
    echo "$table"
  } >>bench/RESULTS.md
  info "appended to bench/RESULTS.md"
fi
