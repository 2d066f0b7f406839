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
MOSQUITTO="${MOSQUITTO:-/usr/sbin/mosquitto}"
LAB_JAVA_OPTS="${LAB_JAVA_OPTS:-}"

# 10,000 connections are 10,000 descriptors in the generator and as many in each broker.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((CONNS + 200)) ]; then
  echo "ulimit -n is $(ulimit -n): too low for CONNS=$CONNS (raise the hard limit, or lower CONNS)" >&2
  exit 1
fi
[ -x "$MOSQUITTO" ] || { echo "mosquitto not found at $MOSQUITTO (Debian: apt-get install mosquitto)" >&2; exit 1; }
"$root/mqttlab" --version >/dev/null # builds the jar when it is missing or stale

work="$(mktemp -d "${TMPDIR:-/tmp}/mqttlab-compare.XXXXXX")"
chmod 755 "$work" # mosquitto started as root drops to user mosquitto, which must read its config
cp "$root/target/mqttlab.jar" "$work/mqttlab.jar" # a rebuild during the run must not pull classes from under the JVMs
jar="$work/mqttlab.jar"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() {
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1; see $work" >&2
  exit 1
}

mport="$(free_port)"
printf 'listener %s 127.0.0.1\nallow_anonymous true\n' "$mport" >"$work/mosquitto.conf"
chmod 644 "$work/mosquitto.conf"
"$MOSQUITTO" -c "$work/mosquitto.conf" >"$work/mosquitto.log" 2>&1 &
mpid=$!
pids+=("$mpid")
wait_port "$mport"

lport="$(free_port)"
# shellcheck disable=SC2086
java $LAB_JAVA_OPTS -cp "$jar" mqttlab.cli.Main broker -p "$lport" >"$work/lab.log" 2>&1 &
lpid=$!
pids+=("$lpid")
wait_port "$lport"

echo "mosquitto $("$MOSQUITTO" -h 2>/dev/null | head -1 | sed 's/.*version //') pid $mpid port $mport;" \
  "lab broker pid $lpid port $lport${LAB_JAVA_OPTS:+ ($LAB_JAVA_OPTS)}; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

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
for c in "${cases[@]}"; do
  name="${c%%|*}"
  args="${c#*|}"
  for rep in $(seq "$REPS"); do
    # shellcheck disable=SC2086
    bench mosquitto "$name" "$mport" "$mpid" $args --duration "$DURATION" --warmup "$WARMUP"
    # shellcheck disable=SC2086
    bench lab "$name" "$lport" "$lpid" $args --duration "$DURATION" --warmup "$WARMUP"
  done
done
bench mosquitto "conns" "$mport" "$mpid" conns --connections "$CONNS" --duration "$HOLD" --timeout 300
bench lab "conns" "$lport" "$lpid" conns --connections "$CONNS" --duration "$HOLD" --timeout 300

python3 - "$results" "$REPS" "$DURATION" "$CONNS" <<'PY'
import json, statistics, sys
path, reps, duration, conns = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rows = [json.loads(l) for l in open(path)]
def med(broker, case, key):
    vals = [r["result"][key] for r in rows if r["broker"] == broker and r["case"] == case and "result" in r]
    return statistics.median(vals) if vals else None
def fmt(v, unit=""):
    return "failed" if v is None else f"{v:,.0f}{unit}"
print(f"Medians of {reps} runs of {duration} s (after warm-up), 64-byte payloads, same generator, same machine.\n")
print("| scenario | mosquitto msg/s | lab msg/s | ratio (≥ 1.0) | mosquitto p99 | lab p99 | ratio (≤ 1.5) | lost m/l | broker CPU m/l |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for case in ["fanin q0", "fanin q1", "fanin q2", "fanout q0"]:
    mr, lr = med("mosquitto", case, "rate"), med("lab", case, "rate")
    mp, lp = med("mosquitto", case, "p99_us"), med("lab", case, "p99_us")
    ml, ll = med("mosquitto", case, "lost"), med("lab", case, "lost")
    mc, lc = med("mosquitto", case, "broker_cpu"), med("lab", case, "broker_cpu")
    rr = f"{lr / mr:.2f}" if mr and lr is not None else "-"
    pr = f"{lp / mp:.2f}" if mp and lp is not None else "-"
    print(f"| {case} | {fmt(mr)} | {fmt(lr)} | {rr} | {fmt(mp, ' µs')} | {fmt(lp, ' µs')} | {pr} | {fmt(ml)}/{fmt(ll)} | {fmt(mc, '%')}/{fmt(lc, '%')} |")
for broker in ["mosquitto", "lab"]:
    r = next((r["result"] for r in rows if r["broker"] == broker and r["case"] == "conns" and "result" in r), None)
    if r is None:
        print(f"| conns {conns:,} | {broker}: failed | | | | | | | |")
        continue
    print(f"| conns {conns:,} ({broker}) | held {r['held']:,} of {r['requested']:,} | "
          f"{r['bytes_per_connection'] / 1024:.1f} KiB/conn VmRSS | | | | | | |")
PY
