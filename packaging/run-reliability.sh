#!/usr/bin/env bash
# Reliability checks (docs/RELIABILITY.md), after the main test run in CI:
#   asan  the core tests (ctest -L core) built with WBC_SANITIZE=address (ASan + UBSan)
#   tsan  the threading tests (thumbnail loader, trainer) built with WBC_SANITIZE=thread
#   fuzz  the libFuzzer targets of tests/fuzz, each for FUZZ_SECONDS (default 20)
# Usage: bash packaging/run-reliability.sh [asan] [tsan] [fuzz]   (default: all three)
# Sanitizer builds use -O1 -g1 and build only the tests they run, to keep CI time in check.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
stages=("$@")
[ "${#stages[@]}" -eq 0 ] && stages=(asan tsan fuzz)

configure() { # DIR SANITIZER
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DWBC_SANITIZE="$2"
}

timed() { # NAME COMMAND...
    local start=$SECONDS
    "${@:2}"
    echo "run-reliability: $1 took $((SECONDS - start)) s"
}

asan() {
    configure build-asan address
    cmake --build build-asan -j"$JOBS" --target wbc_core_tests
    # exitcode: a sanitizer report in a child `wbc` fails the test even where it expects 1.
    # detect_leaks=0: LibTorch, OpenMP and fontconfig keep process-lifetime allocations that
    # LeakSanitizer reports at exit; leaks in our code are left to the ASan runs of the fuzzers.
    ASAN_OPTIONS="exitcode=86:detect_leaks=0:strict_string_checks=1:detect_stack_use_after_return=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=86" \
        ctest --test-dir build-asan -L core --output-on-failure -j"$JOBS" --timeout 1200
}

tsan() {
    configure build-tsan thread
    cmake --build build-tsan -j"$JOBS" --target tst_thumbnailloader tst_trainer
    TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:suppressions=$ROOT/tests/tsan.supp" \
        ctest --test-dir build-tsan -R '^(tst_thumbnailloader|tst_trainer)$' --output-on-failure \
        --timeout 1200
}

fuzz() {
    CXX=clang++ cmake -S tests/fuzz -B build-fuzz -G Ninja
    cmake --build build-fuzz -j"$JOBS"
    for pair in csvreader:csv vocreader:voc modelfile:model; do
        local target=${pair%:*} kind=${pair#*:}
        local args=(-max_total_time="$FUZZ_SECONDS" -print_final_stats=1 -artifact_prefix=build-fuzz/)
        [ -f "tests/fuzz/$kind.dict" ] && args+=(-dict="tests/fuzz/$kind.dict")
        # The first folder collects what the run finds; the seed folder in the repo is read only.
        mkdir -p "build-fuzz/corpus-$kind"
        build-fuzz/"fuzz_$target" "${args[@]}" "build-fuzz/corpus-$kind" "tests/fuzz/corpus/$kind"
    done
}

for stage in "${stages[@]}"; do
    case "$stage" in
    asan | tsan | fuzz) timed "$stage" "$stage" ;;
    *)
        echo "run-reliability: unknown stage '$stage' (asan, tsan, fuzz)" >&2
        exit 2
        ;;
    esac
done
