#!/usr/bin/env bash
# bench-smoke: `bench/run --quick` fills the marked section of a document with a row for every
# measure, each with numbers, and keeps the rest of the document; a document with only one
# marker is refused, untouched.
# Usage: bench_smoke.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir="$1" build_dir="$2"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "bench_smoke: $*" >&2; exit 1; }

doc="$tmp/performance.md"
printf '# Before\n\nkept above\n<!-- bench/run begin -->\nold table\n<!-- bench/run end -->\nkept below\n' >"$doc"
"$source_dir/bench/run" --quick --out "$doc" --build "$build_dir"

grep -qx 'kept above' "$doc" || fail "the text above the section is gone"
grep -qx 'kept below' "$doc" || fail "the text below the section is gone"
grep -qx 'old table' "$doc" && fail "the old section is still there"
grep -q '^Machine: [0-9]* cores, .*load average.*git commit' "$doc" || fail "no machine line"
grep -qF '`bench/run --quick --out' "$doc" || fail "the command is not written"

rows=$(sed -n '/^<!-- bench\/run begin -->$/,/^<!-- bench\/run end -->$/p' "$doc" | grep '^| ' | tail -n +2)
# The measures the brief names, each must be there once.
for measure in 'Untimed playback, wall.*ffmpeg' 'Untimed playback, CPU' 'vs mpv --untimed' 'First frame' 'Peak RSS' \
  'Exact seek p50' 'Exact seek p99' 'Frames decoded per exact seek' 'vs ffmpeg -re' 'Realtime.*vs mpv --vo=null' \
  'Windowed CPU.*vs mpv --vo=x11' 'Windowed CPU.*vs ffplay' 'One core' 'Answer to durable p50' \
  'Answer to durable p99' 'Upload to the test LRS'; do
  [ "$(grep -c -- "$measure" <<<"$rows")" = 1 ] || fail "no single row for '$measure' in:
$rows"
done
number='^-?[0-9]+(\.[0-9]+)?$'
while IFS='|' read -r _ measure ours reference ratio target met _; do
  ours=$(xargs <<<"$ours") reference=$(xargs <<<"$reference") ratio=$(xargs <<<"$ratio") met=$(xargs <<<"$met")
  [[ $ours =~ $number ]] || fail "row '$measure': ours is '$ours', not a number"
  if [ "$reference" != "—" ]; then
    [[ $reference =~ $number ]] || fail "row '$measure': reference is '$reference', not a number"
  fi
  [ "$ratio" = "—" ] || [[ $ratio =~ $number ]] || fail "row '$measure': ratio is '$ratio'"
  case "$met" in yes | no | —) ;; *) fail "row '$measure': met? is '$met'" ;; esac
done <<<"$rows"

# One marker only: refused with a message naming the file, and the file is left as it was.
printf 'text\n<!-- bench/run begin -->\n' >"$tmp/broken.md"
cp "$tmp/broken.md" "$tmp/broken.orig"
status=0
"$source_dir/bench/run" --quick --out "$tmp/broken.md" --build "$build_dir" 2>"$tmp/err" || status=$?
[ "$status" = 2 ] || fail "one marker: exit $status, not 2"
grep -qF "$tmp/broken.md: needs one" "$tmp/err" || fail "one marker: message was: $(cat "$tmp/err")"
cmp -s "$tmp/broken.md" "$tmp/broken.orig" || fail "one marker: the file was changed"
echo "bench_smoke: $(wc -l <<<"$rows") rows, all with numbers"
