#!/usr/bin/env bash
# The relay's cost (issue 15), in one run on this machine: `mqttlab bench` straight to Debian's
# mosquitto, through `mqttlab proxy` in front of that same mosquitto, and straight to the lab's broker.
# Each is its own process on a free loopback port; runs alternate between the three so that a change
# in the machine's load hits all of them. Prints a Markdown table of medians (of REPS runs), with the
# relay's rate as a ratio of mosquitto's; progress and details go to stderr.
#
#   bench/relay.sh                     # 3 runs of 5 s each per case
#   REPS=1 DURATION=3 bench/relay.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPS="${REPS:-3}"
DURATION="${DURATION:-5}"
WARMUP="${WARMUP:-1}"
source "$root/bench/lib.sh" # the work folder, the jar copied into it, mosquitto and the lab broker
start_mosquitto
start_lab
rport="$(free_port)"
java -cp "$jar" mqttlab.cli.Main proxy --upstream "tcp://127.0.0.1:$mport" -p "$rport" >"$work/proxy.log" 2>&1 &
rpid=$!
pids+=("$rpid")
wait_port "$rport"

echo "mosquitto pid $mpid port $mport; relay pid $rpid port $rport -> mosquitto; lab broker pid $lpid port $lport;" \
  "$(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

results="$work/results.jsonl"
cat >"$work/line.py" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"{r['rate']:,.0f} msg/s  p50 {r['p50_us']:,.0f} us  p99 {r['p99_us']:,.0f} us  lost {r['lost']:,}")
PY
run() { # TARGET CASE PORT PID ARGS...
  local target="$1" name="$2" port="$3" pid="$4"
  shift 4
  local out
  if out="$(java -jar "$jar" bench "$@" -p "$port" --pid "$pid" --json 2>>"$work/bench.log")"; then
    echo "{\"target\":\"$target\",\"case\":\"$name\",\"result\":$out}" >>"$results"
    echo "  $target  $name  $(python3 "$work/line.py" "$out")" >&2
  else
    echo "  $target  $name  FAILED (see $work/bench.log)" >&2
  fi
}

# MQTT 5, so that the broker's Receive Maximum sets the publishers' window (see compare.sh)
cases=("fanin q0|fanin -V 5 -q 0 --publishers 4 --size 64"
       "fanin q1|fanin -V 5 -q 1 --publishers 4 --size 64"
       "fanout q1|fanout -V 5 -q 1 --subscribers 8 --size 64")
for rep in $(seq "$REPS"); do
  for c in "${cases[@]}"; do
    name="${c%%|*}"
    # shellcheck disable=SC2086
    set -- ${c#*|}
    echo "rep $rep: $name" >&2
    run mosquitto "$name" "$mport" "$mpid" "$@" --duration "$DURATION" --warmup "$WARMUP"
    run relay "$name" "$rport" "$rpid" "$@" --duration "$DURATION" --warmup "$WARMUP"
    run lab "$name" "$lport" "$lpid" "$@" --duration "$DURATION" --warmup "$WARMUP"
  done
done

python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
cases = list(dict.fromkeys(r["case"] for r in rows))
def med(case, target, key):
    v = [r["result"][key] for r in rows if r["case"] == case and r["target"] == target]
    return statistics.median(v) if v else float("nan")
print("| case | mosquitto msg/s | relay → mosquitto msg/s | lab broker msg/s | relay ÷ mosquitto | p50 µs mosquitto / relay / lab |")
print("| --- | ---: | ---: | ---: | ---: | --- |")
for c in cases:
    m, r, l = (med(c, t, "rate") for t in ("mosquitto", "relay", "lab"))
    p = " / ".join(f"{med(c, t, 'p50_us'):,.0f}" for t in ("mosquitto", "relay", "lab"))
    print(f"| {c} | {m:,.0f} | {r:,.0f} | {l:,.0f} | {r / m:.2f} | {p} |")
PY
