# shellcheck shell=bash
# Shared by the scripts under bench/ (sourced; defines functions only): result lines, wrk's latency
# units, a demo user's token, a bench account, and a second copy of a service on a spare port.
#
# Result lines: every figure a script measures is printed as `RESULT key=value` and, when
# BENCH_RESULTS names a file (bench/run.sh, i.e. ./kam bench, sets it), appended there as
# `key=value`; the orchestrator composes its one table from that file. Keys are listed in
# bench/README.md.

bench_result() { # key value
  printf 'RESULT %s=%s\n' "$1" "$2"
  [[ -z ${BENCH_RESULTS:-} ]] || printf '%s=%s\n' "$1" "$2" >>"$BENCH_RESULTS"
}

# True when a script runs on its own: it then appends its own table to bench/RESULTS.md, as before
# ./kam bench existed; under ./kam bench the orchestrator appends the one table instead.
bench_alone() { [[ -z ${BENCH_RESULTS:-} ]]; }

bench_machine() {
  printf '%s cores, %s GiB, %s, %s' "$(nproc)" "$(free -g | awk '/Mem:/ {print $2}')" "$(uname -sm)" \
    "$(java -version 2>&1 | head -1)"
}

# wrk prints latencies as 950.00us, 57.60ms, 1.20s or 1.00m: milliseconds, two decimals.
wrk_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000
    else if (v ~ /ms$/) n = n
    else if (v ~ /m$/) n *= 60000
    else if (v ~ /s$/) n *= 1000
    printf "%.2f", n
  }'
}

bench_token() { # user password -> access token (the local realm's kam-cli client, password grant)
  local token
  token=$(curl -fsS -d grant_type=password -d client_id=kam-cli -d username="$1" -d password="$2" \
    "http://127.0.0.1:$KAM_KEYCLOAK_PORT/realms/kam/protocol/openid-connect/token" |
    sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  [[ -n $token ]] || { printf 'error: no token for %s from Keycloak\n' "$1" >&2; return 1; }
  printf '%s' "$token"
}

bench_account() { # token service-url name -> id of a new KEY account owned by the token's user
  local id
  id=$(curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$3\",\"legalId\":\"BENCH-$RANDOM$RANDOM$RANDOM\",\"status\":\"KEY\",\"contactCadenceDays\":30}" \
    "$2/api/accounts" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  [[ $id =~ ^[0-9a-f-]{36}$ ]] || { printf 'error: could not register the bench account %s\n' "$3" >&2; return 1; }
  printf '%s' "$id"
}

# The jar a running part of ./kam up was started from (its command line's -jar argument), so that
# a copy runs exactly the build that is being measured.
bench_running_jar() { # part
  local pid
  pid=$(<"$root/infra/.work/run/$1.pid") || return 1
  tr '\0' '\n' <"/proc/$pid/cmdline" | awk 'prev == "-jar" { print; exit } { prev = $0 }'
}

# Starts a second copy of a service (the running part's jar, ./kam's JVM options and environment)
# on a spare loopback port, in the background, and prints its PID. So that the copy leaves the
# running suite's work alone: its periodic jobs are off (outbox relay poll and clean-up, idempotency
# clean-up, health reassessment, profile purge; Quarkus skips a job whose interval is "off"; the
# whole scheduler cannot be switched off, the people directory's warm-up needs it) and each Kafka
# consumer joins a group of its own from the latest offset, so the suite's consumers are not
# rebalanced and no old event is applied again. Extra -D options follow. BENCH_COPY_JAR names
# another jar (P4 runs this checkout's build on its scratch databases, whatever the suite runs).
bench_copy_start() { # part port log [-Dkey=value ...]
  local part=$1 port=$2 log=$3 jar module props channel opts=()
  shift 3
  jar=${BENCH_COPY_JAR:-$(bench_running_jar "$part")} || { printf 'error: %s is not running\n' "$part" >&2; return 1; }
  bench_port_free "$port" || return 1
  module=$(dirname "$(dirname "$(dirname "$jar")")")
  props="$module/src/main/resources/application.properties"
  if [[ -f $props ]]; then
    while read -r channel; do
      opts+=("-Dmp.messaging.incoming.$channel.group.id=kam-bench-copy-$part-$channel"
        "-Dmp.messaging.incoming.$channel.auto.offset.reset=latest")
    done < <(sed -n 's/^mp\.messaging\.incoming\.\([^.]*\)\.group\.id=.*/\1/p' "$props")
  fi
  # shellcheck disable=SC2086 # KAM_SERVICE_JAVA_OPTS holds several JVM flags
  (cd "$module" && exec java $KAM_SERVICE_JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dkam.outbox.poll-interval=off -Dkam.outbox.cleanup-interval=off -Dkam.idempotency.cleanup-interval=off \
    -Dkam.health.reassess-interval=off -Dkam.contact.profile-purge-interval=off \
    -Dkam.statements.catch-up-interval=off -Dkam.statements.catch-up-on-commit=false \
    "${opts[@]}" "$@" -jar "$jar") >"$log" 2>&1 </dev/null &
  printf '%s' "$!"
}

# A copy or proxy on a port something else already holds would not start, and the readiness
# checks would then ask the stranger: refuse at once instead.
bench_port_free() { # port
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    printf 'error: port %s on 127.0.0.1 is in use (ss -ltnp "sport = :%s"); choose another with the BENCH_*_PORT settings\n' "$1" "$1" >&2
    return 1
  fi
}

bench_stop() { # pid: SIGTERM, then wait until it is gone (SIGKILL after 20 s)
  local i
  kill "$1" 2>/dev/null || return 0
  for i in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$1" 2>/dev/null || true
}
