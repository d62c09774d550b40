# shellcheck shell=bash
# Shared helpers for ./kam: paths, output, PID files, starting/stopping/awaiting parts,
# downloads through the Maven wrapper. Sourced by ./kam; defines functions and settings only.

# ---------------------------------------------------------------- paths and settings
WORK="$ROOT/infra/.work"          # runtime state of this clone (git-ignored)
LOGS="$WORK/logs"                 # <part>.log (previous run: <part>.log.1)
RUN="$WORK/run"                   # <part>.pid, generated config, sockets
DATA="$WORK/data"                 # postgres/, kafka/, keycloak/ (wiped by ./kam reset)
CACHE="${KAM_CACHE:-$HOME/.cache/kam}"   # downloads and extracted distributions (kept by reset)
DOWNLOADS="$CACHE/downloads"

# shellcheck source=../ports.env
set -a; source "$ROOT/infra/ports.env"; set +a

KAM_STOP_TIMEOUT="${KAM_STOP_TIMEOUT:-20}"          # seconds between SIGTERM and SIGKILL
KAM_READY_TIMEOUT="${KAM_READY_TIMEOUT:-120}"       # seconds a part may take to become ready

INFRA_PARTS=(postgres kafka keycloak)
SERVICE_PARTS=(account contact incentive gateway)   # start order; the gateway comes last
ALL_PARTS=("${INFRA_PARTS[@]}" "${SERVICE_PARTS[@]}")

# ---------------------------------------------------------------- output
if [[ -t 1 ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi
say()  { printf '%s\n' "$*"; }
info() { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
ok()   { printf '  %s✓%s %s\n' "$C_GREEN" "$C_OFF" "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; exit 1; }

require_cmds() {
  local c missing=()
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]} (install them; see docs/runbook.md)"
}

# ---------------------------------------------------------------- part registry
part_port() {
  case "$1" in
    postgres) if pg_external; then echo "${KAM_DB_PORT:-$KAM_PG_PORT}"; else echo "$KAM_PG_PORT"; fi ;;
    kafka) echo "$KAM_KAFKA_PORT" ;;
    keycloak) echo "$KAM_KEYCLOAK_PORT" ;;
    account) echo "$KAM_ACCOUNT_PORT" ;;
    contact) echo "$KAM_CONTACT_PORT" ;;
    incentive) echo "$KAM_INCENTIVE_PORT" ;;
    gateway) echo "$KAM_GATEWAY_PORT" ;;
    *) return 1 ;;
  esac
}
is_part() { local p; for p in "${ALL_PARTS[@]}"; do [[ $p == "$1" ]] && return 0; done; return 1; }
log_file() { echo "$LOGS/$1.log"; }
pid_file() { echo "$RUN/$1.pid"; }

# What a part's command line contains, so that a PID file never points us at a stranger
# that happens to have the same PID after a reboot.
part_marker() {
  case "$1" in
    postgres) echo "-D $PG_DATA" ;;
    *) echo "-Dkam.part=$1" ;;
  esac
}

# Prints the PID of a running part; returns 1 (and removes a stale PID file) otherwise.
part_pid() {
  local f pid args
  f=$(pid_file "$1")
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
     && args=$(ps -o args= -p "$pid" 2>/dev/null) && [[ $args == *"$(part_marker "$1")"* ]]; then
    echo "$pid"
    return 0
  fi
  rm -f "$f"
  return 1
}
part_running() { part_pid "$1" >/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Fails when one of the ports is taken by a process that is not ours.
ensure_ports_free() {
  local part=$1 port; shift
  for port in "$@"; do
    port_open "$port" && die "$part: port $port on 127.0.0.1 is already in use by another process (see: ss -ltnp 'sport = :$port'); stop it or change infra/ports.env"
  done
  return 0
}

http_ok() { # 200 from the URL within 2 s
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null) == 200 ]]
}

