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
 * starting the {@code java} process to listening (the first connection accepted) and to the first
 * successful request (a ListTables over HTTP, polled every 2 ms on a new connection), and the
 * resident set size ({@code VmRSS} of /proc/PID/status) once it has been idle. Launches take
 * turns, run after run. The floor is
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

  /** One way of starting a server; {@code floor} is the index of the floor it is compared with. */
  private record Launch(String name, Path workingDirectory, List<String> command, boolean keyway, int floor) {}

  private record Sample(double listeningMillis, double firstRequestMillis, long rssKb) {}

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

    List<Launch> launches = List.of(
        new Launch("floor: JDK HttpServer, java defaults", dir,
            command(java, List.of(), "-cp", classes, HelloServer.class.getName()), false, 0),
        new Launch("floor: JDK HttpServer, footprint flags", dir,
            command(java, FOOTPRINT_FLAGS, "-cp", classes, HelloServer.class.getName()), false, 1),
        new Launch("keyway: java -jar", dir, command(java, List.of(), "-jar", jar.getFileName().toString(), "serve"), true, 0),
        new Launch("keyway: + class-data archive", dir,
            command(java, List.of("-XX:SharedArchiveFile=" + jsa), "-jar", jar.getFileName().toString(), "serve"), true, 0),
        new Launch("keyway: documented launch", dir,
            command(java, concat(FOOTPRINT_FLAGS, "-XX:SharedArchiveFile=" + jsa), "-jar", jar.getFileName().toString(), "serve"),
            true, 1));

    // Round-robin, so that a machine getting busier or quieter during the run moves every launch alike.
    List<List<Sample>> samples = new ArrayList<>();
    launches.forEach(l -> samples.add(new ArrayList<>()));
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < launches.size(); i++) {
        samples.get(i).add(once(launches.get(i), idleMillis));
      }
    }
    System.out.printf(Locale.ROOT, "%-40s %13s %18s %10s %14s %10s%n",
        "launch", "listening ms", "first request ms", "x floor", "idle RSS MB", "x floor");
    for (int i = 0; i < launches.size(); i++) {
      Sample median = median(samples.get(i));
      Sample floor = median(samples.get(launches.get(i).floor()));
      System.out.printf(Locale.ROOT, "%-40s %13.0f %18.0f %10.2f %14.1f %10.2f%n", launches.get(i).name(),
          median.listeningMillis(), median.firstRequestMillis(), median.firstRequestMillis() / floor.firstRequestMillis(),
          median.rssKb() / 1024.0, (double) median.rssKb() / floor.rssKb());
    }
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

  /** Each figure's median, taken separately. */
  private static Sample median(List<Sample> samples) {
    double[] listening = samples.stream().mapToDouble(Sample::listeningMillis).sorted().toArray();
    double[] first = samples.stream().mapToDouble(Sample::firstRequestMillis).sorted().toArray();
    long[] rss = samples.stream().mapToLong(Sample::rssKb).sorted().toArray();
    int middle = samples.size() / 2;
    return new Sample(listening[middle], first[middle], rss[middle]);
  }

  private static Sample once(Launch launch, long idleMillis) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    List<String> command = new ArrayList<>(launch.command());
    if (launch.keyway()) {
      command.addAll(List.of("--port", Integer.toString(port)));
    } else {
      command.add(Integer.toString(port));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(launch.workingDirectory().toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      double listening = Double.NaN;
      while (true) {
        Answer answer = ask(port);
        if (answer != Answer.REFUSED && Double.isNaN(listening)) {
          listening = (System.nanoTime() - start) / 1e6;
        }
        if (answer == Answer.OK) {
          break;
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(launch.name() + " exited with " + process.exitValue());
        }
        Thread.sleep(2);
      }
      double firstRequest = (System.nanoTime() - start) / 1e6;
      Thread.sleep(idleMillis);
      return new Sample(listening, firstRequest, rssKb(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private enum Answer { REFUSED, NOT_OK, OK }

  /** A ListTables request on a new connection: refused (not listening yet), or its answer. */
  private static Answer ask(int port) {
    Socket socket;
    try {
      socket = new Socket("127.0.0.1", port);
    } catch (IOException notListening) {
      return Answer.REFUSED;
    }
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    try (socket) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.0\r\n"
          + "X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return status.endsWith("200") ? Answer.OK : Answer.NOT_OK;
    } catch (IOException e) {
      return Answer.NOT_OK;
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
