#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kills a scripted tagging session in the real window with SIGKILL, RUNS times (default 300), and checks
# after each kill that the sidecar is a complete state and at most a second of work is missing.
#   scripts/kill-test.sh [RUNS] [SEED]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}" "${HASHIYA_TEST_PACKAGES[@]}"
build_hashiya ON
python3 "$HASHIYA_ROOT/tests/crash/kill_harness.py" "$HASHIYA_BUILD/tests/crash_session" \
        "$HASHIYA_BUILD/bin/hashiya" "$HASHIYA_ROOT/resources/samples" "${1:-300}" ${2:+"$2"}
