#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every reader of outside input with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#   scripts/fuzz.sh [SECONDS] [TARGET...]   SECONDS per target (default 60); targets: article sidecar schema merge
#                                           brat doccano labelstudio colours (default all)
# Builds with clang 14 in build-fuzz/, grows each target's corpus in build-fuzz/corpus/<target>/ from the
# seeds, and keeps any crashing input in build-fuzz/crashes/<target>/; copy it to
# tests/fuzz/regressions/<target>/ once fixed, so the test suite replays it.
HASHIYA_BUILD=${HASHIYA_FUZZ_BUILD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-fuzz}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article sidecar schema merge brat doccano labelstudio colours)

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}" clang-14 libclang-rt-14-dev python3
say "configuring the fuzz targets in ${HASHIYA_BUILD#"$PWD"/}"
# -O1, as libFuzzer advises: nearly as fast to run as -O2, and much quicker to build.
cmake -S "$HASHIYA_ROOT" -B "$HASHIYA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -DNDEBUG" \
      -DCMAKE_CXX_COMPILER=clang++-14 -DHASHIYA_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$HASHIYA_BUILD" --target fuzz_targets -- -j"$(nproc)"
python3 "$HASHIYA_ROOT/tests/fuzz/make_seeds.py" "$HASHIYA_BUILD/seeds" >/dev/null

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in "${targets[@]}"; do
    corpus=$HASHIYA_BUILD/corpus/$target
    crashes=$HASHIYA_BUILD/crashes/$target
    mkdir -p "$corpus" "$crashes"
    log=$HASHIYA_BUILD/fuzz-$target.log
    if "$HASHIYA_BUILD/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
           -max_len=262144 -print_final_stats=1 -artifact_prefix="$crashes/" \
           "$corpus" "$HASHIYA_BUILD/seeds/$target" "$HASHIYA_ROOT/tests/fuzz/regressions/$target" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        say "fuzz $target: ${seconds} s, ${runs:-?} inputs, clean"
    else
        status=1
        say "fuzz $target: FAILED, see $log and $crashes/"
        grep -m 3 -E '^==[0-9]+==ERROR|runtime error|deadly signal' "$log" || true
    fi
done
exit "$status"
