package mqttlab.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;

/**
 * A temporary copy of the shipped {@code broker/classroom.conf} and {@code broker/acl.example},
 * changed only where a test must: an ephemeral port on {@code bind} (127.0.0.1 by default), a
 * generated roster ({@code s01..sNN}, password {@code pw-sNN}) written with {@link Roster}, no
 * persistence folder next to the repository, and quiet logs.
 */
public final class ClassroomFixture {
    public final Path dir;
    public final Path conf;
    public final Path passwd;
    public final List<String> students = new ArrayList<>();

    private ClassroomFixture(Path dir) {
        this.dir = dir;
        this.conf = dir.resolve("classroom.conf");
        this.passwd = dir.resolve("passwd");
    }

    public static ClassroomFixture create(Path dir, int students, String bind, int port) throws IOException {
        ClassroomFixture f = new ClassroomFixture(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String text = Files.readString(Path.of("broker/classroom.conf"))
                .replace("listener 1883 0.0.0.0", "listener " + port + " " + bind)
                .replace("password_file passwd.example", "password_file passwd")
                .replace("persistence_location classroom-data/", "persistence_location " + dir.resolve("data") + "/")
                .replaceAll("(?m)^log_type .*$", "")
                .replace("log_dest stderr", "log_type none\nsys_interval 0");
        Files.writeString(f.conf, text);
        Files.copy(Path.of("broker/acl.example"), dir.resolve("acl.example"));
        StringBuilder csv = new StringBuilder("user,password\n");
        for (int i = 1; i <= students; i++) {
            String u = String.format("s%02d", i);
            f.students.add(u);
            csv.append(u).append(",pw-").append(u).append('\n');
        }
        Path csvFile = dir.resolve("roster.csv");
        Files.writeString(csvFile, csv);
        new Roster(f.passwd, null, null).importCsv(csvFile);
        return f;
    }

    public BrokerConfig config() {
        try {
            return ConfigParser.parse(conf);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static String password(String user) {
        return "pw-" + user;
    }
}
