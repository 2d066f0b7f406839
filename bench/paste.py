#!/usr/bin/python3
"""A 100,000-character paste, side by side: the lab's prompt and bash's (readline), in one run.

From the first byte of the paste written to the terminal to its last characters echoed on the screen,
bracketed (the terminal marks the paste, as xterm, tmux and most do) and as a burst (a terminal that
does not). Medians of RUNS runs; the ratio divides the lab's by bash's. Called by bench/paste.sh.
"""
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jshell import spawn, stop, wait_for  # noqa: E402
from startup import ROOT, RUNS  # noqa: E402

SIZE = 100_000


def echo_seconds(fd, prefix, bracketed, n):
    end = b"END%d" % n
    line = prefix + b"x" * (SIZE - len(prefix) - len(end)) + end
    data = b"\x1b[200~" + line + b"\x1b[201~" if bracketed else line
    t0 = time.perf_counter()
    for k in range(0, len(data), 4096):  # as a terminal delivers it
        os.write(fd, data[k:k + 4096])
    t = wait_for(fd, end, t0) - t0
    os.write(fd, b"\x15")  # Ctrl-U: the line goes, nothing runs
    time.sleep(0.5)
    return t


def measure(argv, prompt, prefix, env, kinds):
    pid, fd = spawn(argv, env)
    try:
        wait_for(fd, prompt, time.perf_counter())
        time.sleep(1.0)
        return {br: [echo_seconds(fd, prefix, br, i) for i in range(RUNS)] for br in kinds}
    finally:
        stop(pid, fd)


def main():
    env = dict(os.environ, MQTTLAB_HOME=tempfile.mkdtemp(prefix="mqttlab-paste."), TERM="xterm-256color",
               COLUMNS="120", LINES="40")
    lab = measure([os.path.join(ROOT, "mqttlab"), "--no-building", "--port", "0"], b"lab>", b"pub -t paste -m ", env, (True, False))
    # readline redraws the line after every character of an unbracketed burst: minutes for 100,000, so not run
    bash = measure(["bash", "--norc", "--noprofile", "-i"], b"$ ", b": ", dict(env, PS1="$ "), (True,))
    print(f"Medians of {RUNS} pastes of {SIZE:,} characters (load {os.getloadavg()[0]:.1f})\n")
    print("| paste | bash (readline) | the lab | lab / bash |")
    print("| --- | --- | --- | --- |")
    for br, what in ((True, "bracketed"), (False, "burst, not bracketed")):
        l = statistics.median(lab[br]) * 1000
        if br in bash:
            b = statistics.median(bash[br]) * 1000
            print(f"| {what} | {b:.0f} ms | {l:.0f} ms | {l / b:.1f}× |")
        else:
            print(f"| {what} | not run (quadratic) | {l:.0f} ms | — |")


if __name__ == "__main__":
    main()
