#!/usr/bin/env bash
# JMH: the codec's decode/encode throughput (src/test/java/mqttlab/bench/CodecBenchmark.java).
# JMH is a test-scope dependency, so it stays out of the runtime jar; this compiles the tests and runs
# JMH from the test classpath. Extra arguments go to JMH (default: a short run, 1 fork).
#
#   bench/codec.sh
#   bench/codec.sh -f 2 -wi 5 -i 10
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(-f 1 -wi 2 -i 3 -r 1 -w 1)
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main CodecBenchmark "${args[@]}"
