package mqttlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java's words for a file or network failure said from the catalogue, in both languages (issue 11). */
class CauseTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    @Test
    @DisplayName("the common causes, in Korean and in English")
    void common() {
        Text.use(Lang.KO);
        assertEquals("파일이 없음", Cause.of(new NoSuchFileException("/tmp/x")));
        assertEquals("권한 없음", Cause.of(new AccessDeniedException("/etc/shadow")));
        assertEquals("권한 없음", Cause.of(new FileNotFoundException("/root/a (Permission denied)")));
        assertEquals("파일이 아니라 폴더임", Cause.of(new IOException(new FileNotFoundException("/tmp (Is a directory)"))));
        assertEquals("연결 거부 (그 포트에서 기다리는 프로그램이 없음)", Cause.of(new ConnectException("Connection refused: /127.0.0.1:1")));
        assertEquals("'nosuch.invalid' 호스트를 찾지 못함", Cause.of(new UnknownHostException("nosuch.invalid: Name or service not known")));
        assertEquals("시간 초과", Cause.of(new SocketTimeoutException("connect timed out")));
        assertEquals("연결이 끊김 (상대가 연결을 재설정함)", Cause.of(new SocketException("Connection reset")));
        assertEquals("주소가 이미 쓰이는 중 (다른 프로그램이 그 포트를 씀)", Cause.of(new BindException("Address already in use")));
        Text.use(Lang.EN);
        assertEquals("no such file", Cause.of(new NoSuchFileException("/tmp/x")));
        assertEquals("connection refused (nothing listens on that port)", Cause.of(new ConnectException("Connection refused")));
    }

    @Test
    @DisplayName("a wrapper is looked through; an exception with its own sentence keeps it")
    void wrappers() {
        Text.use(Lang.KO);
        assertEquals("파일이 없음", Cause.of(new CompletionException(new ExecutionException(new NoSuchFileException("a")))));
        IOException io = new NoSuchFileException("a");
        assertEquals("파일이 없음", Cause.of(new UncheckedIOException(io.getMessage(), io)));
        assertEquals("포트 1883을 열 수 없음", Cause.of(new IllegalStateException("포트 1883을 열 수 없음", new BindException("Address already in use"))));
        // nothing better is known: the first line, without the class names in front
        assertEquals("odd thing", Cause.of(new RuntimeException("java.io.IOException: odd thing\n\tat somewhere")));
        assertEquals("IllegalStateException", Cause.of(new IllegalStateException()));
    }

    @Test
    @DisplayName("what the JDK really throws: a missing file, a folder read as a file, a closed port")
    void real(@TempDir Path dir) throws Exception {
        Text.use(Lang.KO);
        try {
            Files.readAllBytes(dir.resolve("none"));
        } catch (IOException e) {
            assertEquals("파일이 없음", Cause.of(e));
        }
        try {
            Files.readAllBytes(dir);
        } catch (IOException e) {
            assertEquals("파일이 아니라 폴더임", Cause.of(e));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            throw new AssertionError("nothing should listen on " + port);
        } catch (IOException e) {
            assertEquals("연결 거부 (그 포트에서 기다리는 프로그램이 없음)", Cause.of(e));
        }
    }
}
