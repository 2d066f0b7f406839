package mqttlab.bench;

import java.lang.management.ManagementFactory;

/** How much memory the broker uses now, in bytes: what `conns` divides by the connections it holds. */
public interface MemoryProbe {
    long bytes();

    /** What is measured, for the report. */
    /** What was measured, for the result's memory line (the lab's language) and its JSON (English). */
    mqttlab.text.Phrase what();

    /** VmRSS of another process (the broker's pid), as the kernel counts it. */
    static MemoryProbe resident(long pid) {
        return new MemoryProbe() {
            public long bytes() { return ProcStat.residentBytes(pid); }

            public mqttlab.text.Phrase what() { return new mqttlab.text.Phrase("bench.memory.rss", pid); }
        };
    }

    /**
     * The Java heap in use after full collections, for a lab broker running in this JVM. The
     * generator's own client connections are in the same heap, so this counts both ends.
     */
    static MemoryProbe heap() {
        return new MemoryProbe() {
            public long bytes() {
                long used = Long.MAX_VALUE;
                for (int i = 0; i < 4; i++) {
                    System.gc();
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                }
                return used;
            }

            public mqttlab.text.Phrase what() { return new mqttlab.text.Phrase("bench.memory.heap"); }
        };
    }
}
