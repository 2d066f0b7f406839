package mqttlab.broker.auth;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * In a classroom, a client id belongs to an account: the user name itself, or the user name
 * followed by {@code -} and anything ({@code alice}, {@code alice-owl}, {@code alice-lab-3f9c}).
 * When two accounts could both claim an id ({@code bob} and {@code bob-smith} for
 * {@code bob-smith-owl}), the longer name owns it. A student may use only ids of their own; the
 * staff accounts (the instructor, the building) may also use ids nobody owns ({@code sensor-125-1}),
 * never a student's. So nobody can take over, resume or squat a classmate's session, and every
 * student can still follow a lesson's {@code -i owl}: the lab's shell makes it {@code alice-owl}
 * ({@link #ownId}). Mosquitto's nearest setting is {@code use_username_as_clientid}, which allows
 * one connection per account; this rule allows many.
 */
public final class ClientIdOwnership {
    private final Supplier<? extends Collection<String>> accounts;
    private final Predicate<String> staff;

    /** {@code accounts}: every user name the broker knows now; {@code staff}: those not bound to their own ids. */
    public ClientIdOwnership(Supplier<? extends Collection<String>> accounts, Predicate<String> staff) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.staff = Objects.requireNonNull(staff, "staff");
    }

    /** The account that owns {@code clientId}, if any: the longest user name that is the id or a prefix of it followed by {@code -}. */
    public Optional<String> owner(String clientId) {
        String best = null;
        for (String u : accounts.get()) {
            if (u.isEmpty() || !(clientId.equals(u) || clientId.startsWith(u + "-"))) continue;
            if (best == null || u.length() > best.length()) best = u;
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when {@code user} may connect as {@code clientId}: an owned id only by its owner; an id
     * nobody owns by the staff, and by clients without a user name (when the config lets them in at all).
     */
    public boolean mayUse(String user, String clientId) {
        Optional<String> owner = owner(clientId);
        if (owner.isPresent()) return owner.get().equals(user);
        return user == null || staff.test(user);
    }

    /**
     * The id a student's lab uses when asked for {@code asked}: unchanged when it is already the
     * user's ({@code alice}, {@code alice-owl}), else {@code <user>-<asked>} ({@code owl} → {@code alice-owl}).
     */
    public static String ownId(String user, String asked) {
        if (asked.isEmpty() || asked.equals(user) || asked.startsWith(user + "-")) return asked;
        return user + "-" + asked;
    }
}
