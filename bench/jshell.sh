#!/usr/bin/env bash
# JShell's first snippet: the lab's `java` command (typed at once, and after READ s at the prompt) beside the JDK's `jshell`, medians of RUNS (5)
# runs in one invocation. Needs /usr/bin/python3 and a JDK with jshell.
#
#   bench/jshell.sh            # RUNS=5
#   RUNS=3 bench/jshell.sh
#   GROUP_NICE=-20 bench/jshell.sh   # on a machine others load: this run's terminals first (root; jshell.py says how)
set -euo pipefail
exec /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/jshell.py"
