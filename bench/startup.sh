#!/usr/bin/env bash
# Start-up table: the lab, mosquitto and the JVM floor (`java` printing "hi"), medians of RUNS (5) runs
# in one invocation, as ratios to the floor. Needs mosquitto, mosquitto-clients and /usr/bin/python3.
#
#   bench/startup.sh            # RUNS=5
#   RUNS=3 bench/startup.sh
set -euo pipefail
exec /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/startup.py"
