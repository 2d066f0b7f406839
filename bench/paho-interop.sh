#!/usr/bin/env bash
# The Eclipse Paho interoperability suites (client_test.py for 3.1.1, 10 tests; client_test5.py for
# 5.0, 27 tests) against the lab's broker and Debian's mosquitto, side by side, with the same
# configuration: an ACL that denies test/nosubscribe (their test_subscribe_failure) and
# max_keepalive 60 (their test_server_keep_alive expects Server Keep Alive 60 for a keep alive of 120).
#
#   bench/paho-interop.sh PAHO_INTEROP_DIR [TEST_NAME...]
#
# PAHO_INTEROP_DIR is the `interoperability` folder of a local checkout of eclipse/paho.mqtt.testing
# (client_test.py, client_test5.py, mqtt/clients/V311, mqtt/clients/V5, mqtt/formats/...). This script
# fetches nothing; the suites stay outside this repository (EPL/EDL code, not ours). They need only
# Python 3's standard library (/usr/bin/python3 by default; PYTHON=... to change).
#
# Each test runs on its own, in a fresh process with a time limit (TEST_TIMEOUT, 90 s): against
# mosquitto 2.0.11, test_flow_control2 waits forever for a DISCONNECT 0x93 that never comes.
# Prints a Markdown table (one row per test) and the totals; the suites' output is in the work folder.
set -euo pipefail
paho="${1:?usage: bench/paho-interop.sh PAHO_INTEROP_DIR [TEST_NAME...]}"
shift
paho="$(cd "$paho" && pwd)"
[ -f "$paho/client_test.py" ] && [ -f "$paho/client_test5.py" ] || { echo "no client_test.py / client_test5.py in $paho" >&2; exit 1; }
PYTHON="${PYTHON:-/usr/bin/python3}"
TEST_TIMEOUT="${TEST_TIMEOUT:-90}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cat >"$work/acl" <<'ACL'
# anonymous clients, as the suites connect: everything but the filters their subscribe-failure tests use
topic readwrite #
topic deny nosubscribe
topic deny test/nosubscribe
ACL
chmod 644 "$work/acl"
start_mosquitto "acl_file $work/acl" "max_keepalive 60"
start_lab "acl_file $work/acl" "max_keepalive 60"
echo "mosquitto port $mport; lab broker port $lport; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Runs one test of one suite. The suites read -p with getopt and then hand sys.argv to unittest.main,
# which refuses -p, so unittest.main gets the test name alone. No -h: both suites test
# `o in ("--help")`, a substring test that "-h" passes, so -h would print the usage and exit.
cat >"$work/run_one.py" <<'PY'
import os, runpy, sys, unittest
suite, port, test = sys.argv[1], sys.argv[2], sys.argv[3]
os.chdir(os.path.dirname(suite))
sys.path.insert(0, os.getcwd())
sys.argv = [suite, "-p", port]
real_main = unittest.main
unittest.main = lambda *a, **k: real_main(*a, **dict(k, argv=[suite, test], verbosity=2))
runpy.run_path(suite, run_name="__main__")
PY

tests_of() { grep -oE '^    def (test[A-Za-z0-9_]*)\(self' "$paho/$1" | sed -E 's/^    def (test[A-Za-z0-9_]*)\(self/\1/'; }
wanted() { # TEST [NAME...]: true when no names were given or TEST is one of them
  local t="$1"; shift
  [ $# -eq 0 ] && return 0
  for w in "$@"; do [ "$w" = "$t" ] && return 0; done
  return 1
}

printf '| suite | test | mosquitto 2.0.11 | lab |\n|---|---|---|---|\n'
declare -A passed=()
for suite in client_test.py client_test5.py; do
  for t in $(tests_of "$suite"); do
    wanted "$t" "$@" || continue
    row="| ${suite%.py} | $t |"
    for b in mosquitto lab; do
      port=$([ "$b" = lab ] && echo "$lport" || echo "$mport")
      out="$work/$b-${suite%.py}-$t.out"
      if timeout "$TEST_TIMEOUT" "$PYTHON" "$work/run_one.py" "$paho/$suite" "$port" "Test.$t" >"$out" 2>&1; then
        verdict=pass
        passed[$b-$suite]=$(( ${passed[$b-$suite]:-0} + 1 ))
      elif [ $? -eq 124 ]; then verdict="FAIL (hung, ${TEST_TIMEOUT} s)"
      else verdict=FAIL; fi
      row="$row $verdict |"
    done
    echo "$row"
  done
done
for suite in client_test.py client_test5.py; do
  n=0
  for t in $(tests_of "$suite"); do wanted "$t" "$@" && n=$((n + 1)); done
  echo "${suite%.py}: mosquitto ${passed[mosquitto-$suite]:-0}/$n, lab ${passed[lab-$suite]:-0}/$n"
done
echo "suites' output: $work" >&2
