#!/usr/bin/env bash
# Runs every test of Vigil on a fresh machine: installs and starts what the tests need
# (Debian's Chromium for browser tests, a throwaway PostgreSQL cluster on a loopback port),
# runs `dotnet test` over the solution, and prints a final line "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (Debian packages)..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; the tests that need them will fail and say so." >&2
fi
export VIGIL_CHROMIUM="${VIGIL_CHROMIUM:-/usr/bin/chromium}"

# A throwaway PostgreSQL cluster (trust auth, 127.0.0.1 only), removed on exit.
pg_dir="$(mktemp -d /tmp/vigil-pg.XXXXXX)"
# A free loopback port, so that several checkouts can run their tests side by side.
pg_port="${VIGIL_TEST_PG_PORT:-}"
while [ -z "$pg_port" ]; do
  p=$(( 20000 + RANDOM % 40000 ))
  ss -ltn 2>/dev/null | grep -q ":$p " || pg_port=$p
done
pg_bin=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
stop_pg() { [ -f "$pg_dir/d/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl -D $pg_dir/d -m fast stop" >/dev/null 2>&1; rm -rf "$pg_dir"; }
# The tests' temporary stores, homes and replay files go into one folder of this run, removed at the end
# (a test that fails keeps nothing behind either; its log below says what happened).
run_tmp="$(mktemp -d /tmp/vigil-run.XXXXXX)"
cleanup() { stop_pg; rm -rf "$run_tmp" "$pg_dir.initdb.log"; }
trap cleanup EXIT
if [ -x "$pg_bin/initdb" ]; then
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"
  if as_pg "$pg_bin/initdb -D $pg_dir/d -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$pg_dir.initdb.log" 2>&1 \
     && as_pg "$pg_bin/pg_ctl -D $pg_dir/d -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' -l $pg_dir/log -w start" >/dev/null 2>&1; then
    export VIGIL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
  else
    { echo "warning: PostgreSQL did not start; PostgreSQL tests will fail. initdb said:"; cat "$pg_dir.initdb.log"; } >&2
  fi
fi

log="$(mktemp /tmp/vigil-test.XXXXXX.log)"
TMPDIR="$run_tmp" dotnet test --solution Vigil.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The final "Test run summary" of Microsoft.Testing.Platform aggregates all test assemblies.
summary="$(awk '/Test run summary/{buf=""} {buf=buf"\n"$0} END{print buf}' "$log")"
passed=$(printf '%b' "$summary" | grep -oE '^ *succeeded: [0-9]+' | grep -oE '[0-9]+' | tail -1)
failed=$(printf '%b' "$summary" | grep -oE '^ *failed: [0-9]+' | grep -oE '[0-9]+' | tail -1)
passed=${passed:-0}; failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "The test run failed before all tests could report (exit $status); see the log above." >&2; fi
echo "$passed passed, $failed failed"
exit "$status"
