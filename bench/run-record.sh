#!/usr/bin/env bash
# Response path benchmark (a part of bench/run), each against a reference run beside it:
#  1. answer to durable: Recorder::answered (attempt row + xAPI statement, one synchronous=FULL
#     transaction) against a bare SQLite WAL+FULL commit of a row as large as the statement,
#     interleaved one by one in one process (cuepoint-bench-record durable);
#  2. upload throughput to the test LRS (tests/lrs, on loopback): `cuepoint upload` against one
#     curl process posting the same number of statements, made the same way, in the same batch
#     size over one connection. Each round uses fresh statements, so nothing is a re-send.
# Usage: bench/run-record.sh [build-dir]   (BENCH_QUICK=1: one round, fewer answers and statements)
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"

build="$(cd "${1:-$bench_root/build}" && pwd)"
bin="$build/bin"
work="$build/bench-record"
mkdir -p "$work"
need_tools curl node npm
cmake --build "$build" -j2 --target cuepoint cuepoint-bench-record >/dev/null
lesson="$bench_root/samples/intro-fractions/lesson.xml"
if bench_quick; then answers=50 statements=200; else answers=500 statements=2000; fi
batch=50

durable_line=$("$bin/cuepoint-bench-record" durable "$lesson" "$work/durable" "$answers")
bytes=$(field statement_bytes "$durable_line")
for p in 50 99; do
  o=$(field "ours_p${p}_ms" "$durable_line") r=$(field "bare_p${p}_ms" "$durable_line")
  row "Answer to durable p$p, ms ($answers answers) vs bare WAL+FULL commit of $bytes B" "$o" "$r" "$(ratio "$o" "$r")" "ratio <= 1.5"
done

bash "$bench_root/tests/lrs/install.sh" >/dev/null
port=$((20000 + RANDOM % 20000))
"$bench_root/tests/lrs/start-lrs.sh" "$port" "$work/lrs.log" >"$work/lrs.out" 2>&1 &
lrs_pid=$!
trap 'kill $lrs_pid 2>/dev/null || true' EXIT
for _ in $(seq 300); do
  grep -q '^ready' "$work/lrs.out" 2>/dev/null && break
  kill -0 "$lrs_pid" 2>/dev/null || { cat "$work/lrs.out" >&2; exit 1; }
  sleep 0.1
done
grep -q '^ready' "$work/lrs.out" || { echo "bench/run-record.sh: the test LRS did not start (see $work/lrs.log)" >&2; exit 1; }
endpoint="http://127.0.0.1:$port/xAPI/"

# A curl config posting every batch file of $1 in order over one connection; each answer must be 200.
curl_config() {
  local first=1 file
  for file in "$1"/batch-*.json; do
    [ "$first" = 1 ] || echo next
    first=0
    printf 'url = "%sstatements"\nuser = "bench:bench"\ndata-binary = "@%s"\n' "$endpoint" "$file"
    printf 'header = "Content-Type: application/json"\nheader = "X-Experience-API-Version: 1.0.3"\n'
    printf 'silent\nshow-error\nfail\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n'
  done
}

sent=$((statements + 1))  # the answers and the session's "initialized"
rate_since() { awk -v n="$sent" -v s="$(elapsed "$1")" 'BEGIN { printf "%.0f", n / s }'; }
upload_ours() {
  local start
  start=$(now)
  "$bin/cuepoint" upload --db "$work/ours.sqlite" --endpoint "$endpoint" --user bench --password bench \
    --batch "$batch" >"$work/upload.out"
  ours_rate+=("$(rate_since "$start")")
  grep -q "^sent: $sent," "$work/upload.out" ||
    { echo "bench: cuepoint upload did not send all $sent: $(cat "$work/upload.out")" >&2; exit 1; }
}
upload_bare() {
  local start
  start=$(now)
  curl -K "$work/curl.cfg" >"$work/curl.out"
  bare_rate+=("$(rate_since "$start")")
  if grep -qv '^200$' "$work/curl.out"; then echo "bench: the LRS refused a batch from curl" >&2; exit 1; fi
}
declare -a ours_rate bare_rate
for round in $(seq "$(bench_rounds)"); do
  "$bin/cuepoint-bench-record" fill "$lesson" "$work/ours.sqlite" "$statements" >/dev/null
  "$bin/cuepoint-bench-record" fill "$lesson" "$work/bare.sqlite" "$statements" >/dev/null
  rm -rf "$work/batches"
  "$bin/cuepoint-bench-record" batches "$work/bare.sqlite" "$work/batches" "$batch" >/dev/null
  curl_config "$work/batches" >"$work/curl.cfg"
  # Alternating who goes first: the in-memory LRS gets slower as it fills.
  if [ $((round % 2)) = 1 ]; then upload_ours; upload_bare; else upload_bare; upload_ours; fi
  echo "round $round: cuepoint upload ${ours_rate[-1]}/s, curl ${bare_rate[-1]}/s" >&2
done
o=$(median_of "${ours_rate[@]}") r=$(median_of "${bare_rate[@]}")
row "Upload to the test LRS, statements/s (batch $batch, $((statements + 1)) a round) vs curl" "$o" "$r" "$(ratio "$o" "$r")" "ratio >= 0.8"
