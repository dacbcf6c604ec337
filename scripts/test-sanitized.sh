#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer in build-sanitized/ and runs the
# whole test suite under them: a memory error, a leak in Hashiya's code or undefined behaviour fails the
# test that caused it. Leaks in system libraries outside the project are listed in tests/sanitizers/.
HASHIYA_BUILD=${HASHIYA_BUILD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-sanitized}
HASHIYA_CMAKE_OPTIONS=(-DHASHIYA_SANITIZE=ON)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}" "${HASHIYA_TEST_PACKAGES[@]}"
build_hashiya ON
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# No detect_stack_use_after_return: Catch2 2.13's GENERATE reads values the way that check reports.
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$HASHIYA_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
ctest --test-dir "$HASHIYA_BUILD" --no-tests=error --output-on-failure --timeout 900 -j"$(nproc)" || status=$?
if [ "$status" -eq 0 ]; then
    say "all tests passed under AddressSanitizer and UndefinedBehaviorSanitizer"
else
    say "tests failed under the sanitizers (ctest exit status $status)"
fi
exit "$status"
