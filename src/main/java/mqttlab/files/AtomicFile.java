package mqttlab.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file whole: the bytes go to a temporary file in the same folder, are forced to disk, and
 * the temporary file is renamed over the old one, then the folder is forced so the rename lasts. A
 * crash at any point leaves the old file or the new one, never half of either (at worst a temporary
 * file, removed by the next write). The same steps mosquitto takes for its {@code mosquitto.db}.
 */
public final class AtomicFile {
    /** Only the owner reads and writes: progress, snapshots and the like are one person's. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFile() { }

    /** Writes {@code bytes} as {@code file}, owner-only where the file system has POSIX permissions. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, OWNER_ONLY);
    }

    /** Writes {@code bytes} as {@code file} with {@code permissions} (ignored where there are none). */
    public static void write(Path file, byte[] bytes, Set<PosixFilePermission> permissions) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir, file.getFileName().toString());
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, file.getFileName() + ".tmp-", "", ownerOnly);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            }
            // set after creation: the umask does not apply to an explicit change, so rw-r--r-- is exactly that
            if (posix && !permissions.equals(OWNER_ONLY)) Files.setPosixFilePermissions(tmp, permissions);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files a crash left: ours ({@code name.tmp-*}) and the fixed {@code name.new} older labs and mosquitto use. */
    private static void removeLeftovers(Path dir, String name) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(name + ".tmp-") || n.equals(name + ".new");
        })) {
            for (Path p : ds) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stray temporary file is harmless
        }
    }

    /** Makes the rename itself durable; not every system can open a folder (Windows cannot), then the rename is left to the OS. */
    private static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is still atomic, only perhaps not yet on disk
        }
    }
}
