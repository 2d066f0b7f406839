# Shared by the bench/ scripts (sourced, not run): a working folder, the jar copied into it, free
# loopback ports, and the two brokers started side by side — Debian's mosquitto and the lab's —
# each as its own process, stopped when the script exits.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MOSQUITTO="${MOSQUITTO:-/usr/sbin/mosquitto}"
LAB_JAVA_OPTS="${LAB_JAVA_OPTS:-}"
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
  java $LAB_JAVA_OPTS -cp "$jar" mqttlab.cli.Main broker -c "$work/lab.conf" >"$work/lab.log" 2>&1 &
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
