#!/usr/bin/env bash
# 100,000 retained messages, then a new subscriber to '#': does every one of them arrive, at QoS 0
# and at QoS 1, and how long does it take? Side by side with Debian's mosquitto; the subscriber is
# mosquitto_sub itself. Markdown table on stdout.
#
#   bench/retained.sh
#   COUNT=20000 bench/retained.sh
set -euo pipefail
COUNT="${COUNT:-100000}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
command -v mosquitto_sub >/dev/null || { echo "mosquitto_sub not found (Debian: apt-get install mosquitto-clients)" >&2; exit 1; }

start_mosquitto
start_lab
echo "mosquitto pid $mpid port $mport; lab broker pid $lpid port $lport; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

cat >"$work/fill.py" <<'PY'
import sys, paho.mqtt.client as mqtt
port, count = int(sys.argv[1]), int(sys.argv[2])
c = mqtt.Client(client_id="retained-fill", clean_session=True)
c.max_inflight_messages_set(20)
c.connect("127.0.0.1", port)
c.loop_start()
last = None
for i in range(count):
    last = c.publish(f"retained-bench/{i // 1000}/{i}", f"v{i}", qos=1, retain=True)
    if i % 1000 == 999: last.wait_for_publish()
last.wait_for_publish()
c.disconnect()
c.loop_stop()
PY

results="$work/results.txt"
for b in "mosquitto $mport" "lab $lport"; do
  # shellcheck disable=SC2086
  set -- $b
  name="$1" port="$2"
  /usr/bin/python3 "$work/fill.py" "$port" "$COUNT"
  for q in 0 1; do
    start=$(date +%s.%N)
    # --retained-only: exit at the first message that is not retained, i.e. when the retained ones are through
    got="$(mosquitto_sub -p "$port" -t 'retained-bench/#' -q "$q" -C "$COUNT" -W 120 --retained-only 2>/dev/null | wc -l || true)"
    end=$(date +%s.%N)
    echo "$name $q $got $(echo "$end - $start" | bc)" >>"$results"
    echo "  $name QoS $q: $got of $COUNT in $(echo "$end - $start" | bc) s" >&2
  done
done

/usr/bin/python3 - "$results" "$COUNT" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, q, got, secs = line.split()
    rows[(name, q)] = (int(got), float(secs))
count = int(sys.argv[2])
print(f"{count:,} retained messages, then a new mosquitto_sub on 'retained-bench/#'.\n")
print("| subscriber QoS | mosquitto received | lab received | mosquitto time | lab time | lab/mosquitto time |")
print("|---|---:|---:|---:|---:|---:|")
for q in ("0", "1"):
    (mg, ms), (lg, ls) = rows[("mosquitto", q)], rows[("lab", q)]
    print(f"| {q} | {mg:,} | {lg:,} | {ms:.2f} s | {ls:.2f} s | {ls / ms:.2f} |")
PY
