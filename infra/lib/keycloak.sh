# shellcheck shell=bash
# Keycloak in dev mode (embedded H2) with the realm from infra/keycloak/kam-realm.json.
#
# The distribution is extracted once into the cache, and Keycloak's one-time build
# ("augmentation", ~20 s) is written into it, so it is shared by every clone and by CI.
# Keycloak keeps its state in <home>/data; kam makes that a symlink to this clone's
# infra/.work/data/keycloak (h2/, import/, tmp/), so ./kam reset can wipe it.

KEYCLOAK_VERSION=26.7.3
KC_HOME="$CACHE/keycloak-$KEYCLOAK_VERSION"
KC_DATA="$DATA/keycloak"
KC_REALM_FILE="$ROOT/infra/keycloak/kam-realm.json"
KC_ADMIN_USER="admin"
KC_ADMIN_PASSWORD="admin"
KC_HEAP="${KC_HEAP:--Xms64m -Xmx512m}"

keycloak_install() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  info "keycloak: extracting Keycloak $KEYCLOAK_VERSION into $KC_HOME"
  local tmp="$CACHE/.keycloak.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  unzip -q "$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$tmp"
  rm -rf "$KC_HOME" && mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME" && rm -rf "$tmp"
}

# Points <home>/data at this clone's data directory. Refuses while another clone's Keycloak
# runs from the same cached distribution (its data would move under it).
keycloak_link_data() {
  local current
  current=$(readlink "$KC_HOME/data" 2>/dev/null || true)
  if [[ -n $current && $current != "$KC_DATA" ]] && ps -eo args= | awk -v home="-Dkc.home.dir=$KC_HOME/" \
       'index($0, home) && index($0, "-Dkam.part" "=keycloak") { found = 1 } END { exit !found }'; then
    # (the marker is split in two so that this awk command line does not match itself)
    die "keycloak: another clone's Keycloak ($current) runs from $KC_HOME; stop it there (./kam down) or give this clone its own KAM_CACHE"
  fi
  mkdir -p "$KC_DATA/import"
  if [[ -d $KC_HOME/data && ! -L $KC_HOME/data ]]; then
    mv "$KC_HOME/data" "$KC_HOME/data.moved-by-kam.$(date +%s)"
  fi
  ln -sfn "$KC_DATA" "$KC_HOME/data"
}

# An existing realm is never re-imported; say so when the realm file changed since the import.
keycloak_stage_realm() {
  local sum
  sum=$(cksum <"$KC_REALM_FILE")
  if [[ ! -d $KC_DATA/h2 ]]; then
    printf '%s\n' "$sum" >"$KC_DATA/imported-realm.cksum"
  elif [[ -f $KC_DATA/imported-realm.cksum && $(<"$KC_DATA/imported-realm.cksum") != "$sum" ]]; then
    warn "infra/keycloak/kam-realm.json changed since Keycloak imported it; the existing realm is kept."
    warn "To apply the change: ./kam reset --yes (wipes all local data), then ./kam infra up;"
    warn "new clients, users and roles alone can be added to the running realm: docs/runbook.md, Troubleshooting"
  fi
  cp "$KC_REALM_FILE" "$KC_DATA/import/kam-realm.json"
}

keycloak_start() {
  local pid
  if pid=$(part_pid keycloak); then ok "keycloak: already running (pid $pid)"; return 0; fi
  ensure_ports_free keycloak "$KAM_KEYCLOAK_PORT" "$KAM_KEYCLOAK_MANAGEMENT_PORT"
  keycloak_install
  keycloak_link_data
  keycloak_stage_realm
  launch_part keycloak "$KC_HOME" env \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="$KC_HEAP" \
    "$KC_HOME/bin/kc.sh" start-dev -Dkam.part=keycloak --import-realm \
    --http-host=127.0.0.1 --http-port="$KAM_KEYCLOAK_PORT" \
    --hostname="http://127.0.0.1:$KAM_KEYCLOAK_PORT" \
    --health-enabled=true --http-management-port="$KAM_KEYCLOAK_MANAGEMENT_PORT"
}

keycloak_ready() {
  http_ok "http://127.0.0.1:$KAM_KEYCLOAK_MANAGEMENT_PORT/health/ready"
}

keycloak_stop() { stop_parts keycloak; }

keycloak_wipe() { rm -rf "$KC_DATA"; }
