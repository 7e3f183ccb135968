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

# The core tests that read untrusted input, write the project or run `wbc` (whose ASan build
# they then exercise). ASAN_TESTS=all runs every core test (ctest -L core): about 3 more
# minutes of build and run on 2 cores (docs/RELIABILITY.md).
ASAN_TESTS=${ASAN_TESTS:-"tst_csvreader tst_csvwriter tst_vocreader tst_imagefile tst_projectstore
    tst_datasetimporter tst_modelfile tst_thumbnailcache tst_wbcdetector tst_imagepipeline
    tst_projectlock tst_cli tst_badinput tst_diskfull tst_migration tst_datasetexporter
    tst_powercut tst_untrustedproject"}

asan() {
    configure build-asan address
    local targets select
    if [ "$ASAN_TESTS" = all ]; then
        targets=(wbc_core_tests)
        select=(-L core)
    else
        read -r -a targets <<<"$(echo $ASAN_TESTS)"
        select=(-R "^($(echo $ASAN_TESTS | tr ' ' '|'))\$")
    fi
    cmake --build build-asan -j"$JOBS" --target "${targets[@]}"
    # exitcode: a sanitizer report in a child `wbc` fails the test even where it expects 1.
    # detect_leaks=0: LibTorch, OpenMP and fontconfig keep process-lifetime allocations that
    # LeakSanitizer reports at exit (the fuzz targets run with leak detection on).
    ASAN_OPTIONS="exitcode=86:detect_leaks=0:strict_string_checks=1:detect_stack_use_after_return=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=86" \
        ctest --test-dir build-asan "${select[@]}" --output-on-failure -j"$JOBS" --timeout 1200
}

tsan() {
    configure build-tsan thread
    cmake --build build-tsan -j"$JOBS" --target tst_thumbnailloader tst_trainer
    # ignore_noninstrumented_modules and tests/tsan.supp: Qt, OpenCV and LibTorch are not
    # instrumented; the file says which hand-offs inside them TSan cannot see. history_size=7:
    # the suppressions match the older access's stack, which TSan must still have.
    TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1:history_size=7:ignore_noninstrumented_modules=1:suppressions=$ROOT/tests/tsan.supp" \
    QT_QPA_PLATFORM=offscreen ctest --test-dir build-tsan -R '^(tst_thumbnailloader|tst_trainer)$' \
        --output-on-failure --timeout 1200
}

fuzz() {
    CXX=clang++ cmake -S tests/fuzz -B build-fuzz -G Ninja
    cmake --build build-fuzz -j"$JOBS"
    for pair in csvreader:csv vocreader:voc modelfile:model imageheader:image; do
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
