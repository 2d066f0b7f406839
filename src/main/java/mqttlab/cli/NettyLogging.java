package mqttlab.cli;

import io.netty.util.internal.logging.AbstractInternalLogger;
import io.netty.util.internal.logging.FormattingTuple;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.MessageFormatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Netty's logging as it is by default here (java.util.logging at its default level, INFO), without its
 * start-up cost (issue 14). On its own, Netty's first class probes SLF4J, Log4J 2 and Log4J (none is on
 * the class path) and then starts java.util.logging's LogManager, which reads its configuration: a sixth
 * of the broker's start. Netty's debug and trace lines are off at that level, so they are dropped here
 * without asking; an info, warning or error line (a leak report) goes to the same java.util.logging
 * logger as before, in the same form, and java.util.logging starts when the first one is written. With a java.util.logging configuration of one's
 * own (its system properties), Netty is left to choose as it always did.
 */
final class NettyLogging {
    private NettyLogging() {}

    /** Before anything touches Netty (the process's first lines). */
    static void install() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) return;
        InternalLoggerFactory.setDefaultFactory(new InternalLoggerFactory() {
            @Override
            protected InternalLogger newInstance(String name) {
                return new InfoAndAbove(name);
            }
        });
    }

    /**
     * Drops debug and trace; writes the rest as Netty's own java.util.logging logger does (the same logger name,
     * message, exception and calling class and method), so a leak report reads as it always did.
     */
    private static final class InfoAndAbove extends AbstractInternalLogger {
        private transient volatile Logger jul;

        InfoAndAbove(String name) {
            super(name);
        }

        private void log(Level level, String message, Throwable thrown) {
            Logger l = jul;
            if (l == null) jul = l = Logger.getLogger(name());
            if (!l.isLoggable(level)) return;
            LogRecord r = new LogRecord(level, message);
            r.setLoggerName(name());
            r.setThrown(thrown);
            StackTraceElement[] stack = new Throwable().getStackTrace();
            for (int i = 1; i < stack.length; i++) { // the first frame that is not this logger's: who logged
                String c = stack[i].getClassName();
                if (!c.equals(InfoAndAbove.class.getName()) && !c.equals(AbstractInternalLogger.class.getName())) {
                    r.setSourceClassName(c);
                    r.setSourceMethodName(stack[i].getMethodName());
                    break;
                }
            }
            l.log(r);
        }

        private void log(Level level, FormattingTuple t) {
            log(level, t.getMessage(), t.getThrowable());
        }

        @Override public boolean isTraceEnabled() { return false; }
        @Override public void trace(String msg) {}
        @Override public void trace(String format, Object arg) {}
        @Override public void trace(String format, Object argA, Object argB) {}
        @Override public void trace(String format, Object... arguments) {}
        @Override public void trace(String msg, Throwable t) {}

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(String msg) {}
        @Override public void debug(String format, Object arg) {}
        @Override public void debug(String format, Object argA, Object argB) {}
        @Override public void debug(String format, Object... arguments) {}
        @Override public void debug(String msg, Throwable t) {}

        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(String msg) { log(Level.INFO, msg, null); }
        @Override public void info(String format, Object arg) { log(Level.INFO, MessageFormatter.format(format, arg)); }
        @Override public void info(String format, Object argA, Object argB) { log(Level.INFO, MessageFormatter.format(format, argA, argB)); }
        @Override public void info(String format, Object... arguments) { log(Level.INFO, MessageFormatter.arrayFormat(format, arguments)); }
        @Override public void info(String msg, Throwable t) { log(Level.INFO, msg, t); }

        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(String msg) { log(Level.WARNING, msg, null); }
        @Override public void warn(String format, Object arg) { log(Level.WARNING, MessageFormatter.format(format, arg)); }
        @Override public void warn(String format, Object argA, Object argB) { log(Level.WARNING, MessageFormatter.format(format, argA, argB)); }
        @Override public void warn(String format, Object... arguments) { log(Level.WARNING, MessageFormatter.arrayFormat(format, arguments)); }
        @Override public void warn(String msg, Throwable t) { log(Level.WARNING, msg, t); }

        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(String msg) { log(Level.SEVERE, msg, null); }
        @Override public void error(String format, Object arg) { log(Level.SEVERE, MessageFormatter.format(format, arg)); }
        @Override public void error(String format, Object argA, Object argB) { log(Level.SEVERE, MessageFormatter.format(format, argA, argB)); }
        @Override public void error(String format, Object... arguments) { log(Level.SEVERE, MessageFormatter.arrayFormat(format, arguments)); }
        @Override public void error(String msg, Throwable t) { log(Level.SEVERE, msg, t); }
    }
}
