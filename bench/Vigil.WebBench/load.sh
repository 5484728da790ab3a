#!/usr/bin/env bash
# Loads the dashboard's triage and search pages with wrk (50 connections, bounded duration) against
# `vigil serve` on a store, and prints latency percentiles and the server's memory (docs/benchmarks.md).
#   bench/Vigil.WebBench/load.sh STORE [DURATION=30s] [CONNECTIONS=50]
# Build first: dotnet build src/Vigil.Cli -c Release. Uses a throwaway VIGIL_HOME and account; the
# account and its token land in STORE's security database (<store>.security.db).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
store="$1"; duration="${2:-30s}"; connections="${3:-50}"
vigil="$root/src/Vigil.Cli/bin/Release/net10.0/vigil"
export VIGIL_HOME="$(mktemp -d /tmp/vigil-webbench.XXXXXX)"
port=$(( 20000 + RANDOM % 40000 ))
user="bench$RANDOM"
printf 'bench-password-1\nbench-password-1\n' | "$vigil" user add "$user" --role analyst --store "$store" >/dev/null
token="$("$vigil" user token "$user" --store "$store" | grep -o 'vgl_[0-9a-f]*' | head -1)"
"$vigil" serve --store "$store" --urls "http://127.0.0.1:$port" > "$VIGIL_HOME/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$VIGIL_HOME"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done
echo "serving $store on port $port (pid $pid); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in triage search; do
  # One warm-up request per page kind (first-use costs: JIT, page compilation, SQLite cache).
  t0=$(date +%s.%N); curl -s -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/$page?q=boat"
  echo "first $page request: $(echo "$(date +%s.%N) - $t0" | bc) s"
  PAGE=$page wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$duration" --timeout 10s -s "$root/bench/Vigil.WebBench/pages.lua" \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port" | grep RESULT
  grep -E 'VmRSS|VmHWM' /proc/$pid/status | tr -s ' ' | tr '\n' ' '; echo
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
