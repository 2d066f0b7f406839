/**
 * The load generator behind {@code mqttlab bench} and {@code bench/compare.sh}: fan-in, fan-out and idle
 * connections against any broker, with delivery counted message by message (lost, duplicated) and
 * latency histograms. May import {@code protocol} and {@code broker} (for an embedded broker).
 */
package mqttlab.bench;
