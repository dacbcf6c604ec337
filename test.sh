#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite (unit, GUI on the offscreen platform,
# command line, documentation snippets, a dozen kills of a tagging session, the peer-tool samples when
# ../shared/interop exists), then fuzzes each reader of outside input for a few seconds.
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}" "${HASHIYA_TEST_PACKAGES[@]}"
build_hashiya ON
count=$(ctest --test-dir "$HASHIYA_BUILD" -N | sed -n 's/^Total Tests: //p')
say "running $count tests"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
status=0
ctest --test-dir "$HASHIYA_BUILD" --no-tests=error --output-on-failure --timeout 300 -j"$(nproc)" || status=$?
say "fuzzing each reader of outside input for 8 seconds"
"$HASHIYA_ROOT/scripts/fuzz.sh" 8 || status=1
if [ "$status" -eq 0 ]; then
    say "all $count tests passed"
else
    say "tests failed (see above)"
fi
exit "$status"
