#!/usr/bin/env bash
# Load test of the web pages with wrk (Debian's package wrk), the issue's way to measure them:
# 50 connections for 60 seconds against `tizim serve` on the load database of web.BenchmarkLoad,
# anonymous and logged in as an editor. wrk's client costs far less CPU than Go's net/http
# client, which in BenchmarkLoad shares the two cores with the server; the server's own CPU per
# request is read from /proc and reported beside wrk's percentiles.
#
#   bench/wrk/run.sh [search|person ...]
#
# TIZIM_BENCH_DB (default /tmp/tizim-load-1m.db) is the database: made once, by BenchmarkLoad's
# seeding, with TIZIM_BENCH_PEOPLE records (default 1,000,000), when it does not exist.
# TIZIM_WRK_SECONDS (default 60), TIZIM_WRK_CONNECTIONS (default 50).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

db=${TIZIM_BENCH_DB:-/tmp/tizim-load-1m.db}
people=${TIZIM_BENCH_PEOPLE:-1000000}
seconds=${TIZIM_WRK_SECONDS:-60}
conns=${TIZIM_WRK_CONNECTIONS:-50}
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(search person)
port=18181
work=$(mktemp -d /tmp/tizim-wrk.XXXXXX)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -e "$db" ]; then
  echo "seeding $db with $people records (BenchmarkLoad's records)"
  TIZIM_BENCH_DB=$db TIZIM_BENCH_PEOPLE=$people go test -run XXX -bench 'Load/person/anonymous' -benchtime 1x -timeout 1h ./web/ >/dev/null
fi
go build -o "$work/tizim" ./cmd/tizim
password=wrk-bench-password-$RANDOM$RANDOM
"$work/tizim" user add --db "$db" --role editor wrkbench >/dev/null 2>&1 || true
echo "$password" | "$work/tizim" user passwd --db "$db" --stdin wrkbench >/dev/null

"$work/tizim" serve --db "$db" --addr 127.0.0.1:$port >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do
  grep -q 'name index ready' "$work/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
cookie=$(curl -s -D - -o /dev/null -X POST --data-urlencode name=wrkbench \
  --data-urlencode "password=$password" "http://127.0.0.1:$port/login" | grep -o '__Host-tizim=[^;]*')
[ -n "$cookie" ] || { echo "could not log in" >&2; exit 1; }

# cpu returns the server's user + system time in clock ticks.
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
for page in "${pages[@]}"; do
  for role in anonymous editor; do
    c=
    [ "$role" = editor ] && c=$cookie
    before=$(cpu)
    out=$(TIZIM_PAGE=$page TIZIM_PEOPLE=$people TIZIM_COOKIE=$c \
      wrk -t2 -c"$conns" -d"${seconds}s" -s bench/wrk/pages.lua "http://127.0.0.1:$port")
    after=$(cpu)
    n=$(echo "$out" | awk '/^requests /{print $2+0}')
    echo "$page/$role: $(echo "$out" | awk '/^requests |^p[0-9]/' | paste -sd' ')" \
      "server CPU $(awk -v t=$((after - before)) -v hz="$hz" -v n="$n" 'BEGIN{printf "%.0f µs", t / hz * 1e6 / n}') per request"
  done
done
