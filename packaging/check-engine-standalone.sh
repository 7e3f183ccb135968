#!/usr/bin/env bash
# The training engine on its own (CTest: engine_standalone): configures core/engine as a project
# of its own against the Debian LibTorch, builds it, checks that no Qt and no OpenCV header
# directory is on any of its include paths, and runs its tests.
#   bash packaging/check-engine-standalone.sh BUILD_DIR
set -euo pipefail
src=$(cd "$(dirname "$0")/../core/engine" && pwd)
build=${1:?usage: check-engine-standalone.sh BUILD_DIR}
fail() { echo "engine-standalone: FAIL: $*" >&2; exit 1; }

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
generator=()
if command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
cmake -S "$src" -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
    >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; fail "configure"; }
cmake --build "$build" -j2 || fail "build"
commands="$build/compile_commands.json"
[ -s "$commands" ] || fail "no $commands"
if grep -Eiq -- '-(I|isystem) ?[^ ]*(qt6|qt5|opencv)' "$commands"; then
    grep -Eio -- '-(I|isystem) ?[^ ]*(qt6|qt5|opencv)[^ ]*' "$commands" | sort -u >&2
    fail "Qt or OpenCV is on the engine's include path"
fi
if grep -Eq 'Qt6|opencv' "$build/CMakeCache.txt"; then
    fail "the standalone configuration found Qt or OpenCV"
fi
echo "engine-standalone: built without Qt or OpenCV; running its tests"
ctest --test-dir "$build" --output-on-failure
