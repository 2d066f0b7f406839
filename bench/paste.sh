#!/usr/bin/env bash
# A 100,000-character paste echoed: the lab beside bash (readline), medians of RUNS (5) pastes, bracketed
# and not, in one invocation. Needs /usr/bin/python3.
#
#   bench/paste.sh            # RUNS=5
#   RUNS=3 bench/paste.sh
set -euo pipefail
exec /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/paste.py"
