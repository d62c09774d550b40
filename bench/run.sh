#!/usr/bin/env bash
# ./kam bench: runs the benchmarks of issue 11 against the running suite (./kam up) one after the
# other and prints ONE table (figure | measured | baseline | ratio | goal | met?), which it appends,
# with the date and the machine, to bench/RESULTS.md. Each step is a script of its own that can
# also run alone; each prints its figures as result lines into the file named by BENCH_RESULTS
# (bench/lib.sh), from which the table is composed.
#
#   ./kam bench [--quick] [--no-record] [p1] [p2] [p3] [p4] [p5] [p5-up]
#
# Steps (default: p1 p2 p3 p5, in that order):
#   p1     gateway overhead              bench/gateway/run.sh
#   p2     read path against pgbench -S  bench/readpath/run.sh
#   p3     outbox events and statements  bench/outbox/run.sh
#   p4     scale: seeded portfolio        bench/scale/run.sh     (opt-in: over 20 minutes at full size)
#   p5     RSS under load, start-up      bench/footprint/run.sh
#   p5-up  warm ./kam up                 bench/footprint/up.sh  (opt-in: stops and restarts the suite)
# --quick shortens every step (5 s measures, fewer samples; settings already in the environment
# win) for trying it out; --no-record prints the table without appending it to bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ROOT=$root
cd "$root"
# shellcheck source=../infra/lib/common.sh
source infra/lib/common.sh
# shellcheck source=../infra/lib/services.sh
source infra/lib/services.sh
# shellcheck source=lib.sh
source bench/lib.sh

quick=false record=true steps=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --no-record) record=false ;;
    p1 | p2 | p3 | p4 | p5 | p5-up) steps+=("$arg") ;;
    *) die "usage: ./kam bench [--quick] [--no-record] [p1] [p2] [p3] [p4] [p5] [p5-up]" ;;
  esac
