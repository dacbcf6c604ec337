#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-package.sh [BUILD]: checks what `cmake --install` and `cpack -G DEB` make of a built tree (default:
# build/): the desktop entry and the AppStream data validate, every file lands where it should, the program
# installed into a scratch prefix runs and prefers its installed translations, the .deb has its
# dependencies, a stripped executable and no lintian error. Nothing outside a scratch folder is touched.
# Exits 77 (a skip, for ctest) when a tool it needs is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)

missing=()
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream cpack:cmake dpkg-deb:dpkg \
            dpkg-shlibdeps:dpkg-dev lintian:lintian readelf:binutils; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool%%:*} (Debian package ${tool#*:})")
done
if ((${#missing[@]})); then
    echo "skipped: missing ${missing[*]}; ./test.sh installs them"
    exit 77
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
step() { echo "== $*"; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ -n $version ]] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"

step "desktop-file-validate org.hashiya.Hashiya.desktop"
desktop-file-validate "$root/resources/org.hashiya.Hashiya.desktop" || fail "the desktop entry does not validate"

step "cmake --install into a scratch prefix"
prefix=$scratch/usr
cmake --install "$build" --prefix "$prefix" >/dev/null
expected=(
    bin/hashiya
    share/applications/org.hashiya.Hashiya.desktop
    share/metainfo/org.hashiya.Hashiya.metainfo.xml
    share/mime/packages/org.hashiya.Hashiya.xml
    share/icons/hicolor/scalable/apps/org.hashiya.Hashiya.svg
    share/man/man1/hashiya.1.gz
    share/bash-completion/completions/hashiya
    share/doc/hashiya/copyright
    share/doc/hashiya/changelog.gz
    share/hashiya/translations/hashiya_en.qm
    share/hashiya/translations/hashiya_tr.qm
    share/hashiya/translations/hashiya_ar.qm
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/org.hashiya.Hashiya.png")
done
for file in "${expected[@]}"; do
    [[ -f $prefix/$file ]] || fail "cmake --install did not install $file"
done
echo "all ${#expected[@]} files installed"

step "appstreamcli validate --no-net org.hashiya.Hashiya.metainfo.xml"
appstreamcli validate --no-net "$prefix/share/metainfo/org.hashiya.Hashiya.metainfo.xml" ||
    fail "the AppStream metainfo does not validate"

step "the installed program runs"
"$prefix/bin/hashiya" --version | tee "$scratch/version"
grep -q "^hashiya $version" "$scratch/version" || fail "hashiya --version does not say $version"

step "the installed program prefers its installed translations over the built-in ones"
english() { env -u LANGUAGE LC_ALL="$1" "$2" --help | head -n 1; }
arabic=$(english ar_EG.UTF-8 "$prefix/bin/hashiya")
turkish=$(english tr_TR.UTF-8 "$prefix/bin/hashiya")
[[ $arabic != "$turkish" ]] || fail "the Turkish and the Arabic help are the same: no translation loaded"
cp "$prefix/share/hashiya/translations/hashiya_ar.qm" "$prefix/share/hashiya/translations/hashiya_tr.qm"
[[ $(english tr_TR.UTF-8 "$prefix/bin/hashiya") == "$arabic" ]] ||
    fail "with hashiya_tr.qm replaced by the Arabic one, the Turkish help did not change: the built-in one won"
echo "yes: $turkish → $arabic"

step "cpack -G DEB"
(cd "$scratch" && cpack -G DEB -B "$scratch/deb" --config "$build/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1) ||
    { cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
deb=$scratch/deb/hashiya_${version}_$(dpkg --print-architecture).deb
[[ -f $deb ]] || fail "cpack made no ${deb##*/}"
dpkg-deb --field "$deb" Package Version Depends Recommends
depends=$(dpkg-deb --field "$deb" Depends)
for package in libqt6core6 libqt6widgets6 libc6 libqt6svg6; do
    [[ $depends == *"$package"* ]] || fail "the package does not depend on $package"
done
[[ $(dpkg-deb --field "$deb" Recommends) == *libkf5syntaxhighlighting-tools* ]] ||
    fail "the package does not recommend libkf5syntaxhighlighting-tools"
dpkg-deb -x "$deb" "$scratch/unpacked"
if readelf -S "$scratch/unpacked/usr/bin/hashiya" | grep -q '\.debug_info'; then
    fail "usr/bin/hashiya in the package is not stripped"
fi
"$scratch/unpacked/usr/bin/hashiya" --version >/dev/null || fail "the packaged hashiya does not run"
echo "${deb##*/}: $(stat -c %s "$deb") bytes, stripped executable runs"

step "lintian ${deb##*/} (errors fail)"
status=0
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1 || status=$?
grep -v '^running with root privileges' "$scratch/lintian.log" || true
((status == 0)) || fail "lintian reports errors (exit $status)"
echo "no lintian error"
