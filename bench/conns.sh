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

results="$work/conns.txt"
for rep in $(seq "$REPS"); do
  for b in "mosquitto $mport $mpid" "lab $lport $lpid"; do
    # shellcheck disable=SC2086
    set -- $b
    name="$1" port="$2" pid="$3"
    heap0=-1; [ "$name" = lab ] && heap0="$(heap_after_gc_kib "$pid")"
    rss0="$(rss_kib "$pid")"
    cpu0="$(cpu_ticks "$pid")"
    java -jar "$jar" bench conns --connections "$CONNS" --duration "$HOLD" --timeout 300 -p "$port" --pid "$pid" --json \
      >"$work/bench-$name.json" 2>>"$work/bench.log" &
    bpid=$!
    # the broker's CPU up to the moment it holds every connection (not the hold or the pings after)
    until [ "$(established "$port")" -ge "$CONNS" ] || ! kill -0 "$bpid" 2>/dev/null; do sleep 0.05; done
    cpu1="$(cpu_ticks "$pid")"
    sleep 1 # let the last CONNACKs out and the broker settle
    rss1="$(rss_kib "$pid")"
    heap1=-1; [ "$name" = lab ] && heap1="$(heap_after_gc_kib "$pid")"
    wait "$bpid" || true
    echo "$name $cpu0 $cpu1 $rss0 $rss1 $heap0 $heap1 $(cat "$work/bench-$name.json")" >>"$results"
    echo "  $name: cpu $(( (cpu1 - cpu0) * 10 )) ms, RSS $rss0 -> $rss1 KiB, heap $heap0 -> $heap1 KiB; $(cat "$work/bench-$name.json")" >&2
  done
done

/usr/bin/python3 - "$results" "$CONNS" <<'PY'
import json, statistics, sys
rows = {"mosquitto": [], "lab": []}
for line in open(sys.argv[1]):
    name, c0, c1, r0, r1, h0, h1, js = line.split(" ", 7)
    r = json.loads(js)
    n = max(1, r["connected"])
    rows[name].append({"rate": r["connected"] / r["connect_seconds"] if r["connect_seconds"] > 0 else 0,
                       "cpu_us": (int(c1) - int(c0)) * 10_000 / n, "rss": (int(r1) - int(r0)) * 1024 / n,
                       "heap": (int(h1) - int(h0)) * 1024 / n if int(h0) >= 0 else None, "held": r["held"]})
def med(name, key):
    vals = [x[key] for x in rows[name] if x[key] is not None]
    return statistics.median(vals) if vals else None
def ratio(a, b): return f"{a / b:.2f}" if a is not None and b else "-"
conns = int(sys.argv[2])
print(f"{conns:,} idle connections (medians of {len(rows['lab'])} run(s)); broker CPU counted until it holds them all.\n")
print("| | mosquitto | lab | lab/mosquitto |")
print("|---|---:|---:|---:|")
m, l = med("mosquitto", "rate"), med("lab", "rate")
print(f"| connect rate | {m:,.0f}/s | {l:,.0f}/s | {ratio(l, m)} (target ≥ 0.5) |")
m, l = med("mosquitto", "cpu_us"), med("lab", "cpu_us")
print(f"| broker CPU per connection | {m:,.0f} µs | {l:,.0f} µs | {ratio(l, m)} |")
m, l = med("mosquitto", "rss"), med("lab", "rss")
print(f"| VmRSS growth per connection | {m:,.0f} B | {l:,.0f} B | {ratio(l, m)} (lab target ≤ 4 KiB) |")
l = med("lab", "heap")
print(f"| live heap per connection, after GC | - | {'-' if l is None else f'{l:,.0f} B'} | (lab target ≤ 3 KB) |")
print(f"| held (answered PINGREQ) | {med('mosquitto', 'held'):,.0f} | {med('lab', 'held'):,.0f} | |")
PY
