#!/usr/bin/env bash
# Renders a buying-centre matrix SVG to PNG in headless Chromium, to look at it as a browser shows it.
#
#   contact-service/src/test/render-matrix.sh                 # draws the sample of MatrixSvgTest
#   contact-service/src/test/render-matrix.sh matrix.svg out.png   # any SVG, e.g. one fetched with
#       curl -H "Authorization: Bearer $TOKEN" -H 'Accept: image/svg+xml' \
#            http://127.0.0.1:8080/api/stakeholders/accounts/<id>/matrix > matrix.svg
#
# Needs Debian's chromium (apt-get install -y chromium).
set -euo pipefail
module=$(cd "$(dirname "$0")/../.." && pwd)
root=$(cd "$module/.." && pwd)
svg=${1:-}
png=${2:-$module/target/matrix-sample.png}
if [[ -z $svg ]]; then
  svg=$module/target/matrix-sample.svg
  (cd "$root" && ./mvnw -B -q -pl contact-service -am test -Dtest=MatrixSvgTest \
    -Dsurefire.failIfNoSpecifiedTests=false)
fi
[[ -f $svg ]] || { echo "no SVG at $svg" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --screenshot="$png" --window-size=1000,720 \
  "file://$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")" 2>/dev/null
echo "$png"
