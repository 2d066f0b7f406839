package mqttlab.classroom;

import java.util.Objects;
import mqttlab.protocol.topic.TopicMatcher;
import mqttlab.broker.auth.Authorizer;

/**
 * The classroom's topic rules: the config's ACL, with the instructor's switches on top.
 * <ul>
 * <li>{@code class allow ac}: while on, any authenticated user may also publish to
 *     {@code <building>/+/ac/set} (the ACL still decides everything else; a deny rule in it does
 *     not matter for this one filter: the instructor's switch is the point).</li>
 * <li>The lab's internal accounts ({@link ClassroomPasswords#internalAccount}): {@code building}
 *     may read and write {@code <building>/#}; the instructor's console ({@value #CONSOLE}) may do
 *     anything; the projector page ({@value #PROJECTOR}) may read and subscribe to anything, the lab's
 *     {@code $lab/...} topics included, and write nothing. So the building and the page work whatever the
 *     ACL file says about them. No student rule reaches {@code $lab/...}: only the broker writes there.</li>
 * </ul>
 * The toggle is a volatile field: the broker's event loop reads it on every publish and delivery.
 */
public final class ClassroomAuthorizer implements Authorizer {
    /** The instructor console's internal account. */
    public static final String CONSOLE = "instructor";
    /** The building's internal account. */
    public static final String BUILDING = "building";
    /** The projector page's internal account: reads everything, writes nothing. */
    public static final String PROJECTOR = "projector";

    private final Authorizer acl;
    private final ClassroomPasswords accounts;
    private final String buildingPrefix;
    private volatile boolean acAllowed;

    public ClassroomAuthorizer(Authorizer acl, ClassroomPasswords accounts, String buildingPrefix) {
        this.acl = Objects.requireNonNull(acl, "acl");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.buildingPrefix = Objects.requireNonNull(buildingPrefix, "buildingPrefix");
    }

    public void allowAc(boolean allowed) { acAllowed = allowed; }

    public boolean acAllowed() { return acAllowed; }

    /** The filter {@code class allow ac} opens, e.g. {@code building/+/ac/set}. */
    public String acFilter() { return buildingPrefix + "/+/ac/set"; }

    @Override
    public boolean canWrite(String clientId, String username, String topic) {
        if (PROJECTOR.equals(username) && accounts.isInternal(username)) return false;
        Boolean own = internal(username, topic);
        if (own != null) return own;
        if (acAllowed && username != null && TopicMatcher.matches(acFilter(), topic)) return true;
        return acl.canWrite(clientId, username, topic);
    }

    @Override
    public boolean canRead(String clientId, String username, String topic) {
        if (PROJECTOR.equals(username) && accounts.isInternal(username)) return true;
        Boolean own = internal(username, topic);
        if (own != null) return own;
        return acl.canRead(clientId, username, topic);
    }

    @Override
    public boolean canSubscribe(String clientId, String username, String filter) {
        return accounts.isInternal(username) || acl.canSubscribe(clientId, username, filter);
    }

    /** The internal accounts' own rules; null when the ACL decides. */
    private Boolean internal(String username, String topic) {
        if (!accounts.isInternal(username)) return null;
        if (CONSOLE.equals(username)) return true;
        if (BUILDING.equals(username) && TopicMatcher.matches(buildingPrefix + "/#", topic)) return true;
        return null;
    }
}
