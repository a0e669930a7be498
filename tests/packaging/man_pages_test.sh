#!/usr/bin/env bash
# Every option and subcommand that `--help` prints, of both executables and of every
# subcommand (and sub-subcommand), appears in the man page, so the pages cannot drift
# from the programs; and groff reads the pages without a warning.
#   man_pages_test.sh CUEPOINT CUEPOINT_AUTHOR MAN_DIR
set -euo pipefail
cuepoint=$1 author=$2 man_dir=$3
failures=0

# The page's text with roff's escaped hyphens as plain ones.
page_text() { sed -e 's/\\-/-/g' -e 's/\\(en/-/g' "$1"; }

# The subcommand names a --help output lists under "Subcommands:".
subcommands_of() {
  awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1; next} on && /^[^ ]/ {on = 0}'
}

# Checks one program's help, then recurses into its subcommands. PATH_WORDS is the
# subcommand path so far ("chapter list"), which the page must name as a whole.
check() {
  local page=$1 path_words=$2; shift 2
  local help
  help=$("$@" --help)
  local text
  text=$(page_text "$page")
  local option
  for option in $(grep -oE -- '--[a-z][a-z0-9-]+' <<<"$help" | sort -u); do
    [ "$option" = --help ] && continue
    if ! grep -qF -- "$option" <<<"$text"; then
      echo "FAIL: $(basename "$page") does not mention '$option' of '$*'" >&2
      failures=$((failures + 1))
    fi
  done
  local sub
  for sub in $(subcommands_of <<<"$help"); do
    local named="${path_words:+$path_words }$sub"
    if ! grep -qE -- "(^|[ \"])$named( |\"|$)" <<<"$text"; then
      echo "FAIL: $(basename "$page") does not describe the subcommand '$named'" >&2
      failures=$((failures + 1))
    fi
    check "$page" "$named" "$@" "$sub"
  done
}

check "$man_dir/cuepoint.1" "" "$cuepoint"
check "$man_dir/cuepoint-author.1" "" "$author"

if command -v groff >/dev/null; then
  for page in "$man_dir"/*.1; do
    warnings=$(groff -man -ww -z "$page" 2>&1 || true)
    if [ -n "$warnings" ]; then
      echo "FAIL: groff warns about $(basename "$page"): $warnings" >&2
      failures=$((failures + 1))
    fi
  done
fi
[ "$failures" -eq 0 ] && echo "man pages cover every option"
exit $((failures > 0))
