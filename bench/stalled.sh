#!/usr/bin/env bash
# A subscriber that never reads, under a QoS 0 flood: how much memory does the broker spend on it,
# and how much slower do the other clients get? Side by side with Debian's mosquitto, same load.
#
#   bench/stalled.sh                  # 30 s at 10,000 msg/s of 1 KiB, 4 publishers
#   DURATION=10 RATE=5000 bench/stalled.sh
#   STALLED=0 bench/stalled.sh        # the same flood without the stalled subscriber: the baseline
#
# Per broker: a raw socket connects, subscribes to the flood's topics and never reads again; then
# `mqttlab bench fanin` publishes the flood at a fixed rate, and its own healthy subscriber
# measures latency and loss. VmRSS is sampled every second. Markdown table on stdout.
set -euo pipefail
DURATION="${DURATION:-30}"
RATE="${RATE:-10000}"
SIZE="${SIZE:-1024}"
STALLED="${STALLED:-1}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

start_mosquitto
start_lab
echo "mosquitto pid $mpid port $mport; lab broker pid $lpid port $lport; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# warm the lab broker's JIT with an unmeasured run (mosquitto loses nothing by it)
java -jar "$jar" bench fanin -q 0 -p "$lport" --duration 5 >/dev/null 2>>"$work/bench.log" || true

cat >"$work/stalled.py" <<'PY'
import socket, struct, sys, time
port, topic, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
def s(b): return struct.pack(">H", len(b)) + b
def packet(kind, body): # fixed header with the remaining length as a variable byte integer
    n, out = len(body), bytearray([kind])
    while True:
        d, n = n % 128, n // 128
        out.append(d | (0x80 if n else 0))
        if not n: return bytes(out) + body
sock = socket.socket()
sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096) # a small window, as a stuck device has
sock.connect(("127.0.0.1", port))
sock.sendall(packet(0x10, s(b"MQTT") + bytes([4, 2]) + struct.pack(">H", 0) + s(b"stalled")))
sock.sendall(packet(0x82, struct.pack(">H", 1) + s(topic.encode()) + bytes([0])))
time.sleep(seconds) # and never read
PY

results="$work/results.txt"
for b in "mosquitto $mport $mpid" "lab $lport $lpid"; do
  # shellcheck disable=SC2086
  set -- $b
  name="$1" port="$2" pid="$3"
  prefix="stalled-bench/$name"
  if [ "$STALLED" = 1 ]; then /usr/bin/python3 "$work/stalled.py" "$port" "$prefix/#" $((DURATION + 20)) & spid=$!; else spid=; fi
  sleep 1
  before="$(rss_kib "$pid")"
  peak="$before"
  ( while kill -0 "$pid" 2>/dev/null; do rss_kib "$pid"; sleep 1; done ) >"$work/rss-$name.txt" &
  sampler=$!
  out="$(java -jar "$jar" bench fanin -q 0 --publishers 4 --size "$SIZE" --rate "$RATE" --duration "$DURATION" --warmup 2 \
         -t "$prefix" -p "$port" --pid "$pid" --json 2>>"$work/bench.log")"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  after="$(rss_kib "$pid")"
  peak="$(sort -n "$work/rss-$name.txt" | tail -1)"
  if [ -n "$spid" ]; then kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true; fi
  echo "$name $before $peak $after $out" >>"$results"
  echo "  $name: RSS $((before / 1024)) -> peak $((peak / 1024)) MiB; $out" >&2
done

/usr/bin/python3 - "$results" "$DURATION" "$RATE" "$SIZE" "$STALLED" <<'PY'
import json, sys
rows = {}
for line in open(sys.argv[1]):
    name, before, peak, after, js = line.split(" ", 4)
    rows[name] = (int(before), int(peak), int(after), json.loads(js))
duration, rate, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
print(("A subscriber that never reads, " if sys.argv[5] == "1" else "No stalled subscriber (baseline), ") + f"{duration} s of QoS 0 at {rate:,} msg/s of {size:,} bytes (4 publishers); "
      "the healthy subscriber's latency and loss.\n")
print("| | mosquitto | lab | lab/mosquitto |")
print("|---|---:|---:|---:|")
m, l = rows["mosquitto"], rows["lab"]
def ratio(a, b): return f"{a / b:.2f}" if b else "-"
mg, lg = (m[1] - m[0]) / 1024, (l[1] - l[0]) / 1024
print(f"| VmRSS before | {m[0] / 1024:,.0f} MiB | {l[0] / 1024:,.0f} MiB | {ratio(l[0], m[0])} |")
print(f"| VmRSS growth (peak - before; target ≤ 64 MiB) | {mg:,.1f} MiB | {lg:,.1f} MiB | {ratio(lg, mg) if mg > 0 else '-'} |")
for label, key, f in [("healthy subscriber p50 (target < 1 ms)", "p50_us", lambda v: f"{v / 1000:.2f} ms"),
                      ("healthy subscriber p99", "p99_us", lambda v: f"{v / 1000:.2f} ms"),
                      ("delivered to the healthy subscriber", "delivered", lambda v: f"{v:,}"),
                      ("lost by the healthy subscriber", "lost", lambda v: f"{v:,}"),
                      ("broker CPU (% of one core)", "broker_cpu", lambda v: f"{v:.0f} %")]:
    print(f"| {label} | {f(m[3][key])} | {f(l[3][key])} | {ratio(l[3][key], m[3][key])} |")
PY
