#!/usr/bin/env bash
# Loads the dashboard's triage and search pages with wrk (50 connections, bounded duration) against
# `vigil serve` on a store, and prints latency percentiles and the server's memory (docs/benchmarks.md).
#   bench/Vigil.WebBench/load.sh STORE [DURATION=30s] [CONNECTIONS=50]
# Build first: dotnet build src/Vigil.Cli -c Release. Uses a throwaway VIGIL_HOME and account; the
# account and its token land in STORE's security database (<store>.security.db).
# Besides wrk's latencies it prints the server's CPU time per request (user+system time of the server
# process from /proc/PID/stat during the run, divided by the requests served): a figure that stays
# comparable when other work shares the machine, unlike the latencies.
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
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$VIGIL_HOME"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done
echo "serving $store on port $port (pid $pid); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in triage search; do
  # First request per page kind (first-use costs: page compilation, SQLite cache), then an unmeasured
  # warm-up run of the same load (WARMUP, default 10s): the JIT's tier-up of hot methods otherwise
  # takes a large share of the measured run's CPU.
  t0=$(date +%s.%N); curl -s -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/$page?q=boat"
  echo "first $page request: $(echo "$(date +%s.%N) - $t0" | bc) s"
  PAGE=$page wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${WARMUP:-10s}" --timeout 10s -s "$root/bench/Vigil.WebBench/pages.lua" \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port" > /dev/null
  cpu0=$(cpu_ticks)
  result="$(PAGE=$page wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$duration" --timeout 10s -s "$root/bench/Vigil.WebBench/pages.lua" \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port" | grep RESULT)"
  cpu1=$(cpu_ticks)
  requests=$(echo "$result" | grep -o 'requests=[0-9]*' | cut -d= -f2)
  echo "$result server_cpu_ms_per_request=$(echo "scale=2; ($cpu1 - $cpu0) * 1000 / $(getconf CLK_TCK) / $requests" | bc)"
  # RssFile counts the store's pages mapped by the reader connections (mmap_size) once per connection
  # that maps them: OS page cache shared with every other reader of the file, not memory the server
  # owns (RssAnon). Pss divides each shared page among its mappings, so it counts each page once.
  grep -E 'VmRSS|VmHWM|RssAnon|RssFile' /proc/$pid/status | tr -s ' ' | tr '\n' ' '
  grep -E '^(Pss|Pss_Anon|Pss_File):' /proc/$pid/smaps_rollup | tr -s ' ' | tr '\n' ' '; echo
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
