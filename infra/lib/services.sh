# shellcheck shell=bash
# The four Quarkus applications of the suite, run from their packaged fast-jars.

# A 128 MB heap with the serial collector and a 64 MB code cache reserve (docs/adr/0031): G1's own
# structures cost ~40 MB of RSS, and the heap under load stays well below 128 MB; one GC thread is
# no loss on two cores. MALLOC_ARENA_MAX (export_stack_env) caps glibc's per-thread malloc arenas.
KAM_SERVICE_JAVA_OPTS="${KAM_SERVICE_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError}"
# Modules the services are built from besides their own (shared libraries and the parent POM).
SHARED_BUILD_INPUTS=(pom.xml events/pom.xml events/src domain-kernel/pom.xml domain-kernel/src
  token-memory/pom.xml token-memory/src service-plumbing/pom.xml service-plumbing/src)

service_module() {
  case "$1" in
    account | contact | incentive) echo "$1-service" ;;
    gateway) echo gateway ;;
  esac
}
service_jar() { echo "$ROOT/$(service_module "$1")/target/quarkus-app/quarkus-run.jar"; }

# The environment the services read (docs/configuration.md), exported so that the Maven
# test runs of ./kam test see the same settings.
export_stack_env() {
  if pg_external; then
    export KAM_DB_HOST="$PG_EXTERNAL_HOST" KAM_DB_PORT="${KAM_DB_PORT:-$KAM_PG_PORT}"
  else
    export KAM_DB_HOST=127.0.0.1 KAM_DB_PORT="$KAM_PG_PORT" KAM_PG_LOCAL=1
  fi
  export KAM_DB_USER KAM_DB_PASSWORD
  export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAM_KAFKA_PORT}"
  export KAM_OIDC_URL="${KAM_OIDC_URL:-http://127.0.0.1:$KAM_KEYCLOAK_PORT/realms/kam}"
  export KAM_DIRECTORY_URL="${KAM_DIRECTORY_URL:-http://127.0.0.1:$KAM_KEYCLOAK_PORT}"
  export KAM_ACCOUNT_URL="${KAM_ACCOUNT_URL:-http://127.0.0.1:$KAM_ACCOUNT_PORT}"
  export KAM_CONTACT_URL="${KAM_CONTACT_URL:-http://127.0.0.1:$KAM_CONTACT_PORT}"
  export KAM_INCENTIVE_URL="${KAM_INCENTIVE_URL:-http://127.0.0.1:$KAM_INCENTIVE_PORT}"
  export KAM_LOG_JSON="${KAM_LOG_JSON:-false}"
  # glibc gives each thread that mallocs its own 64 MB arena; two are plenty for the JVM's native
  # allocations and keep the services' RSS from growing with their worker threads (docs/adr/0031).
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  # for the end-to-end tests
  export KAM_GATEWAY_URL="${KAM_GATEWAY_URL:-http://127.0.0.1:$KAM_GATEWAY_PORT}"
}

# Prints why a build is needed (and returns 0), or returns 1 when every jar is newer than
# all sources and POMs it is built from.
build_needed() {
  local part module jar inputs=() i newer
  for i in "${SHARED_BUILD_INPUTS[@]}"; do [[ -e $ROOT/$i ]] && inputs+=("$ROOT/$i"); done
  for part in "${SERVICE_PARTS[@]}"; do
    module=$(service_module "$part")
    jar=$(service_jar "$part")
    if [[ ! -f $jar ]]; then
      echo "$module has no ${jar#"$ROOT"/}"
      return 0
    fi
    newer=$(find "${inputs[@]}" "$ROOT/$module/pom.xml" "$ROOT/$module/src" -type f -newer "$jar" -print -quit 2>/dev/null || true)
    if [[ -n $newer ]]; then
      echo "${newer#"$ROOT"/} is newer than ${jar#"$ROOT"/}"
      return 0
    fi
  done
  return 1
}

build_services() {
  local why
  why=$(build_needed) || { ok "build: service jars are up to date"; return 0; }
  info "build: $why"
  local running=() p
  for p in "${SERVICE_PARTS[@]}"; do part_running "$p" && running+=("$p"); done
  if ((${#running[@]} > 0)); then
    say "  running services are stopped first, so that the build does not replace jars under them: ${running[*]}"
    services_stop
  fi
  info "build: ./mvnw -B -q install -DskipTests"
  local start=$SECONDS
  (cd "$ROOT" && ./mvnw -B -q install -DskipTests) || die "build failed (see the Maven output above)"
  ok "build: done in $((SECONDS - start))s"
}

service_launch() {
  local part=$1 pid jar port
  if pid=$(part_pid "$part"); then ok "$part: already running (pid $pid)"; return 0; fi
  jar=$(service_jar "$part")
  port=$(part_port "$part")
  [[ -f $jar ]] || die "$part: ${jar#"$ROOT"/} does not exist (run ./kam up, which builds it)"
  ensure_ports_free "$part" "$port"
  # shellcheck disable=SC2086 # KAM_SERVICE_JAVA_OPTS holds several JVM flags
  launch_part "$part" "$ROOT/$(service_module "$part")" java -Dkam.part="$part" $KAM_SERVICE_JAVA_OPTS \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar"
}

service_ready() { http_ok "http://127.0.0.1:$(part_port "$1")/q/health/ready"; }
account_ready() { service_ready account; }
contact_ready() { service_ready contact; }
incentive_ready() { service_ready incentive; }
gateway_ready() { service_ready gateway; }

# Starts the three services side by side, waits for each, then the gateway.
services_start() {
  export_stack_env
  local p
  for p in account contact incentive; do service_launch "$p"; done
  for p in account contact incentive; do wait_ready "$p"; done
  service_launch gateway
  wait_ready gateway
}

services_stop() { stop_parts gateway incentive contact account; }
