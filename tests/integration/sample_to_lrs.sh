#!/usr/bin/env bash
# End to end, with real components: play the sample lesson headless (answers
# recorded in a fresh database), upload with `cuepoint upload` to the test LRS on
# loopback, and check that the LRS holds exactly the recorded statements, each
# valid for xapi-validation and our own response checks; a second upload sends nothing.
# Usage: sample_to_lrs.sh CUEPOINT_BINARY SOURCE_DIR
set -euo pipefail
cuepoint="$1"
source_dir="$2"
lrs_dir="$source_dir/tests/lrs"
work="$(mktemp -d "${TMPDIR:-/tmp}/cuepoint-e2e.XXXXXX")"
lrs_pid=""
cleanup() {
  [ -n "$lrs_pid" ] && kill "$lrs_pid" 2>/dev/null && wait "$lrs_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
bash "$lrs_dir/start-lrs.sh" "$port" "$work/lrs.log" >"$work/lrs.out" 2>&1 &
lrs_pid=$!
for _ in $(seq 1 300); do grep -q ready "$work/lrs.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$work/lrs.out" || fail "the test LRS did not start: $(cat "$work/lrs.out" "$work/lrs.log")"
endpoint="http://127.0.0.1:$port/xAPI"

"$cuepoint" "$source_dir/samples/intro-fractions" --headless \
  --answers "$source_dir/samples/intro-fractions/answers.json" \
  --events "$work/events.jsonl" --db "$work/responses.sqlite" --learner e2e-student \
  || fail "the headless run failed"
recorded=$(sqlite3 "$work/responses.sqlite" "SELECT count(*) FROM outbox")
answers=$(grep -c '"event":"answer"' "$work/events.jsonl")
[ "$recorded" -gt "$answers" ] || fail "expected answers plus watch statements in the outbox, got $recorded"

"$cuepoint" upload --endpoint "$endpoint" --user teacher --password secret --db "$work/responses.sqlite" \
  >"$work/upload1.out" 2>&1 || fail "upload failed: $(cat "$work/upload1.out")"
"$cuepoint" upload --endpoint "$endpoint" --user teacher --password secret --db "$work/responses.sqlite" \
  >"$work/upload2.out" 2>&1 || fail "second upload failed: $(cat "$work/upload2.out")"

# Everything the LRS holds, following `more` links.
node -e "
const http = require('http');
const base = 'http://127.0.0.1:$port';
const all = [];
function get(path) {
  http.get(base + path, { headers: { 'X-Experience-API-Version': '1.0.3',
      Authorization: 'Basic ' + Buffer.from('teacher:secret').toString('base64') } }, (res) => {
    let body = '';
    res.on('data', (d) => (body += d));
    res.on('end', () => {
      const page = JSON.parse(body);
      all.push(...page.statements);
      if (page.more) get(page.more); else console.log(JSON.stringify(all));
    });
  }).on('error', (e) => { console.error(e.message); process.exit(1); });
}
get('/xAPI/statements?limit=100');
" >"$work/stored.json"

stored=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$work/stored.json')).length)")
[ "$stored" -eq "$recorded" ] || fail "the LRS holds $stored statements, the outbox recorded $recorded"
sent=$(sqlite3 "$work/responses.sqlite" "SELECT count(*) FROM outbox WHERE state = 'sent'")
[ "$sent" -eq "$recorded" ] || fail "$sent of $recorded statements are marked sent"
ids_db=$(sqlite3 "$work/responses.sqlite" "SELECT statement_id FROM outbox ORDER BY statement_id" | md5sum)
ids_lrs=$(node -e "JSON.parse(require('fs').readFileSync('$work/stored.json')).map(s=>s.id).sort().forEach(i=>console.log(i))" | md5sum)
[ "$ids_db" = "$ids_lrs" ] || fail "the LRS's statement ids differ from the outbox's"

node "$lrs_dir/validate.js" --expect-verbs answered,initialized,played,paused,seeked,completed,terminated \
  <"$work/stored.json" || fail "stored statements did not pass validation"
echo "sample to LRS: $answers answers, $recorded statements recorded, uploaded once, all valid"
