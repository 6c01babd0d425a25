#!/usr/bin/env bash
# The workspace commands end to end on a fresh SQLite folder (or DATABASE_URL): accounts with
# one-time passwords, a study with its lead, members with every kind of bad input refused
# with a clear message and nothing changed, the audit trail as CSV and JSON, and purge.
#   workspace_cli_test.sh VOELSPRIET_BINARY WORK_DIR
set -euo pipefail
BIN=$1
WORK=$2
rm -rf "$WORK"; mkdir -p "$WORK"
D=(--data "$WORK/data")
fail() { echo "workspace_cli_test: $*" >&2; exit 1; }
refused() { # expected-message command...
  local expected=$1; shift
  local msg
  if msg=$("$BIN" "$@" "${D[@]}" 2>&1); then fail "accepted: $*"; fi
  grep -qF "$expected" <<<"$msg" || fail "'$*' said: $msg (expected: $expected)"
}

out=$("$BIN" user add lea "${D[@]}")
grep -qE "one-time password: [A-Za-z0-9]{20}$" <<<"$out" || fail "no one-time password: $out"
"$BIN" user add ana "${D[@]}" >/dev/null
"$BIN" user add vera "${D[@]}" >/dev/null
refused "A user name is 2–40" user add "Bad Name"
refused "exists already" user add ana
"$BIN" user list "${D[@]}" | grep -q "^lea	researcher	must-change-password" || fail "lea must change her password"

"$BIN" study create --slug team --title "Team" --lead lea "${D[@]}" >/dev/null
refused "There is no account 'ghost'" study create --slug other --title "Other" --lead ghost
"$BIN" study list "${D[@]}" | grep -q "^team	" || fail "study not listed"
"$BIN" study list "${D[@]}" | grep -q "^other	" && fail "a study half-created with an unknown lead"

"$BIN" study add-member team ana --role analyst "${D[@]}" >/dev/null
"$BIN" study add-member team vera --role viewer "${D[@]}" >/dev/null
refused "Unknown role 'owner'" study add-member team ana --role owner
refused "There is no account 'ghost'" study add-member team ghost --role viewer
refused "is a member of this study already" study add-member team ana --role viewer
refused "There is no study 'nope'" study add-member nope ana --role viewer
refused "at least one lead" study remove-member team lea
refused "at least one lead" study set-role team lea --role analyst
members=$("$BIN" study members team "${D[@]}")
[[ $(wc -l <<<"$members") -eq 3 ]] || fail "members: $members"
grep -q "^lea	lead" <<<"$members" && grep -q "^ana	analyst" <<<"$members" && grep -q "^vera	viewer" <<<"$members" || fail "roles: $members"
"$BIN" study remove-member team vera "${D[@]}" >/dev/null
[[ $("$BIN" study members team "${D[@]}" | wc -l) -eq 2 ]] || fail "vera not removed"

"$BIN" export --study team --out "$WORK/answers.csv" "${D[@]}"
csv=$("$BIN" audit --study team --format csv "${D[@]}")
head -1 <<<"$csv" | grep -q "^id,at,actor,action,study,detail" || fail "audit CSV header: $csv"
for action in study_created member_added member_removed exported; do
  grep -q ",$action,team," <<<"$csv" || fail "audit lacks $action: $csv"
done
"$BIN" audit --format json "${D[@]}" | python3 -c '
import json, sys
rows = json.load(sys.stdin)
assert any(r["action"] == "account_created" and r["study"] is None for r in rows), rows
assert all(set(r) == {"id", "at", "actor", "action", "study", "detail"} for r in rows)
assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
'

refused "give either --study SLUG or --expired" purge
out=$("$BIN" purge --study team "${D[@]}")
grep -q "deleted study team: 0 contact details" <<<"$out" || fail "purge contacts: $out"
out=$("$BIN" purge --expired "${D[@]}")
grep -q "Nothing to purge" <<<"$out" || fail "purge --expired: $out"
out=$("$BIN" purge --study team --whole-study "${D[@]}")
grep -q "deleted study team: 0 responses, 0 contact details, 2 members" <<<"$out" || fail "purge whole: $out"
"$BIN" study list "${D[@]}" | grep -q "^team	" && fail "study still listed after purge"
"$BIN" audit --study team --format csv "${D[@]}" | grep -q ",study_deleted,team," || fail "deletion not in the trail"
# The data folder is its owner's only, whatever the umask; serve refuses one others can read.
if [ -z "${DATABASE_URL:-}" ]; then
  [ "$(stat -c %a "$WORK/data")" = 700 ] || fail "data folder mode $(stat -c %a "$WORK/data")"
  for f in "$WORK"/data/voelspriet.sqlite*; do
    [ "$(stat -c %a "$f")" = 600 ] || fail "$f has mode $(stat -c %a "$f")"
  done
fi
mkdir -p "$WORK/open"; chmod 755 "$WORK/open"
if msg=$(env -u DATABASE_URL "$BIN" serve --data "$WORK/open" --port 0 2>&1); then fail "serve started on a folder others can read"; fi
grep -qF "chmod 700 $WORK/open" <<<"$msg" || fail "serve on an open folder said: $msg"
echo "workspace_cli_test: ok"
