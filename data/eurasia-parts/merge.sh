#!/usr/bin/env bash
# Builds data/eurasia from data/eurasia-parts/{common,oil,gas}: CSV bodies concatenated (exact duplicate
# lines dropped), YAML lists concatenated, scenarios copied. Run from anywhere.
set -euo pipefail
parts="$(cd "$(dirname "$0")" && pwd)"
out="$parts/../eurasia"
rm -rf "$out"; mkdir -p "$out/scenarios"
for t in sources countries blocs memberships commodities conversions passages nodes links supply demand; do
  first=""
  for p in common oil gas; do
    f="$parts/$p/$t.csv"; [ -f "$f" ] || continue
    if [ -z "$first" ]; then head -n 1 "$f" > "$out/$t.csv"; first="$f"; fi
    tail -n +2 "$f" | grep -v '^[[:space:]]*$' >> "$out/$t.csv.body" || true
  done
  if [ -f "$out/$t.csv.body" ]; then awk '!seen[$0]++' "$out/$t.csv.body" >> "$out/$t.csv"; rm "$out/$t.csv.body"; fi
done
for y in policies claims; do
  : > "$out/$y.yaml"
  for p in common oil gas; do
    f="$parts/$p/$y.yaml"; [ -f "$f" ] && { cat "$f"; echo; } >> "$out/$y.yaml"
  done
  [ -s "$out/$y.yaml" ] || rm "$out/$y.yaml"
done
for p in common oil gas; do
  [ -d "$parts/$p/scenarios" ] && cp "$parts/$p/scenarios/"*.yaml "$out/scenarios/" 2>/dev/null || true
done
[ -f "$parts/common/dataset.yaml" ] && cp "$parts/common/dataset.yaml" "$out/"
echo "merged into $out"
