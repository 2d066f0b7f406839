package mqttlab.classroom;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import mqttlab.broker.auth.ClientIdOwnership;
import mqttlab.broker.connect.Admission;
import mqttlab.broker.retain.RetainedLimit;
import mqttlab.broker.connect.ClientIds;
import mqttlab.broker.connect.ConnectionQuota;
import mqttlab.broker.session.Session;
import mqttlab.broker.session.SessionStore;
import mqttlab.protocol.packet.ConnectReturnCode;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.text.Phrase;

/**
 * Who gets into the class broker once the password matched:
 * <ul>
 * <li>a client id belongs to its account ({@link ClientIdOwnership}): a student connects only as
 *     {@code <user>} or {@code <user>-…}, and nobody takes over or resumes another account's
 *     session; refused with v5 0x85 (Client Identifier not valid) / 3.1.1 return code 2
 *     (identifier rejected), before the session is touched, so its owner keeps it and everything
 *     queued for it;</li>
 * <li>a student holds at most {@link ConnectionQuota#perUser} connections (v5 0x97 Quota
 *     exceeded / 3.1.1 3 server unavailable), logged when hit;</li>
 * <li>a student keeps at most {@link RetainedLimit#CLASSROOM_DEFAULT} retained messages (v5 0x97, 3.1.1
 *     the connection closed), logged when hit;</li>
 * <li>a student holds at most {@link #SUBSCRIPTIONS_PER_STUDENT} subscriptions over all their sessions (v5
 *     SUBACK 0x97, 3.1.1 0x80), logged when hit;</li>
 * <li>the staff accounts ({@link Roster#STAFF}: the instructor's console and own clients, the
 *     building) have no quota and are never turned away by {@code max_connections}.</li>
 * </ul>
 * A client that sends no id gets {@code <user>-<random>}, which obeys the rule.
 */
final class ClassroomAdmission implements Admission {
    private final ClientIdOwnership ids;
    private final ConnectionQuota quota;
    private final Set<String> staff;

    ClassroomAdmission(ClientIdOwnership ids, ConnectionQuota quota, Set<String> staff) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.quota = Objects.requireNonNull(quota, "quota");
        this.staff = Set.copyOf(staff);
    }

    @Override
    public Refusal check(String clientId, String username, SessionStore sessions) {
        if (!ids.mayUse(username, clientId)) {
            String owner = ids.owner(clientId).orElse(null);
            return new Refusal(ConnectReturnCode.IDENTIFIER_REJECTED, ReasonCode.CLIENT_IDENTIFIER_NOT_VALID, owner != null
                    ? new Phrase("connect.refused.id.owner", clientId, username, owner)
                    : new Phrase("connect.refused.id.rule", clientId, username));
        }
        Session existing = sessions.get(clientId);
        if (existing != null && !Objects.equals(existing.username(), username)) {
            return new Refusal(ConnectReturnCode.IDENTIFIER_REJECTED, ReasonCode.CLIENT_IDENTIFIER_NOT_VALID,
                    new Phrase("connect.refused.session", clientId, existing.username(), username));
        }
        if (!privileged(username) && quota.full(sessions, username, clientId)) {
            return new Refusal(ConnectReturnCode.SERVER_UNAVAILABLE, ReasonCode.QUOTA_EXCEEDED,
                    new Phrase("connect.refused.quota", clientId, username, quota.perUser()));
        }
        return null;
    }

    @Override
    public String assign(String username) {
        if (username == null || privileged(username)) return ClientIds.generate();
        return username + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A student keeps at most {@link RetainedLimit#CLASSROOM_DEFAULT}; the staff (the building's states, the class channel) no limit. */
    @Override
    public RetainedLimit retainedLimit(String username) {
        return privileged(username) ? null : RetainedLimit.CLASSROOM_DEFAULT;
    }

    /** A student's subscriptions over all their sessions: plenty for any lesson, a bound on what one student costs the broker. */
    static final int SUBSCRIPTIONS_PER_STUDENT = 1000;

    @Override
    public int subscriptionLimit(String username) {
        return privileged(username) ? Integer.MAX_VALUE : SUBSCRIPTIONS_PER_STUDENT;
    }

    @Override
    public boolean privileged(String username) {
        return username != null && staff.contains(username);
    }
}
