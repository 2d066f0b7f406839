#!/usr/bin/python3
"""Start-up, side by side: the lab, mosquitto and the JVM floor (`java` printing "hi"), in one run.

Each row is the median of RUNS whole-process runs; the ratio column divides the lab's median by the
floor's median from the same run, so a loaded machine moves both. Called by bench/startup.sh.
"""
import fcntl
import os
import pty
import re
import select
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import termios
import tempfile
import time

RUNS = int(os.environ.get("RUNS", "5"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOSQUITTO = os.environ.get("MOSQUITTO", "/usr/sbin/mosquitto")
MOSQUITTO_PUB = shutil.which("mosquitto_pub") or "/usr/bin/mosquitto_pub"
CONNECT_311 = bytes([0x10, 0x0E, 0, 4]) + b"MQTT" + bytes([4, 2, 0, 60, 0, 2]) + b"sb"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(argv, env=None):
    t0 = time.perf_counter()
    r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, timeout=60)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return dt


def first_connack(argv, port, env=None):
    """Seconds from launching a broker to the first CONNACK it sends on `port`."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = t0 + 30
        while time.perf_counter() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                    s.sendall(CONNECT_311)
                    if s.recv(4)[:1] == b"\x20":
                        return time.perf_counter() - t0
            except OSError:
                time.sleep(0.0005)
        raise SystemExit(f"no CONNACK from {argv[0]} on {port}")
    finally:
        p.terminate()
        p.wait(10)


def to_prompt(argv, prompt, env):
    """Seconds from launching an interactive program in a terminal to its prompt on the screen."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execvpe(argv[0], argv, env)
    seen = b""
    try:
        while time.perf_counter() - t0 < 60:
            r, _, _ = select.select([fd], [], [], 0.5)
            if r:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
                if prompt in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen):
                    return time.perf_counter() - t0
        raise SystemExit(f"no prompt from {' '.join(argv)}: {seen[-400:]!r}")
    finally:
        os.kill(pid, 15)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(fd)


def main():
    jar_src = os.path.join(ROOT, "target", "mqttlab.jar")
    work = tempfile.mkdtemp(prefix="mqttlab-startup.")
    home = os.path.join(work, "home")
    os.makedirs(home)
    env = dict(os.environ, MQTTLAB_HOME=home, TERM="xterm-256color", COLUMNS="120", LINES="40")
    with open(os.path.join(work, "Hi.java"), "w") as f:
        f.write('public class Hi { public static void main(String[] a) { System.out.println("hi"); } }\n')
    subprocess.run(["javac", "-d", work, os.path.join(work, "Hi.java")], check=True)
    lab = [os.path.join(ROOT, "mqttlab")]
    timed(lab + ["--version"], env)  # builds the jar when stale, outside the measurement
    floor = ["java", "-cp", work, "Hi"]

    mport = free_port()
    mconf = os.path.join(work, "m.conf")
    with open(mconf, "w") as f:
        f.write(f"listener {mport} 127.0.0.1\nallow_anonymous true\n")
    os.chmod(work, 0o755)
    os.chmod(mconf, 0o644)
    target = subprocess.Popen([MOSQUITTO, "-c", mconf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3)

    rows = []  # (what, mosquitto samples or None, lab samples, floor samples)
    try:
        for _ in range(RUNS):
            sample = {}
            sample["floor"] = timed(floor)
            sample["pub_m"] = timed([MOSQUITTO_PUB, "-p", str(mport), "-t", "test", "-m", "33"])
            sample["pub"] = timed(lab + ["pub", "-p", str(mport), "-t", "test", "-m", "33"], env)
            sample["decode"] = timed(lab + ["decode", "c0", "00"], env)
            sample["match"] = timed(lab + ["match", "a/+", "a/b"], env)
            p = free_port()
            sample["broker_m"] = first_connack([MOSQUITTO, "-p", str(p)], p)
            p = free_port()
            sample["broker"] = first_connack(lab + ["broker", "-p", str(p)], p, env)
            p = free_port()
            sample["shell"] = to_prompt(lab + ["--port", str(p)], b"lab>", env)
            rows.append(sample)
    finally:
        target.terminate()
        target.wait(10)
        shutil.rmtree(work, ignore_errors=True)

    med = {k: statistics.median(r[k] for r in rows) * 1000 for k in rows[0]}
    floor_ms = med["floor"]

    def line(what, mosq, lab_key, target_ratio):
        m = f"{med[mosq]:.0f} ms" if mosq else "—"
        ratio = med[lab_key] / floor_ms
        verdict = "yes" if ratio <= target_ratio else "no"
        print(f"| {what} | {m} | {med[lab_key]:.0f} ms | {ratio:.1f}× | ≤ {target_ratio}× | {verdict} |")

    print(f"Medians of {RUNS} runs; floor (`java` printing \"hi\") = {floor_ms:.0f} ms\n")
    print("| what | mosquitto | the lab | lab / floor | target | met |")
    print("| --- | --- | --- | --- | --- | --- |")
    line("`pub` of one message, whole process", "pub_m", "pub", 5)
    line("`mqttlab decode c0 00`", None, "decode", 3)
    line("`mqttlab match 'a/+' a/b`", None, "match", 3)
    line("broker start to first CONNACK", "broker_m", "broker", 5)
    line("shell start to `lab>` with the building", None, "shell", 10)


if __name__ == "__main__":
    main()
