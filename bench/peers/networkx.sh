#!/bin/sh
# NetworkX's network simplex on a DIMACS min-cost-flow file (Debian: apt-get install python3-networkx).
#   bench/peers/networkx.sh FILE.min     prints optimum, solve_seconds, peak_rss_kb, version
#   bench/peers/networkx.sh --check      exits 0 when the peer can run, else prints why and exits 3
# Debian's /usr/bin/python3 is tried first, then python3 on the PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=
for p in /usr/bin/python3 python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import networkx' 2>/dev/null; then
    py=$p
    break
  fi
done
if [ -z "$py" ]; then
  echo "skipped: no python3 with networkx (Debian package python3-networkx)" >&2
  exit 3
fi
if [ "${1:-}" = "--check" ]; then
  exit 0
fi
exec "$py" "$here/networkx_mcf.py" "$@"
