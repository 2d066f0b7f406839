package mqttlab.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time and resident memory, from Linux's /proc; -1 where unavailable. */
public final class ProcStat {
    /** USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every Linux that matters. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcStat() { }

    /** CPU seconds (user + system) the process has used so far. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND; // fields 14 and 15
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** This JVM's CPU seconds. */
    public static double ownCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? -1 : ns / 1e9;
        }
        return -1;
    }

    /** VmRSS in bytes. */
    public static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public static boolean alive(long pid) {
        return Files.exists(Path.of("/proc", String.valueOf(pid), "stat"));
    }
}
