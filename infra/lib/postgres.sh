# shellcheck shell=bash
# PostgreSQL 17 for the local stack: binaries from the Maven Central jar
# io.zonky.test.postgres:embedded-postgres-binaries-<os-arch>:17.5.0, one cluster under
# infra/.work/data/postgres, role KAM_DB_USER and the service and test databases.
# When KAM_DB_HOST is set, kam uses that server instead and starts nothing.

PG_VERSION=17.5.0
KAM_DB_USER="${KAM_DB_USER:-kam}"
KAM_DB_PASSWORD="${KAM_DB_PASSWORD:-kam}"
# One database per service, and one per service for the component tests (docs/configuration.md);
# kam_plumbing_test for the component tests of service-plumbing (kam.db.name=kam_plumbing).
KAM_DATABASES=(kam_account kam_contact kam_incentive kam_account_test kam_contact_test kam_incentive_test
  kam_plumbing_test)

case "$(uname -m)" in
  x86_64 | amd64) PG_ARCH=amd64 ;;
  aarch64 | arm64) PG_ARCH=arm64v8 ;;
  *) PG_ARCH="unsupported-$(uname -m)" ;;
esac
PG_ARTIFACT="embedded-postgres-binaries-linux-$PG_ARCH"
PG_DIST="$CACHE/postgres-$PG_VERSION"   # extracted once per machine

# initdb and postgres refuse to run as root. As root, kam runs them as 'nobody' on a data
# directory 'nobody' owns, with a copy of the binaries that 'nobody' can reach (the cache
# under /root usually is not). If 'nobody' cannot enter this clone's directory, the
# cluster lives under /tmp instead (printed by ./kam infra status).
if ((EUID == 0)); then
  PG_AS=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
  if command -v setpriv >/dev/null 2>&1 && "${PG_AS[@]}" test -x "$ROOT/infra" 2>/dev/null; then
    PG_BASE="$WORK"
  else
    PG_BASE="/tmp/kam-pg-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
  fi
  PG_BIN="$PG_BASE/postgres-$PG_VERSION/bin"
  PG_DATA="$PG_BASE/data/postgres"
  PG_SOCK="$PG_BASE/run/pg"
else
  PG_AS=()
  PG_BASE="$WORK"
  PG_BIN="$PG_DIST/bin"
  PG_DATA="$DATA/postgres"
  PG_SOCK="$RUN/pg"