done
((${#steps[@]} > 0)) || steps=(p1 p2 p3 p5)

if $quick; then
  export BENCH_DURATION=${BENCH_DURATION:-5s} BENCH_WARMUP=${BENCH_WARMUP:-3s}
  export BENCH_LATENCY_SAMPLES=${BENCH_LATENCY_SAMPLES:-50} BENCH_BULK_ROWS=${BENCH_BULK_ROWS:-1000}
  export BENCH_STATEMENT_SAMPLES=${BENCH_STATEMENT_SAMPLES:-20} BENCH_STATEMENT_REQUESTS=${BENCH_STATEMENT_REQUESTS:-20}
  export BENCH_P5_LOAD=${BENCH_P5_LOAD:-3s}
  # P4 at a tenth of issue 11's sizes: the same paths in about two minutes
  export BENCH_SCALE_ACCOUNTS=${BENCH_SCALE_ACCOUNTS:-10000} BENCH_SCALE_STAKEHOLDERS=${BENCH_SCALE_STAKEHOLDERS:-100000}
  export BENCH_SCALE_INTERACTIONS=${BENCH_SCALE_INTERACTIONS:-200000} BENCH_SCALE_IMPORT_ROWS=${BENCH_SCALE_IMPORT_ROWS:-10000}
  export BENCH_SCALE_WALKS=${BENCH_SCALE_WALKS:-1} BENCH_SCALE_REPORTS=${BENCH_SCALE_REPORTS:-3}
fi

declare -A script=([p1]=bench/gateway/run.sh [p2]=bench/readpath/run.sh [p3]=bench/outbox/run.sh [p4]=bench/scale/run.sh
  [p5]=bench/footprint/run.sh [p5-up]=bench/footprint/up.sh)
declare -A title=([p1]="P1 gateway overhead" [p2]="P2 read path" [p3]="P3 events" [p4]="P4 scale"
  [p5]="P5 footprint" [p5-up]="P5 warm ./kam up")
declare -A about=(
  [p1]="dossier and /me GETs with wrk ${BENCH_DURATION:-10s} each: direct, gateway, nginx"
  [p2]="dossier GET with wrk vs pgbench -S, ${BENCH_DURATION:-20s} each; SQL statements per GET"
  [p3]="commit -> consumed, relay rate vs raw Kafka, purchase -> draft statement"
  [p4]="${BENCH_SCALE_ACCOUNTS:-100000} accounts seeded into scratch databases: list, cooling report, health pass, import"
  [p5]="RSS of each part under wrk ${BENCH_P5_LOAD:-10s}; start-up of a copy of each, alone"
  [p5-up]="./kam down, then ./kam up timed"
)

run=$(mktemp -d)
export BENCH_RESULTS="$run/results"
: >"$BENCH_RESULTS"
started_at=$(date -u +%Y-%m-%dT%H:%MZ)
# Other work on the machine skews every figure: the load average at the start is recorded with them.
load_at_start=$(cut -d' ' -f1 /proc/loadavg)
info "./kam bench: ${steps[*]}$($quick && echo ' (quick)'); step logs in $run"
declare -A failed=()
n=0
for step in "${steps[@]}"; do
  n=$((n + 1))
  printf '\n%s==> [%d/%d] %s: %s (%s)%s\n' "$C_BOLD" "$n" "${#steps[@]}" "${title[$step]}" "${about[$step]}" \
    "${script[$step]}" "$C_OFF"
  start=$SECONDS
  if "${script[$step]}" 2>&1 | tee "$run/$step.log"; then
    printf '%s<== %s done in %ss%s\n' "$C_BOLD" "${title[$step]}" "$((SECONDS - start))" "$C_OFF"
  else
    failed[$step]="failed after $((SECONDS - start)) s, log $run/$step.log"
    printf '%s<== %s FAILED after %ss (log %s)%s\n' "$C_RED" "${title[$step]}" "$((SECONDS - start))" \
      "$run/$step.log" "$C_OFF"
  fi
done

declare -A r=()
while IFS='=' read -r key value; do [[ -n $key ]] && r[$key]=$value; done <"$BENCH_RESULTS"

# row figure measured baseline ratio goal met
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
met() { # value op limit -> yes/no
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == ">=") ? v + 0 >= l + 0 : v + 0 <= l + 0; print ok ? "yes" : "no" }'
}
have() { local k; for k in "$@"; do [[ -n ${r[$k]:-} ]] || return 1; done; }
missing() { row "$1" "not measured (${failed[$2]:-no result})" - - "$3" no; }

table() {
  row figure measured baseline ratio goal "met?"
  row --- --- --- --- --- ---
  local step part q
  for step in "${steps[@]}"; do
    case "$step" in
      p1)
        if have p1.dossier.gateway.rps p1.dossier.direct.rps p1.dossier.nginx.rps; then
          q=$(ratio "${r[p1.dossier.gateway.rps]}" "${r[p1.dossier.direct.rps]}")
          row "P1 dossier GET through the gateway (req/s)" "${r[p1.dossier.gateway.rps]}" \
            "${r[p1.dossier.direct.rps]} direct" "$q" ">= 0.80" "$(met "$q" '>=' 0.80)"
          q=$(ratio "${r[p1.dossier.gateway.p99.ms]}" "${r[p1.dossier.nginx.p99.ms]}")
          row "P1 dossier GET through the gateway, p99" "${r[p1.dossier.gateway.p99.ms]} ms" \
            "${r[p1.dossier.nginx.p99.ms]} ms nginx" "$q" "<= 1.00 (no worse than nginx)" "$(met "$q" '<=' 1.00)"
          row "P1 dossier GET through nginx (req/s, reference)" "${r[p1.dossier.nginx.rps]}" \
            "${r[p1.dossier.direct.rps]} direct" "$(ratio "${r[p1.dossier.nginx.rps]}" "${r[p1.dossier.direct.rps]}")" - -
          row "P1 /api/accounts/me through the gateway (req/s, reference)" "${r[p1.me.gateway.rps]}" \
            "${r[p1.me.direct.rps]} direct" "$(ratio "${r[p1.me.gateway.rps]}" "${r[p1.me.direct.rps]}")" - -
        else missing "P1 gateway overhead" p1 ">= 0.80"; fi
        ;;
      p2)
        if have p2.dossier.rps p2.pgbench.tps p2.statements.per.get; then
          q=$(ratio "${r[p2.dossier.rps]}" "${r[p2.pgbench.tps]}")
          row "P2 dossier GET, direct (req/s)" "${r[p2.dossier.rps]}" "${r[p2.pgbench.tps]} pgbench -S tps" "$q" \
            ">= 0.50" "$(met "$q" '>=' 0.50)"
          row "P2 SQL statements per dossier GET" "${r[p2.statements.per.get]} (${r[p2.statements.kinds]:-})" \
            "1 (pgbench -S)" - - -
        else missing "P2 read path" p2 ">= 0.50"; fi
        ;;
      p3)
        if have p3.latency.outbox.p99.ms p3.latency.raw.p99.ms p3.relay.raw.rps; then
          q=$(ratio "${r[p3.latency.outbox.p99.ms]}" "${r[p3.latency.raw.p99.ms]}")
          row "P3 commit -> event consumed, p99" "${r[p3.latency.outbox.p99.ms]} ms" \
            "${r[p3.latency.raw.p99.ms]} ms raw Kafka" "$q" "<= 2.00" "$(met "$q" '<=' 2.00)"
          row "P3 commit -> event consumed, p50 (reference)" "${r[p3.latency.outbox.p50.ms]} ms" \
            "${r[p3.latency.raw.p50.ms]} ms raw Kafka" \
            "$(ratio "${r[p3.latency.outbox.p50.ms]}" "${r[p3.latency.raw.p50.ms]}")" - -
          if have p3.relay.outbox.rps; then
            q=$(ratio "${r[p3.relay.outbox.rps]}" "${r[p3.relay.raw.rps]}")
            row "P3 outbox relay (events/s)" "${r[p3.relay.outbox.rps]}" "${r[p3.relay.raw.rps]} raw producer" "$q" \
              ">= 0.25" "$(met "$q" '>=' 0.25)"
          else
            row "P3 outbox relay (events/s)" "not measurable: relayed before the import answered (raise BENCH_BULK_ROWS)" \
              "${r[p3.relay.raw.rps]} raw producer" - ">= 0.25" "not measured"
          fi
          if have p3.statement.p99.ms; then
            row "P3 purchase -> draft statement shows it, p99" "${r[p3.statement.p99.ms]} ms" - - "<= 1000 ms" \
              "$(met "${r[p3.statement.p99.ms]}" '<=' 1000)"
          fi
        else missing "P3 events" p3 "<= 2.00"; fi
        ;;
      p4)
        if have p4.list.p99.ms; then
          [[ -z ${r[p4.seed.s]:-} ]] || row "P4 seeding (${r[p4.settings]%%;*})" "${r[p4.seed.s]} s" - - - -
          row "P4 account list, filtered cursor pages, p99 (${r[p4.list.requests]} GETs)" "${r[p4.list.p99.ms]} ms" \
            "p50 ${r[p4.list.p50.ms]} ms" - "<= 50 ms" "$(met "${r[p4.list.p99.ms]}" '<=' 50)"
          [[ -z ${r[p4.stakeholders.p99.ms]:-} ]] ||
            row "P4 stakeholder list (contact-service), cursor pages, p99" "${r[p4.stakeholders.p99.ms]} ms" - - - -
          if have p4.cooling.max.ms; then
            row "P4 portfolio cooling report, slowest" "${r[p4.cooling.max.ms]} ms" "p50 ${r[p4.cooling.p50.ms]} ms" - \
              "<= 2000 ms" "$(met "${r[p4.cooling.max.ms]}" '<=' 2000)"
          else missing "P4 portfolio cooling report" p4 "<= 2000 ms"; fi
          if have p4.health.s; then
            row "P4 full health recomputation (${r[p4.health.accounts]} accounts)" "${r[p4.health.s]} s" - - - -
            [[ -z ${r[p4.cooling.recomputed.max.ms]:-} ]] ||
              row "P4 portfolio cooling report after the recomputation, slowest" \
                "${r[p4.cooling.recomputed.max.ms]} ms" - - "<= 2000 ms" \
                "$(met "${r[p4.cooling.recomputed.max.ms]}" '<=' 2000)"
          fi
          if have p4.import.s; then
            row "P4 purchase import, ${r[p4.import.rows]} rows" "${r[p4.import.s]} s" - - "<= 30 s" \
              "$(met "${r[p4.import.s]}" '<=' 30)"
          else missing "P4 purchase import" p4 "<= 30 s"; fi
        else missing "P4 scale" p4 "<= 50 ms"; fi
        ;;
      p5)
        for part in "${SERVICE_PARTS[@]}"; do
          if have "p5.$part.rss.mb"; then
            row "P5 RSS under load, $part (MB)" "${r[p5.$part.rss.mb]}" - - "<= 256" "$(met "${r[p5.$part.rss.mb]}" '<=' 256)"
          else missing "P5 RSS under load, $part" p5 "<= 256"; fi
        done
        for part in "${SERVICE_PARTS[@]}"; do
          if have "p5.$part.startup.s"; then
            row "P5 start-up alone, $part (s)" "${r[p5.$part.startup.s]}" - - "<= 3" "$(met "${r[p5.$part.startup.s]}" '<=' 3)"
          else missing "P5 start-up alone, $part" p5 "<= 3"; fi
        done
        ;;
      p5-up)
        if have p5.up.warm.s; then
          row "P5 warm ./kam up (s)" "${r[p5.up.warm.s]}" - - "<= 15" "$(met "${r[p5.up.warm.s]}" '<=' 15)"
        else missing "P5 warm ./kam up" p5-up "<= 15"; fi
        ;;
    esac
  done
}

result_table=$(table)
printf '\n%s./kam bench %s%s\n\n%s\n' "$C_BOLD" "${steps[*]}" "$C_OFF" "$result_table"

if $record; then
  {
    echo
    echo "## ./kam bench, $started_at"
    echo
    echo "Machine: $(bench_machine), load average $load_at_start at the start; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version 2>/dev/null || echo 'no pgbench'), $(nginx -v 2>&1)."
    echo "Command: \`./kam bench $*\`. Java options of the suite: \`$KAM_SERVICE_JAVA_OPTS\`."
    for key in p1.settings p2.settings p3.settings p4.settings p5.settings; do
      if [[ -n ${r[$key]:-} ]]; then echo "Settings ${key%%.*}: ${r[$key]}."; fi
    done
    echo
    echo "$result_table"
  } >>bench/RESULTS.md
  info "appended to bench/RESULTS.md"
fi
((${#failed[@]} == 0)) || die "failed: ${!failed[*]} (logs in $run)"
