# shellcheck shell=bash
# Shell helpers of the benchmark scripts (sourced, not run): timing, medians, CPU time,
# the result rows bench/run turns into the table, and an Xvfb display.
# A part script sets `work` (its scratch folder) before it calls cpu_seconds.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# BENCH_QUICK=1 (bench/run --quick): one round, short clips, fewer samples.
bench_quick() { [ "${BENCH_QUICK:-0}" = 1 ]; }
# Rounds of each interleaved comparison.
bench_rounds() { if bench_quick; then echo 1; else echo 3; fi; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
# The median of the numbers on stdin, one a line (the lower middle of an even count).
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)] }'; }
# The median of the arguments.
median_of() { printf '%s\n' "$@" | median; }

# CPU seconds (user + sys, children included) of a command: unlike wall time, barely
# affected by other work on a shared machine. Its stdout goes to $work/cpu_out; its
# peak RSS (KiB) is then $(peak_rss_kib).
cpu_seconds() {
  /usr/bin/time -f '%U %S %M' -o "$work/cpu" "$@" >"$work/cpu_out"
  awk '{ print $1 + $2 }' "$work/cpu"
}
peak_rss_kib() { awk '{ print $3 }' "$work/cpu"; }

# The value of key=value in a line of a bench binary's output.
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p" | head -n1; }

# a / b with `digits` decimals; "—" when b is 0.
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (b + 0 == 0) print "—"; else printf "%.*f", d, a / b }'; }

# Whether `value` meets `target` ("<= 1.05", ">= 0.9", "< 100", "= 0"): yes or no.
meets() {
  awk -v v="$1" -v op="${2%% *}" -v t="${2#* }" 'BEGIN {
    ok = (op == "<=") ? v <= t : (op == ">=") ? v >= t : (op == "<") ? v < t : (op == ">") ? v > t : v == t
    print ok ? "yes" : "no" }'
}

# One row of the table: measure, ours, reference, ratio (ours / reference), target, met?
# A target starting with "ratio" is checked against the ratio, otherwise against ours.
# Rows go to $BENCH_ROWS (tab-separated) when bench/run collects them, and to stdout.
row() {
  local measure="$1" ours="$2" reference="$3" ratio_value="$4" target="$5" met="—"
  if [ -n "$target" ] && [ "$target" != "—" ]; then
    case "$target" in
      ratio*) met=$(meets "$ratio_value" "${target#ratio }") ;;
      *) met=$(meets "$(awk '{ print $1 }' <<<"$ours")" "${target%% [a-zA-Z%]*}") ;;
    esac
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$measure" "$ours" "$reference" "$ratio_value" "${target:-—}" "$met" |
    tee -a "${BENCH_ROWS:-/dev/null}" | awk -F'\t' '{ printf "%-58s %-14s %-14s %-7s %-10s %s\n", $1, $2, $3, $4, $5, $6 }'
}

# Starts Xvfb on a free display, waits (at most 10 s) until it accepts clients, exports
# DISPLAY and stops it when the calling script exits.
start_xvfb() {
  local n
  for n in $(seq 150 199); do
    [ -e "/tmp/.X$n-lock" ] || break
  done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  local waited
  for waited in $(seq 100); do
    [ -S "/tmp/.X11-unix/X$n" ] && { export DISPLAY=":$n"; return 0; }
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "bench: Xvfb did not start on :$n (after ${waited}0 ms)" >&2
  return 1
}

# Fails with what to install when a tool is missing.
need_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || {
      echo "bench: $tool is needed (bash scripts/install-deps.sh --bench)" >&2
      exit 1
    }
  done
}

# Makes a clip once (cached in the build folder): make_clip FILE ffmpeg-arguments...
make_clip() {
  local clip="$1"
  shift
  [ -s "$clip" ] && return 0
  ffmpeg -hide_banner -loglevel error -nostdin -y "$@" "$clip.partial.mp4"
  mv "$clip.partial.mp4" "$clip"
}
