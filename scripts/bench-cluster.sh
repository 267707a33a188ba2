#!/usr/bin/env bash
# Throughput of /workflows through the balancer of a running `npm run cluster` (BENCHMARKS.md, "More than one
# instance"), anonymous and signed in as the demo shopper: URL=http://localhost:8080 scripts/bench-cluster.sh
set -euo pipefail
URL=${URL:-http://localhost:8080}
jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$URL/api/auth/csrf" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrfToken=$csrf" --data-urlencode "email=an@usitech.local" \
  --data-urlencode "password=ShopperDemo#2026" --data-urlencode "callbackUrl=/" "$URL/api/auth/callback/credentials"
cookie=$(awk '$6 ~ /session-token/ {printf "%s=%s", $6, $7}' "$jar")
[ -n "$cookie" ] || { echo "sign-in failed"; exit 1; }
for who in anonymous signed-in; do
  h=(); [ "$who" = signed-in ] && h=(-H "Cookie: $cookie")
  npx autocannon -c 16 -d 20 -w 3 "${h[@]}" -H "Accept-Encoding: br" "$URL/workflows" 2>&1 | grep -E "^\│ Req/Sec|^\│ Latency|requests in" | sed "s/^/$who: /"
done
rm -f "$jar"
