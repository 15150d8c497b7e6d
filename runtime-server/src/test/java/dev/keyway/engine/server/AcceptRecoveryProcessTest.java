package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (7): with file descriptors exhausted right after start, the accept loop died for good.
 * Here a real server runs under {@code ulimit -n}, is flooded with connections until accepting
 * fails, and must serve again once connections are released.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class AcceptRecoveryProcessTest {
  private static final int FD_LIMIT = 256;

  @Test
  void acceptingResumesOnceDescriptorsAreFreed(@TempDir Path dir) throws Exception {
    Path stderr = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
        "ulimit -n " + FD_LIMIT + " && exec \"$0\" -cp \"$1\" " + FdStarvedServer.class.getName(),
        java, System.getProperty("java.class.path"));
    pb.redirectError(stderr.toFile());
    Process server = pb.start();
    List<Socket> flood = new ArrayList<>();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII));
      String line = out.readLine();
      assertThat(line).as("server output; stderr: %s", read(stderr)).startsWith("PORT ");
      int port = Integer.parseInt(line.substring(5));

      // More connections than the server has descriptors: the excess waits in the backlog.
      for (int i = 0; i < FD_LIMIT + 50; i++) {
        flood.add(connect(port));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!read(stderr).contains("Cannot accept connections") && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(read(stderr)).contains("Cannot accept connections (java.io.IOException: Too many open files)");

      for (Socket s : flood) {
        s.close();
      }
      flood.clear();
      try (Socket s = connect(port)) {
        s.setSoTimeout(15_000);
        s.getOutputStream().write(RawConnection.request("ListTables", "{}"));
        s.getOutputStream().flush();
        String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        assertThat(status).as("stderr: %s", read(stderr)).isEqualTo("HTTP/1.1 200 OK");
      }
      assertThat(server.isAlive()).isTrue();
    } finally {
      for (Socket s : flood) {
        s.close();
      }
      server.getOutputStream().close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static Socket connect(int port) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    return s;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
