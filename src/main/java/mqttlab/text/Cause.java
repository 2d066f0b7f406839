package mqttlab.text;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Why something failed, in the reader's language. Java's own words ("Connection refused",
 * "/home/x/a.txt", "Permission denied") used to follow a Korean sentence as they were; the common
 * causes of a file or network failure are the catalogue's {@code why.*} sentences instead, found
 * anywhere in the chain of causes (hivemq and Netty wrap them). Anything else keeps its own first
 * line, without the exception class names in front: nothing better is known about it.
 */
public final class Cause {
    private Cause() { }

    /** The reason {@code t} happened, for a person: a catalogue sentence when the cause is a known one. */
    public static String of(Throwable t) {
        if (t == null) return "";
        return known(t).map(Phrase::shown).orElseGet(() -> raw(t));
    }

    /**
     * The catalogue's sentence for {@code t}, or for the cause it only wraps. A wrapper says nothing of its
     * own (CompletionException, an UncheckedIOException repeating its cause); an exception with its own
     * sentence ("cannot open port 1883: …") is not looked through, so that sentence is never lost.
     */
    public static Optional<Phrase> known(Throwable t) {
        for (Throwable c = t; c != null; c = wrapped(c)) {
            Phrase p = phrase(c);
            if (p != null) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The cause {@code c} merely wraps, or null when {@code c} says something of its own. */
    private static Throwable wrapped(Throwable c) {
        Throwable cause = c.getCause();
        if (cause == null || cause == c) return null;
        String m = c.getMessage();
        boolean wrapper = c instanceof java.util.concurrent.CompletionException || c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.lang.reflect.InvocationTargetException || c.getClass().getName().startsWith("com.hivemq.")
                || m == null || m.equals(cause.toString()) || m.equals(cause.getMessage());
        return wrapper ? cause : null;
    }

    private static Phrase phrase(Throwable c) {
        String m = c.getMessage() == null ? "" : c.getMessage();
        if (c instanceof NoSuchFileException) return new Phrase("why.no.file");
        if (c instanceof AccessDeniedException) return new Phrase("why.permission");
        if (c instanceof NotDirectoryException) return new Phrase("why.not.directory");
        if (c instanceof FileAlreadyExistsException) return new Phrase("why.exists");
        if (c instanceof DirectoryNotEmptyException) return new Phrase("why.not.empty");
        if (c instanceof CharacterCodingException) return new Phrase("why.not.utf8");
        if (c instanceof BindException) {
            if (m.contains("already in use")) return new Phrase("why.in.use");
            if (m.contains("Cannot assign requested address")) return new Phrase("why.no.address");
            if (m.contains("Permission denied")) return new Phrase("why.port.permission");
        }
        if (c instanceof ConnectException) return new Phrase(m.contains("timed out") ? "why.timeout" : "why.refused");
        if (c instanceof UnknownHostException) return new Phrase("why.unknown.host", m.replaceFirst(":.*", ""));
        if (c instanceof NoRouteToHostException) return new Phrase("why.no.route");
        if (c instanceof SocketTimeoutException || c instanceof TimeoutException) return new Phrase("why.timeout");
        if (c instanceof SocketException) {
            if (m.contains("Connection reset") || m.contains("Broken pipe")) return new Phrase("why.reset");
            if (m.contains("Network is unreachable")) return new Phrase("why.no.network");
        }
        if (c instanceof java.io.IOException) {
            // the system's reason: java.nio's as the exception's reason, java.io's in brackets after the path, or the whole message
            String why = c instanceof FileSystemException f && f.getReason() != null ? f.getReason() : m;
            if (os(why, "No such file or directory")) return new Phrase("why.no.file");
            if (os(why, "Permission denied") || os(why, "Access is denied")) return new Phrase("why.permission");
            if (os(why, "Is a directory")) return new Phrase("why.is.directory");
            if (os(why, "Not a directory")) return new Phrase("why.not.directory");
            if (os(why, "No space left on device")) return new Phrase("why.no.space");
            if (os(why, "Read-only file system")) return new Phrase("why.read.only");
        }
        // hivemq's, by name: this package depends on no client library
        String name = c.getClass().getName();
        if (name.equals("com.hivemq.client.mqtt.exceptions.ConnectionClosedException")) return new Phrase("why.closed");
        if (name.equals("io.netty.channel.ConnectTimeoutException")) return new Phrase("why.timeout");
        return null;
    }

    /** {@code why} is the system's {@code reason}: all of it, or in brackets at its end ("/root/a (Permission denied)"). */
    private static boolean os(String why, String reason) {
        return why.equals(reason) || why.endsWith("(" + reason + ")");
    }

    /** The first line of what {@code t} (or the cause it wraps) says, without "java.io.IOException: " in front. */
    public static String raw(Throwable t) {
        Throwable c = t;
        for (Throwable w = wrapped(c); w != null; w = wrapped(c)) c = w;
        String m = c.getMessage();
        if (m == null || m.isBlank()) return c.getClass().getSimpleName();
        String line = m.lines().findFirst().orElse(m);
        return line.replaceAll("^([\\w.$]+(Exception|Error): )+", "");
    }
}
