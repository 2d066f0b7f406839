#!/usr/bin/env bash
# A burst of idle connections, side by side with Debian's mosquitto (issue 14): connect rate, the
# broker's CPU to accept them, its VmRSS growth per connection, and (lab) its live heap per
# connection after a full GC. Markdown table on stdout; progress on stderr.
#
#   bench/conns.sh                    # 5,000 connections, held 5 s
#   CONNS=10000 HOLD=8 bench/conns.sh
#   LAB_JAVA_OPTS='-XX:+UseSerialGC' bench/conns.sh
set -euo pipefail
CONNS="${CONNS:-5000}"
HOLD="${HOLD:-5}"
REPS="${REPS:-1}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge $((CONNS + 200)) ] || { echo "ulimit -n $(ulimit -n) is too low for CONNS=$CONNS" >&2; exit 1; }

start_mosquitto
start_lab
echo "mosquitto pid $mpid port $mport; lab broker pid $lpid port $lport; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# warm the lab broker's JIT with an unmeasured burst (mosquitto loses nothing by it)
java -jar "$jar" bench conns --connections 1000 --duration 1 -p "$lport" >/dev/null 2>>"$work/bench.log" || true
sleep 1

for rep in $(seq "$REPS"); do
  measure_conns mosquitto "$mport" "$mpid"
  measure_conns lab "$lport" "$lpid"
done
/usr/bin/python3 "$root/bench/conns_table.py" "$work/conns.txt" "$CONNS"
