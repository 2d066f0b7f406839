package mqttlab.testsupport;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two RabbitMQ 3.10 nodes (Debian's {@code rabbitmq-server} with its MQTT plugin) clustered on this
 * machine, everything on loopback ephemeral ports: a private epmd, each node's distribution port and
 * MQTT listener, no AMQP listener. Node {@code a} loads the accounts and permissions as definitions at
 * boot; node {@code b} joins it ({@code join_cluster}), so both share users, permissions and routing.
 * The nodes run as the current user, straight from {@code /usr/lib/rabbitmq/bin} (Debian's wrapper in
 * {@code /usr/sbin} would switch to the {@code rabbitmq} user). Skipped with a message when
 * rabbitmq-server is missing, failed under {@code MQTTLAB_REQUIRE_PEERS=1}.
 *
 * <p>The accounts get the lab's classroom rules, as the README tells an administrator to set them:
 * each student reads and writes {@code students/<user>/#} and {@code lab/progress/<user>}, reads
 * {@code building/#} and {@code lab/class/#}; the instructor may do anything.
 */
public final class RabbitCluster implements AutoCloseable {
    static final Path BIN = Path.of("/usr/lib/rabbitmq/bin");
    private static final Duration START = Duration.ofSeconds(90);

    /** One node: its name, MQTT port, process and log. */
    public record Node(String name, int mqttPort, Process process, Path log) { }

    private final Path dir;
    private final int epmdPort;
    private final Process epmd;
    private final List<Node> nodes = new ArrayList<>();
    /** How long the nodes took to start, and to join (for the report). */
    public Duration startTime = Duration.ZERO;
    public Duration joinTime = Duration.ZERO;

    private RabbitCluster(Path dir, int epmdPort, Process epmd) {
        this.dir = dir;
        this.epmdPort = epmdPort;
        this.epmd = epmd;
    }

    /** True when Debian's rabbitmq-server is installed. */
    public static boolean installed() {
        return Files.isExecutable(BIN.resolve("rabbitmq-server")) && Files.isExecutable(BIN.resolve("rabbitmqctl"));
    }

    /**
     * Starts node a and node b in parallel and joins b to a. {@code accounts}: user → password; {@code admin}
     * is the instructor (every topic), the others are students.
     */
    public static RabbitCluster start(Path dir, Map<String, String> accounts, String admin) throws Exception {
        if (!installed()) Peers.missing("rabbitmq-server is not installed (Debian: apt-get install rabbitmq-server)");
        Path epmdBin = Peers.require("epmd");
        Files.createDirectories(dir);
        int epmdPort = DebianMosquitto.freePort();
        Process epmd = new ProcessBuilder(epmdBin.toString(), "-port", String.valueOf(epmdPort), "-address", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("epmd.log").toFile()).start();
        RabbitCluster c = new RabbitCluster(dir, epmdPort, epmd);
        try {
            waitForPort(epmdPort, Duration.ofSeconds(10), epmd);
            Path definitions = dir.resolve("definitions.json");
            Files.writeString(definitions, definitions(accounts, admin));
            long t0 = System.nanoTime();
            c.nodes.add(c.launch("a", definitions));
            c.nodes.add(c.launch("b", null));
            for (Node n : c.nodes) c.awaitStarted(n);
            c.startTime = Duration.ofNanos(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            // rabbitmqctl stop_app, join_cluster a@localhost, start_app, in one call (each call starts a VM: ~2 s here)
            c.ctl("b", "eval", "ok = rabbit:stop(), ok = rabbit_mnesia:join_cluster('a@localhost', disc), ok = rabbit:start().");
            waitForPort(c.nodes.get(1).mqttPort(), START, c.nodes.get(1).process());
            c.joinTime = Duration.ofNanos(System.nanoTime() - t1);
            return c;
        } catch (Exception | Error e) {
            c.close();
            throw e;
        }
    }

    public Node a() { return nodes.get(0); }

    public Node b() { return nodes.get(1); }

    /** {@code rabbitmqctl cluster_status} from node a (for failure messages and the report). */
    public String clusterStatus() throws Exception {
        return ctl("a", "cluster_status");
    }

    private Node launch(String name, Path definitions) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path cookie = home.resolve(".erlang.cookie");
        Files.writeString(cookie, "MQTTLABCLUSTERCOOKIE");
        Files.setPosixFilePermissions(cookie, PosixFilePermissions.fromString("r--------"));
        int mqtt = DebianMosquitto.freePort();
        int dist = DebianMosquitto.freePort();
        StringBuilder conf = new StringBuilder()
                .append("listeners.tcp = none\n")
                .append("mqtt.listeners.tcp.default = 127.0.0.1:").append(mqtt).append('\n')
                .append("mqtt.allow_anonymous = false\n")
                .append("loopback_users = none\n")
                .append("log.console = true\nlog.console.level = info\nlog.file = false\n");
        if (definitions != null) conf.append("load_definitions = ").append(definitions).append('\n');
        Files.writeString(home.resolve("rabbitmq.conf"), conf);
        Files.writeString(home.resolve("enabled_plugins"), "[rabbitmq_mqtt].\n");
        ProcessBuilder pb = new ProcessBuilder(BIN.resolve("rabbitmq-server").toString()).directory(home.toFile());
        env(pb, name);
        pb.environment().put("RABBITMQ_DIST_PORT", String.valueOf(dist));
        pb.environment().put("RABBITMQ_CONFIG_FILE", home.resolve("rabbitmq.conf").toString());
        pb.environment().put("RABBITMQ_ENABLED_PLUGINS_FILE", home.resolve("enabled_plugins").toString());
        pb.environment().put("RABBITMQ_MNESIA_BASE", home.resolve("mnesia").toString());
        pb.environment().put("RABBITMQ_LOG_BASE", home.resolve("log").toString());
        pb.environment().put("RABBITMQ_PID_FILE", home.resolve("pid").toString());
        pb.environment().put("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}");
        Path log = home.resolve("out.log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Node(name, mqtt, p, log);
    }

    private void env(ProcessBuilder pb, String node) {
        Map<String, String> e = pb.environment();
        e.put("HOME", dir.resolve(node).toString());
        e.put("ERL_EPMD_PORT", String.valueOf(epmdPort));
        e.put("ERL_EPMD_ADDRESS", "127.0.0.1");
        e.put("RABBITMQ_NODENAME", node + "@localhost");
    }

    private void awaitStarted(Node n) throws Exception {
        Await.until(() -> {
            if (!n.process().isAlive()) throw new IllegalStateException("rabbitmq node " + n.name() + " exited at start:\n" + tail(n.log()));
            try {
                return Files.exists(n.log()) && Files.readString(n.log()).contains("Server startup complete");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, START, () -> "rabbitmq node " + n.name() + " started:\n" + tail(n.log()));
        waitForPort(n.mqttPort(), Duration.ofSeconds(10), n.process());
    }

    /** Runs {@code rabbitmqctl -n NODE@localhost ARGS}; its output, or an exception with it. */
    public String ctl(String node, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BIN.resolve("rabbitmqctl").toString(), "-n", node + "@localhost"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.resolve(node).toFile()).redirectErrorStream(true);
        env(pb, node);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("rabbitmqctl " + String.join(" ", args) + " failed:\n" + out);
        }
        return out;
    }

    private static void waitForPort(int port, Duration timeout, Process owner) throws Exception {
        Await.until(() -> {
            if (!owner.isAlive()) throw new IllegalStateException("exited before listening on " + port);
            return Listening.on(port);
        }, timeout, () -> "something listening on 127.0.0.1:" + port);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /**
     * The definitions node a loads: the users (RabbitMQ's salted SHA-256 hash), full rights on the
     * vhost's queues (the MQTT plugin declares one per subscriber), and topic permissions on
     * {@code amq.topic}, where MQTT topics are routing keys with '.' for '/'.
     */
    static String definitions(Map<String, String> accounts, String admin) throws Exception {
        List<Map<String, Object>> users = new ArrayList<>();
        List<Map<String, Object>> perms = new ArrayList<>();
        List<Map<String, Object>> topics = new ArrayList<>();
        for (var a : accounts.entrySet()) {
            users.add(Map.of("name", a.getKey(), "password_hash", hash(a.getValue()),
                    "hashing_algorithm", "rabbit_password_hashing_sha256", "tags", a.getKey().equals(admin) ? List.of("administrator") : List.of()));
            perms.add(Map.of("user", a.getKey(), "vhost", "/", "configure", ".*", "write", ".*", "read", ".*"));
            topics.add(a.getKey().equals(admin)
                    ? Map.of("user", a.getKey(), "vhost", "/", "exchange", "amq.topic", "write", ".*", "read", ".*")
                    : Map.of("user", a.getKey(), "vhost", "/", "exchange", "amq.topic", "write", STUDENT_WRITE, "read", STUDENT_READ));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("users", users);
        d.put("vhosts", List.of(Map.of("name", "/")));
        d.put("permissions", perms);
        d.put("topic_permissions", topics);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        return gson.toJson(d);
    }

    /** What a student may publish: their own space and their own progress report (as the README gives it). */
    public static final String STUDENT_WRITE = "^(students\\.{username}\\..*|lab\\.progress\\.{username})$";
    /** What a student may subscribe to: their own space, the building, the class channel, their own report. */
    public static final String STUDENT_READ = "^(students\\.{username}\\..*|building\\..*|lab\\.class\\..*|lab\\.progress\\.{username})$";

    /** rabbit_password_hashing_sha256: base64(salt ‖ SHA-256(salt ‖ password)), a 4-byte salt. */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[4];
        new SecureRandom().nextBytes(salt);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(salt);
        byte[] digest = sha.digest(password.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[4 + digest.length];
        System.arraycopy(salt, 0, out, 0, 4);
        System.arraycopy(digest, 0, out, 4, digest.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /** Kills both nodes (and anything they started) and the private epmd; the data folders are the caller's temp dir. */
    @Override
    public void close() {
        for (Node n : nodes) {
            n.process().descendants().forEach(ProcessHandle::destroyForcibly);
            n.process().destroyForcibly();
        }
        for (Node n : nodes) {
            try {
                n.process().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        epmd.destroyForcibly();
    }
}
