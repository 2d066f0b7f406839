package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Netty's loggers after {@link NettyLogging#install}: what java.util.logging at its default level would pass, to it. */
class NettyLoggingTest {
    private final InternalLoggerFactory before = InternalLoggerFactory.getDefaultFactory();
    private final Logger jul = Logger.getLogger("mqttlab.test.NettyLoggingTest");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override public void publish(LogRecord r) { records.add(r); }
        @Override public void flush() {}
        @Override public void close() {}
    };

    @AfterEach
    void restore() {
        jul.removeHandler(handler);
        jul.setUseParentHandlers(true);
        InternalLoggerFactory.setDefaultFactory(before);
    }

    @Test
    @DisplayName("a leak report (error) and a warning reach java.util.logging's logger of the same name, formatted as Netty does")
    void infoAndAboveReachJul() {
        NettyLogging.install();
        InternalLogger netty = InternalLoggerFactory.getInstance(jul.getName());
        jul.addHandler(handler);
        jul.setUseParentHandlers(false); // the test's records, not on the console
        netty.error("LEAK: {} was not released", "ByteBuf");
        netty.warn("slow {} of {}", "close", "channel");
        netty.info("started");
        netty.warn(new IllegalStateException("closed"));
        assertEquals(4, records.size(), "four records");
        assertEquals("closed", records.get(3).getThrown().getMessage());
        assertEquals(Level.SEVERE, records.get(0).getLevel());
        assertEquals("LEAK: ByteBuf was not released", records.get(0).getMessage());
        assertEquals(Level.WARNING, records.get(1).getLevel());
        assertEquals("slow close of channel", records.get(1).getMessage());
        assertEquals(Level.INFO, records.get(2).getLevel());
        for (LogRecord r : records) { // who logged, as Netty's own JdkLogger reports it
            assertEquals(NettyLoggingTest.class.getName(), r.getSourceClassName());
            assertEquals("infoAndAboveReachJul", r.getSourceMethodName());
            assertEquals(jul.getName(), r.getLoggerName());
        }
        assertTrue(netty.isWarnEnabled() && netty.isErrorEnabled() && netty.isInfoEnabled());
    }

    @Test
    @DisplayName("debug and trace lines are dropped, as at java.util.logging's default level (INFO)")
    void debugAndTraceDropped() {
        NettyLogging.install();
        InternalLogger netty = InternalLoggerFactory.getInstance(jul.getName());
        jul.addHandler(handler);
        jul.setUseParentHandlers(false); // the test's records, not on the console
        netty.debug("-Dio.netty.noUnsafe: {}", false);
        netty.trace("probe {} {}", "a", "b");
        assertFalse(netty.isDebugEnabled());
        assertFalse(netty.isTraceEnabled());
        assertTrue(records.isEmpty(), "nothing logged: " + records);
    }
}
