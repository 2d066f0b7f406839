package mqttlab.broker.persist;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import mqttlab.broker.subscription.SubscriptionEntry;
import mqttlab.files.AtomicFile;
import mqttlab.protocol.property.Property;
import mqttlab.protocol.property.UserProperty;

/**
 * Writes a {@link Snapshot}: format version 1, all integers big-endian.
 * <pre>
 * file     = "MQLB" | u16 version | u32 bodyLength | body | u32 CRC32 of every byte before it
 * body     = i64 savedAtMillis | u32 n | message*n (retained) | u32 n | session*n
 * message  = str topic | bin payload | u8 qos | u8 retain | i64 remainingExpiry (-1 none) | str origin | props
 * props    = u16 n | (u8 propertyId | value)*n; integers as i64, strings as str, binary as bin, user property as str str
 * session  = str clientId | u8 protocolLevel | u8 cleanStart | i64 expiryInterval | i64 expiresIn | str username
 *            | u32 n | sub*n | u32 n | outbound*n (in flight) | u32 n | outbound*n (queued) | u32 n | received*n
 * sub      = str filter | u8 qos | u8 flags (1 no local, 2 retain as published) | u8 retainHandling | u32 subscriptionId
 * outbound = u8 state (0 queued, 1 awaiting PUBACK, 2 awaiting PUBREC, 3 awaiting PUBCOMP) | u16 packetId | u8 qos
 *            | u8 retain | u16 n | u32 subscriptionId*n | message
 * received = u16 packetId | u8 routed (0 = refused, no message follows) | message
 * str      = i32 byteLength (-1 = null) | UTF-8 bytes;   bin = u32 byteLength | bytes
 * </pre>
 * {@link #write} replaces the file atomically: a temporary file in the same folder, forced to
 * disk, renamed over the old one, then the folder forced, so a crash at any moment leaves either
 * the old file or the new one, never a mix.
 */
public final class SnapshotWriter {

    private SnapshotWriter() { }

    public static byte[] encode(Snapshot s) {
        try {
            ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(4096);
            DataOutputStream body = new DataOutputStream(bodyBytes);
            body.writeLong(s.savedAtMillis());
            body.writeInt(s.retained().size());
            for (StoredMessage m : s.retained()) message(body, m);
            body.writeInt(s.sessions().size());
            for (StoredSession session : s.sessions()) session(body, session);
            body.flush();
            ByteArrayOutputStream fileBytes = new ByteArrayOutputStream(bodyBytes.size() + 16);
            DataOutputStream file = new DataOutputStream(fileBytes);
            file.write(Snapshot.MAGIC);
            file.writeShort(Snapshot.FORMAT_VERSION);
            file.writeInt(bodyBytes.size());
            bodyBytes.writeTo(file);
            file.flush();
            CRC32 crc = new CRC32();
            crc.update(fileBytes.toByteArray());
            file.writeInt((int) crc.getValue());
            return fileBytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    /** Encodes and atomically replaces {@code file}, readable by its owner only: it holds every client's messages. */
    public static void write(Snapshot s, Path file) throws IOException {
        AtomicFile.write(file, encode(s));
    }

    private static void session(DataOutputStream out, StoredSession s) throws IOException {
        str(out, s.clientId());
        out.writeByte(s.version().level());
        out.writeByte(s.cleanStart() ? 1 : 0);
        out.writeLong(s.expiryInterval());
        out.writeLong(s.expiresIn());
        str(out, s.username());
        out.writeInt(s.subscriptions().size());
        for (SubscriptionEntry e : s.subscriptions()) {
            str(out, e.filter());
            out.writeByte(e.qos());
            out.writeByte((e.noLocal() ? 1 : 0) | (e.retainAsPublished() ? 2 : 0));
            out.writeByte(e.retainHandling());
            out.writeInt(e.subscriptionId());
        }
        out.writeInt(s.inflight().size());
        for (StoredOutbound o : s.inflight()) outbound(out, o);
        out.writeInt(s.queue().size());
        for (StoredOutbound o : s.queue()) outbound(out, o);
        out.writeInt(s.awaitingPubRel().size());
        for (StoredSession.Received r : s.awaitingPubRel()) {
            out.writeShort(r.packetId());
            out.writeByte(r.message() == null ? 0 : 1);
            if (r.message() != null) message(out, r.message());
        }
    }

    private static void outbound(DataOutputStream out, StoredOutbound o) throws IOException {
        out.writeByte(SnapshotReader.stateCode(o.state()));
        out.writeShort(o.packetId());
        out.writeByte(o.qos().value());
        out.writeByte(o.retain() ? 1 : 0);
        out.writeShort(o.subscriptionIds().length);
        for (int id : o.subscriptionIds()) out.writeInt(id);
        message(out, o.message());
    }

    private static void message(DataOutputStream out, StoredMessage m) throws IOException {
        str(out, m.topic());
        out.writeInt(m.payload().length);
        out.write(m.payload());
        out.writeByte(m.qos().value());
        out.writeByte(m.retain() ? 1 : 0);
        out.writeLong(m.remainingExpiry());
        str(out, m.origin());
        out.writeShort(m.properties().list().size());
        for (Property p : m.properties().list()) {
            out.writeByte(p.id().id());
            switch (p.id().type()) {
                case UTF8_STRING -> str(out, (String) p.value());
                case BINARY_DATA -> {
                    byte[] b = (byte[]) p.value();
                    out.writeInt(b.length);
                    out.write(b);
                }
                case UTF8_STRING_PAIR -> {
                    UserProperty u = (UserProperty) p.value();
                    str(out, u.name());
                    str(out, u.value());
                }
                default -> out.writeLong(p.longValue());
            }
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
