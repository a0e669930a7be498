#!/usr/bin/env bash
# The .desktop entry passes desktop-file-validate and opens .cuepoint packages with the
# player; the MIME type is well-formed shared-mime-info XML that names *.cuepoint and
# the zip magic of a package whose first entry is its manifest; the icon is an SVG.
#   desktop_files_test.sh PACKAGING_DIR
set -euo pipefail
dir=$1
for tool in desktop-file-validate xmllint; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/install-deps.sh --test)"; exit 77; }
done
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$dir/cuepoint.desktop" || fail "desktop-file-validate refuses cuepoint.desktop"
grep -qx 'Exec=cuepoint %f' "$dir/cuepoint.desktop" || fail "the desktop entry does not run 'cuepoint %f'"
grep -qx 'MimeType=application/x-cuepoint;' "$dir/cuepoint.desktop" || fail "the desktop entry does not open application/x-cuepoint"

xmllint --noout "$dir/cuepoint-mime.xml" || fail "cuepoint-mime.xml is not well-formed"
mime=$(xmllint --xpath '//*[local-name()="mime-type"]/@type' "$dir/cuepoint-mime.xml")
[[ $mime == *'application/x-cuepoint'* ]] || fail "the MIME file does not define application/x-cuepoint: $mime"
glob=$(xmllint --xpath 'string(//*[local-name()="glob"]/@pattern)' "$dir/cuepoint-mime.xml")
[ "$glob" = '*.cuepoint' ] || fail "the MIME type's glob is '$glob', not '*.cuepoint'"

# update-mime-database accepts it: built into a scratch MIME database.
if command -v update-mime-database >/dev/null; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/packages"
  cp "$dir/cuepoint-mime.xml" "$scratch/packages/cuepoint.xml"
  update-mime-database "$scratch" 2>"$scratch/err" || fail "update-mime-database refuses it: $(cat "$scratch/err")"
  grep -q 'application/x-cuepoint' "$scratch/globs2" || fail "update-mime-database did not register the glob"
fi

xmllint --noout "$dir/cuepoint.svg" || fail "cuepoint.svg is not well-formed"
root=$(xmllint --xpath 'name(/*)' "$dir/cuepoint.svg")
[ "$root" = svg ] || fail "cuepoint.svg's root element is '$root'"
echo "desktop entry, MIME type and icon are valid"
