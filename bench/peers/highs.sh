#!/bin/sh
# The HiGHS command line on an MPS file, built from HiGHS's source (nothing is downloaded here):
# the source is $HIGHS_SOURCE (a source folder, or a bare git directory whose HEAD is taken), else
# /work/.mirror/ERGO-Code+HiGHS/repo when present. Built once with cmake into bench/target/peers
# (or $CORRIDOR_PEERS_DIR). With $HIGHS_BIN set to an existing `highs` executable, that one is used.
#   bench/peers/highs.sh FILE.mps [HiGHS options ...]   runs `highs --model_file FILE.mps OPTIONS`
#   bench/peers/highs.sh --check                        builds if needed; exits 0 when ready, else 3
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${CORRIDOR_PEERS_DIR:-$here/../target/peers}
bin=${HIGHS_BIN:-$out/highs-build/bin/highs}
if [ ! -x "$bin" ]; then
  src=${HIGHS_SOURCE:-/work/.mirror/ERGO-Code+HiGHS/repo}
  if [ ! -e "$src" ]; then
    echo "skipped: no HiGHS source (set HIGHS_SOURCE to a HiGHS source folder)" >&2
    exit 3
  fi
  if ! command -v cmake >/dev/null 2>&1 || ! command -v g++ >/dev/null 2>&1; then
    echo "skipped: cmake and g++ are needed to build HiGHS" >&2
    exit 3
  fi
  mkdir -p "$out"
  if [ -f "$src/CMakeLists.txt" ]; then
    tree=$src
  else
    tree=$out/highs-src
    rm -rf "$tree" && mkdir -p "$tree"
    git --git-dir="$src" archive HEAD | tar -x -C "$tree"
  fi
  echo "building HiGHS from $src into $out/highs-build (several minutes)" >&2
  cmake -S "$tree" -B "$out/highs-build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DBUILD_EXAMPLES=OFF \
    -DBUILD_SHARED_LIBS=OFF -DZLIB=OFF >"$out/highs-cmake.log" 2>&1 \
    || { echo "skipped: HiGHS cmake failed, see $out/highs-cmake.log" >&2; exit 3; }
  cmake --build "$out/highs-build" --target highs-bin -j "${HIGHS_BUILD_JOBS:-2}" >"$out/highs-build.log" 2>&1 \
    || { echo "skipped: HiGHS build failed, see $out/highs-build.log" >&2; exit 3; }
  bin=$out/highs-build/bin/highs
  [ -x "$bin" ] || { echo "skipped: the HiGHS build made no $bin" >&2; exit 3; }
fi
if [ "${1:-}" = "--check" ]; then
  exit 0
fi
model=$1
shift
exec "$bin" --model_file "$model" "$@"
