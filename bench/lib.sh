# Shared by the bench/ scripts (sourced, not run): a working folder, the jar copied into it, free
# loopback ports, and the two brokers started side by side — Debian's mosquitto and the lab's —
# each as its own process, stopped when the script exits.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MOSQUITTO="${MOSQUITTO:-/usr/sbin/mosquitto}"
LAB_JAVA_OPTS="${LAB_JAVA_OPTS:-}" # added after the broker's own options, so it can override them
# the JVM options the `mqttlab` launcher gives `mqttlab broker` (broker/jvm.options), so bench/ measures that broker
LAB_BROKER_OPTS="$(grep -v '^[[:space:]]*\(#\|$\)' "$root/broker/jvm.options" 2>/dev/null | tr '\n' ' ')"
[ -x "$MOSQUITTO" ] || { echo "mosquitto not found at $MOSQUITTO (Debian: apt-get install mosquitto)" >&2; exit 1; }
"$root/mqttlab" --version >/dev/null # builds the jar when it is missing or stale

work="$(mktemp -d "${TMPDIR:-/tmp}/mqttlab-bench.XXXXXX")"
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

# start_mosquitto [EXTRA CONFIG LINE...]: sets mport and mpid
start_mosquitto() {
  mport="$(free_port)"
  { printf 'listener %s 127.0.0.1\nallow_anonymous true\n' "$mport"; printf '%s\n' "$@"; } >"$work/mosquitto.conf"
  chmod 644 "$work/mosquitto.conf"
  "$MOSQUITTO" -c "$work/mosquitto.conf" >"$work/mosquitto.log" 2>&1 &
  mpid=$!
  pids+=("$mpid")
  wait_port "$mport"
}

# start_lab [EXTRA CONFIG LINE...]: sets lport and lpid
start_lab() {
  lport="$(free_port)"
  { printf 'listener %s 127.0.0.1\nallow_anonymous true\n' "$lport"; printf '%s\n' "$@"; } >"$work/lab.conf"
  # shellcheck disable=SC2086
  java $LAB_BROKER_OPTS $LAB_JAVA_OPTS -cp "$jar" mqttlab.cli.Main broker -c "$work/lab.conf" >"$work/lab.log" 2>&1 &
  lpid=$!
  pids+=("$lpid")
  wait_port "$lport"
}

# rss_kib PID: the process's resident set now, in KiB
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# cpu_ticks PID: user + system CPU the process has used, in clock ticks (1/100 s)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# established PORT: TCP connections established to this local port
established() { ss -Htn state established "( sport = :$1 )" | wc -l; }

# heap_after_gc_kib PID: a JVM's heap in use after a full collection (jcmd GC.run), in KiB
heap_after_gc_kib() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/Metaspace|class space|region size/ {next} {for (i = 1; i < NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?$/, "", v); s += v}} END {print s + 0}'
}

# measure_conns NAME PORT PID: CONNS idle connections to one broker, held HOLD s (bench conns); appends
# to $work/conns.txt the broker's CPU ticks before and once it holds them all, VmRSS before and after,
# and (lab) the heap after a full GC before and after, then the bench's JSON. bench/conns_table.py reads it.
measure_conns() {
  local name="$1" port="$2" pid="$3" heap0=-1 heap1=-1 rss0 rss1 cpu0 cpu1 bpid
  [ "$name" = lab ] && heap0="$(heap_after_gc_kib "$pid")"
  rss0="$(rss_kib "$pid")"
  cpu0="$(cpu_ticks "$pid")"
  java -jar "$jar" bench conns --connections "$CONNS" --duration "$HOLD" --timeout 300 -p "$port" --pid "$pid" --json \
    >"$work/bench-conns-$name.json" 2>>"$work/bench.log" &
  bpid=$!
  # the broker's CPU up to the moment it holds every connection (not the hold, nor the pings after it)
  until [ "$(established "$port")" -ge "$CONNS" ] || ! kill -0 "$bpid" 2>/dev/null; do sleep 0.05; done
  cpu1="$(cpu_ticks "$pid")"
  sleep 1 # the last CONNACKs out, the broker settled
  rss1="$(rss_kib "$pid")"
  [ "$name" = lab ] && heap1="$(heap_after_gc_kib "$pid")"
  wait "$bpid" || true
  echo "$name $cpu0 $cpu1 $rss0 $rss1 $heap0 $heap1 $(cat "$work/bench-conns-$name.json")" >>"$work/conns.txt"
  echo "  $name  conns  cpu $(( (cpu1 - cpu0) * 10 )) ms, VmRSS $rss0 -> $rss1 KiB, heap $heap0 -> $heap1 KiB" >&2
}
