#!/usr/bin/env bash
# Apache ActiveMQ Artemis 2.40.0 as a second cluster engine for issue 15 (not in `mvn verify`: two
# broker JVMs take too long to create and start on this machine). Two nodes on free loopback ports,
# clustered with static connectors, MQTT on each; then what the README matrix asks, measured with
# Debian's mosquitto clients and the lab's relay (`mqttlab proxy`). Prints one line per finding.
#
#   bench/artemis-cluster.sh          # fetches the bin tar.gz from Maven Central once (mvn dependency:copy)
#   ARTEMIS_HOME=/opt/apache-artemis-2.40.0 bench/artemis-cluster.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION=2.40.0
cache="${XDG_CACHE_HOME:-$HOME/.cache}/mqttlab"
ARTEMIS_HOME="${ARTEMIS_HOME:-$cache/apache-artemis-$VERSION}"
if [ ! -x "$ARTEMIS_HOME/bin/artemis" ]; then
  mkdir -p "$cache"
  mvn -B -q dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$VERSION:tar.gz:bin" -DoutputDirectory="$cache" >&2
  tar xzf "$cache/apache-artemis-$VERSION-bin.tar.gz" -C "$cache"
fi
"$root/mqttlab" --version >/dev/null # builds the jar when it is missing or stale, before anything is timed
work="$(mktemp -d "${TMPDIR:-/tmp}/mqttlab-artemis.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { # PORT SECONDS
  for _ in $(seq $(( $2 * 10 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1 after $2 s; see $work" >&2
  exit 1
}
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

core_a="$(free_port)"; core_b="$(free_port)"; mqtt_a="$(free_port)"; mqtt_b="$(free_port)"
create() { # NAME CORE_PORT OTHER_CORE_PORT MQTT_PORT
  "$ARTEMIS_HOME/bin/artemis" create --silent --user admin --password admin --allow-anonymous --no-autotune --no-web \
    --host 127.0.0.1 --default-port "$2" --clustered --cluster-user cluster --cluster-password cluster \
    --staticCluster "tcp://127.0.0.1:$3" "$work/$1" >"$work/create-$1.log" 2>&1
  # MQTT on its own free port; the other protocols' fixed ports (5672, 61613, 5445) are not opened at all
  sed -i -e "s#tcp://127.0.0.1:1883?#tcp://127.0.0.1:$4?#" -e '/<acceptor name="\(amqp\|stomp\|hornetq\)">/d' \
    -e 's#<max-hops>0</max-hops>#<max-hops>1</max-hops>#' "$work/$1/etc/broker.xml"   # create --staticCluster writes 0: nothing would cross
}
t0="$(now)"
create nodea "$core_a" "$core_b" "$mqtt_a" & ca=$!
create nodeb "$core_b" "$core_a" "$mqtt_b" & cb=$!
wait "$ca" "$cb"
echo "created two instances in $(since "$t0") s" >&2
t0="$(now)"
"$work/nodea/bin/artemis" run >"$work/nodea.log" 2>&1 & pids+=($!)
"$work/nodeb/bin/artemis" run >"$work/nodeb.log" 2>&1 & pids+=($!)
wait_port "$mqtt_a" 120
wait_port "$mqtt_b" 120
echo "both nodes listen for MQTT after $(since "$t0") s (a: $mqtt_a, b: $mqtt_b; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))" >&2
for _ in $(seq 600); do
  grep -q "AMQ221027" "$work/nodea.log" && grep -q "AMQ221027" "$work/nodeb.log" && break
  sleep 0.1
done
grep -q "AMQ221027" "$work/nodea.log" || { echo "the nodes did not form a cluster; see $work" >&2; exit 1; }
echo "clustered (bridges connected) after $(since "$t0") s" >&2

sub() { timeout 25 mosquitto_sub -h 127.0.0.1 "$@" 2>&1 || true; }
pub() { mosquitto_pub -h 127.0.0.1 "$@"; }

# a message published on a reaches a subscriber on b
# (the subscription reaches node a as a remote binding a moment later: publish once a second, at most 15 times)
sub -p "$mqtt_b" -i sb1 -t class/x -C 1 -W 20 >"$work/ab.txt" & s=$!
tries=0
while [ "$tries" -lt 15 ] && kill -0 "$s" 2>/dev/null; do
  sleep 1
  tries=$((tries + 1))
  pub -p "$mqtt_a" -i pa1 -t class/x -m "across $tries"
done
wait "$s" || true
echo "published on a, received on b: $(grep -o 'across [0-9]*' "$work/ab.txt" | sed 's/across/yes, publish number/' || echo "no ($(cat "$work/ab.txt"))")"

# MQTT 5
if pub -p "$mqtt_a" -V 5 -i pa5 -t v5/x -m five 2>"$work/v5.txt"; then echo "MQTT 5: yes"; else echo "MQTT 5: no ($(head -1 "$work/v5.txt"))"; fi

# what a QoS 2 subscription is granted
sub -p "$mqtt_a" -i sq2 -t q2/x -q 2 -d -E >"$work/q2.txt"
echo "QoS 2 subscription granted: $(grep -o 'Subscribed (mid: [0-9]*): [0-9x]*' "$work/q2.txt" | sed 's/.*: //' | head -1)"

# retained: to an exact and a wildcard subscription on the same node, and on the other node
pub -p "$mqtt_a" -i pr -t ret/1 -m kept -r -q 1
sleep 1
sub -p "$mqtt_a" -i r1 -t ret/1 -C 1 -W 3 >"$work/r-exact.txt"
sub -p "$mqtt_a" -i r2 -t 'ret/#' -C 1 -W 3 >"$work/r-wild.txt"
sub -p "$mqtt_b" -i r3 -t ret/1 -C 1 -W 3 >"$work/r-other.txt"
echo "retained, exact subscription on a: $(grep -q kept "$work/r-exact.txt" && echo yes || echo no)"
echo "retained, wildcard subscription on a: $(grep -q kept "$work/r-wild.txt" && echo yes || echo no)"
echo "retained, exact subscription on b (the other node): $(grep -q kept "$work/r-other.txt" && echo yes || echo no)"

# the lab's relay in front of node a: a QoS 2 publish, as the relay's mosquitto -v log shows it
rport="$(free_port)"
"$root/mqttlab" proxy --upstream "tcp://127.0.0.1:$mqtt_a" -p "$rport" -v >"$work/proxy.log" 2>&1 & pids+=($!)
wait_port "$rport" 60
pub -p "$rport" -i relayed -t lab/q2 -m through -q 2 || true
sleep 1
echo "QoS 2 through the relay to node a: $(grep -o 'Received PUBREC from relayed\|Sending PUBREC to relayed\|Sending PUBACK to relayed' "$work/proxy.log" | head -1 || echo none)"
echo "(logs in $work)" >&2
