#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building needs, builds Hashiya for packaging in build-deb/ (Release, no tests, Debian's
# hardening flags, installed under /usr) and makes build-deb/hashiya_VERSION_ARCH.deb with `cpack -G DEB`.
# Then: apt install ./build-deb/hashiya_*.deb
HASHIYA_BUILD=${HASHIYA_BUILD:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-deb}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing_packages "${HASHIYA_BUILD_PACKAGES[@]}"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
HASHIYA_CMAKE_OPTIONS+=(
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
    # A packaging build must not fail on a warning that a newer flag brings up.
    -DHASHIYA_WARNINGS_AS_ERRORS=OFF
    "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)"
    "-DCMAKE_SHARED_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)"
)
build_hashiya OFF
say "making the Debian package"
(cd "$HASHIYA_BUILD" && cpack -G DEB >/dev/null)
for deb in "$HASHIYA_BUILD"/hashiya_*.deb; do
    say "made $deb"
done