# ---------------------------------------------------------------- starting, waiting, stopping
# launch_part <part> <workdir> <command...>: runs the command in its own session/process group
# (so a stop reaches every child, e.g. kc.sh and its JVM), output appended to the part's log.
launch_part() {
  local part=$1 dir=$2 log pid; shift 2
  log=$(log_file "$part")
  mkdir -p "$LOGS" "$RUN"
  [[ -f $log ]] && mv -f "$log" "$log.1"       # keep the previous run's log one step back
  printf '### %s: started by ./kam at %s\n### %s\n' "$part" "$(date '+%F %T')" "$*" >"$log"
  # fd 9 is kam's lock (see take_lock in ./kam): the part must not inherit it.
  (cd "$dir" && exec setsid "$@") >>"$log" 2>&1 </dev/null 9>&- &
  pid=$!
  echo "$pid" >"$(pid_file "$part")"
  ok "$part: started (pid $pid, log ${log#"$ROOT"/})"
}

# Prints the last lines of a part's log and exits non-zero.
fail_part() {
  local part=$1 why=$2 log
  log=$(log_file "$part")
  printf '\n%serror:%s %s %s\n' "$C_RED" "$C_OFF" "$part" "$why" >&2
  if [[ -f $log ]]; then
    printf -- '----- last 30 lines of %s -----\n' "$log" >&2
    tail -n 30 "$log" >&2
    printf -- '----- end of %s -----\n' "$log" >&2
  fi
  exit 1
}

# wait_ready <part>: polls <part>_ready (each part defines one) once a second, with dots.
wait_ready() {
  local part=$1 timeout=${2:-$KAM_READY_TIMEOUT} start=$SECONDS
  if "${part}_ready"; then ok "$part: ready"; return 0; fi
  printf '  … %s: waiting until ready ' "$part"
  until "${part}_ready"; do
    part_running "$part" || { printf '\n'; fail_part "$part" "exited before it became ready"; }
    ((SECONDS - start < timeout)) || { printf '\n'; fail_part "$part" "not ready after ${timeout}s (still running as pid $(part_pid "$part"))"; }
    printf '.'
    sleep 1
  done
  printf ' ready after %ss\n' "$((SECONDS - start))"
}

# Waits until the part's process group is gone; SIGKILL once KAM_STOP_TIMEOUT seconds have
# passed since <since> (a $SECONDS value).
await_exit() {
  local part=$1 pid=$2 since=$3
  while kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - since >= KAM_STOP_TIMEOUT)); then
      warn "$part (pid $pid) did not stop within ${KAM_STOP_TIMEOUT}s: sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$(pid_file "$part")"
  ok "$part: stopped (was pid $pid, $((SECONDS - since))s)"
}

# stop_parts <part...>: SIGTERM to each part's process group at once, then waits for all.
stop_parts() {
  local part pid since=$SECONDS stopping=()
  for part in "$@"; do
    if pid=$(part_pid "$part"); then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      stopping+=("$part:$pid")
    else
      say "  - $part: not running"
    fi
  done
  for part in "${stopping[@]}"; do await_exit "${part%%:*}" "${part##*:}" "$since"; done
}

# stop_part_with <part> <stop-command...>: the command asks the part to stop (its output goes
# to the part's log); then as above.
stop_part_with() {
  local part=$1 pid since=$SECONDS; shift
  if ! pid=$(part_pid "$part"); then
    say "  - $part: not running"
    return 0
  fi
  "$@" >>"$(log_file "$part")" 2>&1 || true
  await_exit "$part" "$pid" "$since"
}

# ---------------------------------------------------------------- downloads
# Artifacts come from Maven Central through the project's Maven wrapper, so a user's
# settings.xml (mirrors, proxies) applies. The standalone infra/kafka/pom.xml serves as
# the project for these calls, so they never depend on the state of the root build.
mvnw_infra() {
  (cd "$ROOT" && ./mvnw -B -q -f infra/kafka/pom.xml "$@")
}

# fetch_artifact <groupId:artifactId:version[:type]> <file name>: into $DOWNLOADS once.
fetch_artifact() {
  local gav=$1 file=$2
  [[ -s $DOWNLOADS/$file ]] && return 0
  info "downloading $gav (once, into $DOWNLOADS)"
  mkdir -p "$DOWNLOADS"
  mvnw_infra dependency:copy -Dartifact="$gav" -DoutputDirectory="$DOWNLOADS" -Dmdep.overWriteReleases=true \
    || die "could not fetch $gav from Maven Central"
  [[ -s $DOWNLOADS/$file ]] || die "expected $DOWNLOADS/$file after fetching $gav"
}
