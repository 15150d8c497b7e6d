package dev.keyway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up and footprint of the server as a whole program: for each launch, the time from
 * starting the {@code java} process to the first successful request (a ListTables over HTTP), and
 * the resident set size ({@code VmRSS} of /proc/PID/status) once it has been idle. The floor is
 * {@link HelloServer}, the JDK's HTTP server answering {@code {}}, started the same way in the
 * same run; the ratio to it is what the figures mean on another machine.
 *
 * <p>Arguments: {@code --jar PATH} (default runtime-server/target/keyway-engine.jar; its
 * {@code .jsa} archive beside it), {@code --runs N} (default 5, the median is printed),
 * {@code --idle-ms N} (default 2000).
 */
public final class StartupBenchmark {
  /** The launch docs/server.md documents: a small footprint, C1 only, the class-data archive. */
  static final List<String> FOOTPRINT_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xss256k", "-Xms8m");

  private record Launch(String name, Path workingDirectory, List<String> command) {}

  private record Sample(double firstRequestMillis, long rssKb) {}

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Operations.options(args);
    Path jar = Path.of(options.getOrDefault("jar", "runtime-server/target/keyway-engine.jar")).toAbsolutePath();
    int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    long idleMillis = Long.parseLong(options.getOrDefault("idle-ms", "2000"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classes = Path.of(HelloServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Path dir = jar.getParent();
    String jsa = jar.getFileName().toString().replace(".jar", ".jsa");
    if (!Files.exists(dir.resolve(jsa))) {
      throw new IllegalStateException(dir.resolve(jsa) + " is missing: build with mvn -pl runtime-server -am package");
    }

    List<Launch> floors = List.of(
        new Launch("floor: JDK HttpServer, java defaults", dir, command(java, List.of(), "-cp", classes, HelloServer.class.getName())),
        new Launch("floor: JDK HttpServer, footprint flags", dir, command(java, FOOTPRINT_FLAGS, "-cp", classes, HelloServer.class.getName())));
    List<Launch> keyway = List.of(
        new Launch("keyway: java -jar", dir, command(java, List.of(), "-jar", jar.getFileName().toString(), "serve")),
        new Launch("keyway: + class-data archive", dir,
            command(java, List.of("-XX:SharedArchiveFile=" + jsa), "-jar", jar.getFileName().toString(), "serve")),
        new Launch("keyway: documented launch", dir,
            command(java, concat(FOOTPRINT_FLAGS, "-XX:SharedArchiveFile=" + jsa), "-jar", jar.getFileName().toString(), "serve")));

    System.out.printf(Locale.ROOT, "%-40s %18s %12s %14s %12s%n", "launch", "first request ms", "x floor", "idle RSS MB", "x floor");
    Sample[] floorOf = new Sample[2];
    for (int i = 0; i < floors.size(); i++) {
      floorOf[i] = median(floors.get(i), runs, idleMillis, false);
      print(floors.get(i).name(), floorOf[i], floorOf[i]);
    }
    for (int i = 0; i < keyway.size(); i++) {
      Sample floor = floorOf[i == keyway.size() - 1 ? 1 : 0];
      print(keyway.get(i).name(), median(keyway.get(i), runs, idleMillis, true), floor);
    }
  }

  private static void print(String name, Sample s, Sample floor) {
    System.out.printf(Locale.ROOT, "%-40s %18.0f %12.2f %14.1f %12.2f%n", name, s.firstRequestMillis(),
        s.firstRequestMillis() / floor.firstRequestMillis(), s.rssKb() / 1024.0, (double) s.rssKb() / floor.rssKb());
  }

  private static List<String> command(String java, List<String> flags, String... rest) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(flags);
    command.addAll(Arrays.asList(rest));
    return command;
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> out = new ArrayList<>(list);
    out.add(last);
    return out;
  }

  private static Sample median(Launch launch, int runs, long idleMillis, boolean keyway) throws Exception {
    double[] millis = new double[runs];
    long[] rss = new long[runs];
    for (int r = 0; r < runs; r++) {
      Sample s = once(launch, idleMillis, keyway);
      millis[r] = s.firstRequestMillis();
      rss[r] = s.rssKb();
    }
    Arrays.sort(millis);
    Arrays.sort(rss);
    return new Sample(millis[runs / 2], rss[runs / 2]);
  }

  private static Sample once(Launch launch, long idleMillis, boolean keyway) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    List<String> command = new ArrayList<>(launch.command());
    if (keyway) {
      command.addAll(List.of("--port", Integer.toString(port)));
    } else {
      command.add(Integer.toString(port));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(launch.workingDirectory().toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      while (!answers(port)) {
        if (!process.isAlive()) {
          throw new IllegalStateException(launch.name() + " exited with " + process.exitValue());
        }
        Thread.sleep(2);
      }
      double millis = (System.nanoTime() - start) / 1e6;
      Thread.sleep(idleMillis);
      return new Sample(millis, rssKb(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  /** Whether a ListTables request gets HTTP 200. */
  private static boolean answers(int port) {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.0\r\n"
          + "X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return status.endsWith("200");
    } catch (IOException notYet) {
      return false;
    }
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IOException("no VmRSS for process " + pid);
  }
}
