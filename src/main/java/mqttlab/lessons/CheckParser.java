package mqttlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a step's check line: a kind, then {@code key=value} pairs (values in double quotes may hold
 * spaces; {@code text=} may repeat). The kinds:
 * <pre>
 * subscribe filter=F | matches=TOPIC  [qos=N]        publish topic=T [qos=N] [payload=P] [retain=B]
 * received topic=T [qos=N] [payload=P] [retain=B] [dup=B]   retained topic=T [payload=P]
 * command NAME [contains=TEXT]                       packet-decoded [type=T]
 * answer text=A [text=B ...]                         packet type=T [dir=in|out] [dup=B] [qos=N]
 * connect [client=ID] [clean=B] [session-present=B]  disconnect [client=ID] [graceful=B]
 * session-durable   (= connect clean=false session-present=true)
 * probe port=N [remote=B] [published=B]              (the student's `probe N` found a broker there)
 * </pre>
 */
public final class CheckParser {
    private CheckParser() {}

    public static StepCheck parse(String line) {
        List<String> tokens = tokenize(line.strip());
        if (tokens.isEmpty()) throw new IllegalArgumentException("empty check");
        String kind = tokens.get(0);
        Map<String, List<String>> kv = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String t : tokens.subList(1, tokens.size())) {
            int eq = t.indexOf('=');
            if (eq > 0) kv.computeIfAbsent(t.substring(0, eq), k -> new ArrayList<>()).add(t.substring(eq + 1));
            else positional.add(t);
        }
        Args a = new Args(kind, kv);
        StepCheck check = switch (kind) {
            case "subscribe" -> new StepCheck.SubscriptionMade(a.opt("filter"), a.opt("matches"), a.integer("qos"));
            case "publish" -> new StepCheck.PublishSeen(a.req("topic"), a.integer("qos"), a.opt("payload"), a.bool("retain"));
            case "received" -> new StepCheck.MessageReceived(a.req("topic"), a.integer("qos"), a.opt("payload"),
                    a.bool("retain"), a.bool("dup"));
            case "retained" -> new StepCheck.RetainedPresent(a.req("topic"), a.opt("payload"));
            case "command" -> new StepCheck.CommandRun(positional.isEmpty() ? a.req("name") : positional.get(0), a.opt("contains"));
            case "packet-decoded" -> new StepCheck.PacketDecoded(a.opt("type"));
            case "answer" -> new StepCheck.AnswerGiven(kv.getOrDefault("text", List.of()));
            case "packet" -> new StepCheck.PacketObserved(a.req("type"), a.opt("dir").map(CheckParser::inbound),
                    a.bool("dup"), a.integer("qos"));
            case "connect" -> new StepCheck.Connected(a.opt("client"), a.bool("clean"), a.bool("session-present"));
            case "disconnect" -> new StepCheck.Disconnected(a.opt("client"), a.bool("graceful"));
            case "probe" -> new StepCheck.BrokerProbed(a.integer("port").orElseThrow(() -> new IllegalArgumentException("probe needs port=")),
                    a.bool("remote"), a.bool("published"));
            case "session-durable" -> new StepCheck.Connected(Optional.empty(), Optional.of(false), Optional.of(true));
            default -> throw new IllegalArgumentException("unknown check kind '" + kind + "'");
        };
        a.rejectUnused(positional.size() > ("command".equals(kind) ? 1 : 0) ? positional : List.of());
        return check;
    }

    private static boolean inbound(String dir) {
        return switch (dir.toLowerCase()) {
            case "in" -> true;
            case "out" -> false;
            default -> throw new IllegalArgumentException("dir must be in or out, not '" + dir + "'");
        };
    }

    static List<String> tokenize(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') { quoted = !quoted; any = true; }
            else if (Character.isWhitespace(c) && !quoted) {
                if (any) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else { cur.append(c); any = true; }
        }
        if (quoted) throw new IllegalArgumentException("unclosed quote in check: " + line);
        if (any) out.add(cur.toString());
        return out;
    }

    private record Args(String kind, Map<String, List<String>> kv) {
        private static final Set<String> TRUE = Set.of("true", "yes", "1"), FALSE = Set.of("false", "no", "0");

        Optional<String> opt(String key) {
            List<String> v = kv.get(key);
            return v == null ? Optional.empty() : Optional.of(v.get(0));
        }

        String req(String key) {
            return opt(key).orElseThrow(() -> new IllegalArgumentException(kind + " needs " + key + "="));
        }

        OptionalInt integer(String key) {
            Optional<String> v = opt(key);
            if (v.isEmpty()) return OptionalInt.empty();
            try {
                return OptionalInt.of(Integer.parseInt(v.get()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a number, not '" + v.get() + "'");
            }
        }

        Optional<Boolean> bool(String key) {
            return opt(key).map(v -> {
                if (TRUE.contains(v.toLowerCase())) return true;
                if (FALSE.contains(v.toLowerCase())) return false;
                throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
            });
        }

        void rejectUnused(List<String> extraPositional) {
            Set<String> known = Set.of("filter", "matches", "qos", "topic", "payload", "retain", "dup", "name", "contains",
                    "type", "text", "dir", "client", "clean", "session-present", "graceful",
                    "port", "remote", "published");
            for (String k : kv.keySet()) {
                if (!known.contains(k)) throw new IllegalArgumentException(kind + ": unknown key '" + k + "'");
            }
            if (!extraPositional.isEmpty()) throw new IllegalArgumentException(kind + ": unexpected " + extraPositional);
        }
    }
}
