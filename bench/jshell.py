#!/usr/bin/python3
"""JShell's first snippet, side by side: the lab's `java` command and the JDK's own `jshell`, in one run.

Lab: from typing `java` at the `lab>` prompt (the snippet `1 + 1` typed right after it) to `==> 2` on the
screen, as for a student who has not opened lesson 12, twice: typed the moment the prompt shows (nothing
warmed: the coldest case), and typed after reading the banner for READ seconds (4), by when the lab has
warmed JShell's compiler in its own JVM (CompilerWarmUp; no JVM or client is started for it). JDK: from
starting `jshell` (the same snippet typed at once) to `==> 2`. Medians of RUNS runs; the ratio divides the
lab's by the JDK's.
On a machine others load too, GROUP_NICE=-20 (root) runs each terminal's session (the lab or jshell with
their JVMs) in a scheduling group (Linux autogroup) at that nice value, so that the others' load barely
reaches it: about what a quiet machine shows (the JDK's jshell took 1.8-2.1 s that way at load 11-16, 2.3 s
on a quiet machine, 7 s without).
Called by bench/jshell.sh.
"""
import fcntl
import os
import pty
import re
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from startup import ROOT, RUNS, free_port  # noqa: E402

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


GROUP_NICE = os.environ.get("GROUP_NICE")


def spawn(argv, env):
    if GROUP_NICE:  # set from inside the new session: the pty child's setsid starts a scheduling group of its own
        argv = ["/bin/sh", "-c", f'echo {int(GROUP_NICE)} > /proc/self/autogroup && exec "$@"', "sh"] + argv
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd


def wait_for(fd, marker, t0, limit=120):
    seen = b""
    while time.perf_counter() - t0 < limit:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
            if marker in ANSI.sub(b"", seen):
                return time.perf_counter()
    raise SystemExit(f"never saw {marker!r}: {ANSI.sub(b'', seen)[-600:]!r}")


def stop(pid, fd):
    os.kill(pid, 15)
    try:
        for _ in range(100):  # 5 s; an interactive bash ignores SIGTERM
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                break
            time.sleep(0.05)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


READ = float(os.environ.get("READ", "4"))


def lab_first_snippet(env, read):
    pid, fd = spawn([os.path.join(ROOT, "mqttlab"), "--port", str(free_port())], env)
    try:
        wait_for(fd, b"lab>", time.perf_counter())
        time.sleep(read)  # the student reads the banner (0: types at once)
        t0 = time.perf_counter()
        os.write(fd, b"java\r")
        time.sleep(0.05)
        os.write(fd, b"1 + 1\r")
        return wait_for(fd, b"==> 2", t0) - t0
    finally:
        stop(pid, fd)


def jdk_first_snippet(env):
    t0 = time.perf_counter()
    pid, fd = spawn(["jshell", "-q"], env)
    try:
        os.write(fd, b"1 + 1\n")
        return wait_for(fd, b"==> 2", t0) - t0
    finally:
        stop(pid, fd)


def main():
    home = tempfile.mkdtemp(prefix="mqttlab-jshell.")
    env = dict(os.environ, MQTTLAB_HOME=home, TERM="xterm-256color", COLUMNS="120", LINES="40")
    subprocess.run([os.path.join(ROOT, "mqttlab"), "--version"], env=env, stdout=subprocess.DEVNULL, check=True)
    load0 = os.getloadavg()[0]
    cold, read, jdk = [], [], []
    for _ in range(RUNS):
        jdk.append(jdk_first_snippet(env))
        cold.append(lab_first_snippet(env, 0))
        read.append(lab_first_snippet(env, READ))
    j = statistics.median(jdk) * 1000
    group = f", each terminal's scheduling group at nice {int(GROUP_NICE)}" if GROUP_NICE else ""
    print(f"Medians of {RUNS} runs (load {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end{group})\n")
    print("| first snippet `1 + 1` | ms | / JDK jshell |")
    print("| --- | --- | --- |")
    print(f"| JDK `jshell`, from its start | {j:.0f} | 1.0× |")
    for name, runs in ((f"lab `java`, typed the moment the prompt shows (cold)", cold),
                       (f"lab `java`, typed after {READ:g} s at the prompt (compiler warmed)", read)):
        m = statistics.median(runs) * 1000
        print(f"| {name} | {m:.0f} | {m / j:.2f}× |")


if __name__ == "__main__":
    main()