fi
# A Unix socket path must stay below ~107 bytes.
((${#PG_SOCK} < 90)) || PG_SOCK="/tmp/kam-pg-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)-sock"

# Decided once, from the caller's environment (./kam later exports KAM_DB_HOST for the services,
# and KAM_PG_LOCAL=1 with it when the server is kam's own: a ./kam run by a test under ./kam test,
# e.g. ./kam infra stop postgres, must still know it is).
if [[ ${KAM_PG_LOCAL:-} == 1 ]]; then PG_EXTERNAL_HOST=""; else PG_EXTERNAL_HOST="${KAM_DB_HOST:-}"; fi
pg_external() { [[ -n $PG_EXTERNAL_HOST ]]; }

pg_install() {
  if [[ ! -x $PG_DIST/bin/postgres ]]; then
    [[ $PG_ARCH != unsupported-* ]] || die "postgres: no binaries for $(uname -m); set KAM_DB_HOST to use your own server"
    fetch_artifact "io.zonky.test.postgres:$PG_ARTIFACT:$PG_VERSION" "$PG_ARTIFACT-$PG_VERSION.jar"
    info "postgres: extracting PostgreSQL $PG_VERSION into $PG_DIST"
    local tmp="$PG_DIST.tmp.$$" txz
    rm -rf "$tmp" && mkdir -p "$tmp"
    txz=$(unzip -Z1 "$DOWNLOADS/$PG_ARTIFACT-$PG_VERSION.jar" | grep '\.txz$')
    txz=${txz%%$'\n'*}
    unzip -p "$DOWNLOADS/$PG_ARTIFACT-$PG_VERSION.jar" "$txz" | tar -xJ -C "$tmp"
    chmod -R a+rX "$tmp"
    rm -rf "$PG_DIST" && mv "$tmp" "$PG_DIST"
  fi
  if ((EUID == 0)) && [[ ! -x $PG_BIN/postgres ]]; then
    mkdir -p "$PG_BASE" && chmod a+rx "$PG_BASE"
    rm -rf "$PG_BASE/postgres-$PG_VERSION.tmp"
    cp -a "$PG_DIST" "$PG_BASE/postgres-$PG_VERSION.tmp"
    mv "$PG_BASE/postgres-$PG_VERSION.tmp" "$PG_BASE/postgres-$PG_VERSION"
  fi
}

pg_dirs() {
  local d
  for d in "$PG_BASE" "$PG_BASE/data" "$(dirname "$PG_SOCK")"; do
    mkdir -p "$d" && chmod a+rx "$d"
  done
  mkdir -p "$PG_DATA" "$PG_SOCK"
  chmod 700 "$PG_DATA" "$PG_SOCK"
  if ((EUID == 0)); then chown "$(id -u nobody):$(id -g nobody)" "$PG_DATA" "$PG_SOCK"; fi
}

# Runs SQL from stdin in single-user mode (server stopped): one statement per line.
pg_single() {
  local out
  out=$(cd / && "${PG_AS[@]}" "$PG_BIN/postgres" --single -D "$PG_DATA" postgres 2>&1) \
    || die "postgres: single-user mode failed:"$'\n'"$out"
  [[ $out != *ERROR:* ]] || die "postgres: SQL failed in single-user mode:"$'\n'"$out"
  printf '%s\n' "$out"
}

pg_initdb() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  info "postgres: creating a new cluster in $PG_DATA"
  local out
  out=$(cd / && "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --no-instructions 2>&1) \
    || die "postgres: initdb failed:"$'\n'"$out"
  # Local socket: trust, but the socket directory is private to the server's OS user.
  # TCP on 127.0.0.1/::1: password (scram-sha-256), the way the services connect.
}

# Creates the role and any missing database; safe to run on every start (server stopped).
pg_provision() {
  [[ $KAM_DB_USER =~ ^[a-z_][a-z0-9_]*$ ]] || die "KAM_DB_USER must be a plain lower-case identifier"
  local existing sql="" db pw=${KAM_DB_PASSWORD//\'/\'\'}
  existing=$(printf '%s\n' "SELECT datname FROM pg_database" "SELECT rolname FROM pg_roles" | pg_single \
    | sed -n 's/^[[:space:]]*1: \(datname\|rolname\) = "\(.*\)"[[:space:]].*/\2/p')
  if grep -qx "$KAM_DB_USER" <<<"$existing"; then
    sql+="ALTER ROLE \"$KAM_DB_USER\" WITH LOGIN PASSWORD '$pw'"$'\n'
  else
    sql+="CREATE ROLE \"$KAM_DB_USER\" WITH LOGIN PASSWORD '$pw'"$'\n'
  fi
  for db in "${KAM_DATABASES[@]}"; do
    grep -qx "$db" <<<"$existing" || sql+="CREATE DATABASE \"$db\" OWNER \"$KAM_DB_USER\""$'\n'
  done
  printf '%s' "$sql" | pg_single >/dev/null
}

postgres_start() {
  if pg_external; then postgres_use_external; return 0; fi
  local pid
  if pid=$(part_pid postgres); then ok "postgres: already running (pid $pid)"; return 0; fi
  ensure_ports_free postgres "$KAM_PG_PORT"
  pg_install
  pg_dirs
  pg_initdb
  pg_provision
  launch_part postgres / "${PG_AS[@]}" "$PG_BIN/postgres" -D "$PG_DATA" \
    -c listen_addresses=127.0.0.1 -c port="$KAM_PG_PORT" -c unix_socket_directories="$PG_SOCK" \
    -c max_connections=200
}

postgres_ready() {
  pg_external && return 0
  grep -q 'database system is ready to accept connections' "$(log_file postgres)" 2>/dev/null \
    && port_open "$KAM_PG_PORT"
}

postgres_stop() {
  pg_external && { say "  - postgres: external server at $PG_EXTERNAL_HOST, left alone"; return 0; }
  stop_part_with postgres "${PG_AS[@]}" "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$KAM_STOP_TIMEOUT"
}

postgres_use_external() {
  local host=$PG_EXTERNAL_HOST port=${KAM_DB_PORT:-$KAM_PG_PORT} have db
  say "  - postgres: KAM_DB_HOST is set: using the external server $host:$port (not started by kam)."
  say "    It must have role '$KAM_DB_USER' and the databases: ${KAM_DATABASES[*]}"
  if ! command -v psql >/dev/null 2>&1; then
    say "    (psql is not on PATH: kam cannot check or create them)"
    return 0
  fi
  if ! have=$(PGPASSWORD=$KAM_DB_PASSWORD PGCONNECT_TIMEOUT=5 psql -h "$host" -p "$port" -U "$KAM_DB_USER" \
      -d postgres -XAtc 'SELECT datname FROM pg_database' 2>&1); then
    warn "cannot connect to $host:$port as $KAM_DB_USER: $have"
    return 0
  fi
  for db in "${KAM_DATABASES[@]}"; do
    grep -qx "$db" <<<"$have" && continue
    if PGPASSWORD=$KAM_DB_PASSWORD psql -h "$host" -p "$port" -U "$KAM_DB_USER" -d postgres -Xqc "CREATE DATABASE \"$db\"" >/dev/null 2>&1; then
      ok "postgres: created database $db on $host:$port"
    else
      warn "database $db is missing on $host:$port and $KAM_DB_USER may not create it"
    fi
  done
}

postgres_wipe() {
  rm -rf "$DATA/postgres" "$PG_DATA"
}
