#!/usr/bin/env bash
# Side by side: `mqttlab bench` against Debian's mosquitto and against the lab broker, on this
# machine, in one run, with the same generator. Each broker is its own process on a free loopback
# port; runs alternate between the two brokers so that a change in the machine's load hits both.
# Prints a Markdown table of medians (of REPS runs) to stdout; progress and details go to stderr.
#
#   bench/compare.sh                      # 3 runs of 10 s each per scenario, 10,000 idle connections
#   REPS=1 DURATION=3 CONNS=2000 bench/compare.sh
#   LAB_JAVA_OPTS='-XX:+UseParallelGC' bench/compare.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPS="${REPS:-3}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONNS="${CONNS:-10000}"
HOLD="${HOLD:-5}"
FANIN_RATE="${FANIN_RATE:-20000}"   # msg/s published, all publishers together, for the equal-load latency runs
FANOUT_RATE="${FANOUT_RATE:-10000}" # msg/s published (x 8 subscribers delivered)
# 10,000 connections are 10,000 descriptors in the generator and as many in each broker.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((CONNS + 200)) ]; then
  echo "ulimit -n is $(ulimit -n): too low for CONNS=$CONNS (raise the hard limit, or lower CONNS)" >&2
  exit 1
fi
source "$root/bench/lib.sh" # the work folder, the jar copied into it, both brokers started side by side
start_mosquitto
start_lab

echo "mosquitto $("$MOSQUITTO" -h 2>/dev/null | head -1 | sed 's/.*version //') pid $mpid port $mport;" \
  "lab broker pid $lpid port $lport ($LAB_BROKER_OPTS$LAB_JAVA_OPTS); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

results="$work/results.jsonl"
cat >"$work/line.py" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
if "rate" in r:
    print(f"{r['rate']:,.0f} msg/s  p99 {r['p99_us']:,.0f} us  lost {r['lost']:,}  cpu broker {r['broker_cpu']:.0f}% generator {r['generator_cpu']:.0f}%")
else:
    print(f"{r['held']:,} held of {r['requested']:,}  {r['bytes_per_connection'] / 1024:.1f} KiB/conn")
PY
bench() { # BROKER NAME PORT PID ARGS...
  local broker="$1" name="$2" port="$3" pid="$4"
  shift 4
  local out
  if out="$(java -jar "$jar" bench "$@" -p "$port" --pid "$pid" --json 2>>"$work/bench.log")"; then
    echo "{\"broker\":\"$broker\",\"case\":\"$name\",\"result\":$out}" >>"$results"
    echo "  $broker  $name  $(python3 "$work/line.py" "$out")" >&2
  else
    echo "{\"broker\":\"$broker\",\"case\":\"$name\",\"error\":true}" >>"$results"
    echo "  $broker  $name  FAILED (see $work/bench.log)" >&2
  fi
}

# MQTT 5 so that each broker's Receive Maximum (20 for both, mosquitto's max_inflight_messages
# default) sets the publishers' QoS 1/2 window: mosquitto 2.0.11 silently discards QoS 2 PUBLISHes
# beyond it from a 3.1.1 client, which has no way to know the limit.
cases=("fanin q0|fanin -V 5 -q 0 --publishers 4 --size 64"
       "fanin q1|fanin -V 5 -q 1 --publishers 4 --size 64"
       "fanin q2|fanin -V 5 -q 2 --publishers 4 --size 64"
       "fanout q0|fanout -V 5 -q 0 --subscribers 8 --size 64")
# One unmeasured run per broker first: the lab broker's JIT compiles its hot paths (mosquitto loses nothing by it).
for b in "$mport" "$lport"; do
  java -jar "$jar" bench fanin -V 5 -q 1 -p "$b" --duration 5 >/dev/null 2>>"$work/bench.log" || true
done

# Each case twice: as fast as the windows allow (throughput, and p99 at saturation, where the
# queue the generator's window allows dominates), and paced at the same fixed rate for both
# brokers (p99 at equal load: what the broker itself adds).
for c in "${cases[@]}"; do
  name="${c%%|*}"
  args="${c#*|}"
  rate="$FANIN_RATE"
  [[ "$name" == fanout* ]] && rate="$FANOUT_RATE"
  for rep in $(seq "$REPS"); do
    for b in "mosquitto $mport $mpid" "lab $lport $lpid"; do
      # shellcheck disable=SC2086
      set -- $b
      # shellcheck disable=SC2086
      bench "$1" "$name" "$2" "$3" $args --duration "$DURATION" --warmup "$WARMUP"
      # shellcheck disable=SC2086
      bench "$1" "$name @rate" "$2" "$3" $args --duration "$DURATION" --warmup "$WARMUP" --rate "$rate"
    done
  done
done
measure_conns mosquitto "$mport" "$mpid"
measure_conns lab "$lport" "$lpid"

python3 - "$results" "$REPS" "$DURATION" "$CONNS" "$FANIN_RATE" "$FANOUT_RATE" <<'PY'
import json, statistics, sys
path, reps, duration, conns, fanin_rate, fanout_rate = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
rows = [json.loads(l) for l in open(path)]
def med(broker, case, key):
    vals = [r["result"][key] for r in rows if r["broker"] == broker and r["case"] == case and "result" in r]
    return statistics.median(vals) if vals else None
def num(v, unit=""):
    return "failed" if v is None else f"{v:,.0f}{unit}"
def ms(v):
    return "failed" if v is None else f"{v / 1000:,.2f} ms"
def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"
print(f"Medians of {reps} runs of {duration} s (after the warm-up); MQTT 5, 64-byte payloads; fanin: 4 publishers -> 1 subscriber on a wildcard;")
print(f"fanout: 1 publisher -> 8 subscribers. 'at rate': both brokers paced at {fanin_rate:,} msg/s published (fanout {fanout_rate:,}, x 8 delivered).\n")
print("| scenario | mosquitto msg/s | lab msg/s | lab/mosq (target ≥ 1.0) | p99 mosq | p99 lab | lab/mosq (target ≤ 1.5) | p99 at rate mosq | p99 at rate lab | lab/mosq | lost mosq/lab | broker CPU mosq/lab |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for case in ["fanin q0", "fanin q1", "fanin q2", "fanout q0"]:
    mr, lr = med("mosquitto", case, "rate"), med("lab", case, "rate")
    mp, lp = med("mosquitto", case, "p99_us"), med("lab", case, "p99_us")
    mq, lq = med("mosquitto", case + " @rate", "p99_us"), med("lab", case + " @rate", "p99_us")
    ml = sum(r["result"]["lost"] for r in rows if r["broker"] == "mosquitto" and r["case"].startswith(case) and "result" in r)
    ll = sum(r["result"]["lost"] for r in rows if r["broker"] == "lab" and r["case"].startswith(case) and "result" in r)
    mc, lc = med("mosquitto", case, "broker_cpu"), med("lab", case, "broker_cpu")
    print(f"| {case} | {num(mr)} | {num(lr)} | {ratio(lr, mr)} | {ms(mp)} | {ms(lp)} | {ratio(lp, mp)} | {ms(mq)} | {ms(lq)} | {ratio(lq, mq)} "
          f"| {ml:,}/{ll:,} | {num(mc, '%')}/{num(lc, '%')} |")
PY
echo
/usr/bin/python3 "$root/bench/conns_table.py" "$work/conns.txt" "$CONNS"
