#!/usr/bin/env bash
# Builds the Debian package from the already built tree (cpack -G DEB) and checks what a
# school would install: the two executables, their man pages, the .desktop entry, the
# MIME type and the icon, no test or benchmark binary, the shared libraries' packages in
# Depends; then unpacks it into a scratch root and runs both programs from there.
#   package_deb_test.sh BUILD_DIR WORK_DIR VERSION
set -euo pipefail
build=$1 work=$2 version=$3
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/install-deps.sh --test)"; exit 77; }
done
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
  fail "cpack failed: $(tail -20 "$work/cpack.log")"
deb=$(find "$work" -maxdepth 1 -name "cuepoint_${version}*.deb" | head -1)
[ -n "$deb" ] || fail "no cuepoint_${version}*.deb in $work: $(ls "$work")"

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in ./usr/bin/cuepoint ./usr/bin/cuepoint-author \
  ./usr/share/man/man1/cuepoint.1.gz ./usr/share/man/man1/cuepoint-author.1.gz \
  ./usr/share/applications/cuepoint.desktop ./usr/share/mime/packages/cuepoint.xml \
  ./usr/share/icons/hicolor/scalable/apps/cuepoint.svg; do
  grep -qx -- "$path" <<<"$contents" || fail "the package does not hold $path; it holds:
$contents"
done
if grep -E 'tests|bench|fuzz' <<<"$(grep '^./usr/bin/' <<<"$contents")"; then
  fail "the package installs test or benchmark programs"
fi

info=$(dpkg-deb -I "$deb")
depends=$(dpkg-deb -f "$deb" Depends)
for library in libavcodec libavformat libswscale libsdl2 libsqlite3 libpango-1.0 libcairo2 libcurl libarchive \
  libpugixml libicu libuuid; do
  grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
[ "$(dpkg-deb -f "$deb" Section)" = education ] || fail "Section is not education: $info"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version: $info"

root="$work/root"
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/cuepoint" --version | grep -qx "cuepoint $version" || fail "the installed cuepoint does not run"
"$root/usr/bin/cuepoint-author" --help >/dev/null || fail "the installed cuepoint-author does not run"
# Man pages compressed as Debian wants, and readable.
gzip -t "$root/usr/share/man/man1/cuepoint.1.gz" || fail "cuepoint.1.gz is not gzip"
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1); Depends: $depends"
