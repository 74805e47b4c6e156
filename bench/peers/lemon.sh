#!/bin/sh
# LEMON's network simplex on a DIMACS min-cost-flow file (Debian: apt-get install liblemon-dev).
#   bench/peers/lemon.sh FILE.min     prints optimum, solve_seconds, peak_rss_kb
#   bench/peers/lemon.sh --check      exits 0 when the peer can run, else prints why and exits 3
# The driver is compiled once into bench/target/peers (or $CORRIDOR_PEERS_DIR).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${CORRIDOR_PEERS_DIR:-$here/../target/peers}
bin=$out/lemon-mcf
if [ ! -f /usr/include/lemon/network_simplex.h ]; then
  echo "skipped: LEMON headers not found (/usr/include/lemon; Debian package liblemon-dev)" >&2
  exit 3
fi
if ! command -v g++ >/dev/null 2>&1; then
  echo "skipped: no g++ to build the LEMON driver" >&2
  exit 3
fi
if [ ! -x "$bin" ] || [ "$here/lemon_driver.cc" -nt "$bin" ]; then
  mkdir -p "$out"
  g++ -O2 -std=c++11 -o "$bin" "$here/lemon_driver.cc"
fi
if [ "${1:-}" = "--check" ]; then
  exit 0
fi
exec "$bin" "$@"
