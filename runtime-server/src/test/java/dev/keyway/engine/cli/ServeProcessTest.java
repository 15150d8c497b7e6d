package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as users start it, through {@link KeywayCli#main} in a JVM of its own: the server's
 * classes are initialised on a second thread while the command line is parsed, and the server then
 * answers and stops cleanly on SIGTERM.
 */
class ServeProcessTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @Test
  void mainServesAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    Path stderr = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        KeywayCli.class.getName(), "serve", "--port", "0");
    pb.redirectError(stderr.toFile());
    Process server = pb.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      Matcher m = LISTENING.matcher(String.valueOf(line));
      assertThat(m.find()).as("first line %s; stderr: %s", line, Files.readString(stderr)).isTrue();

      HttpResponse<String> tables = ServeCalls.call(m.group(1), "ListTables", "{}");
      assertThat(tables.statusCode()).isEqualTo(200);
      assertThat(tables.body()).isEqualTo("{\"TableNames\":[]}");

      server.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
      assertThat(out.readLine()).isEqualTo("Keyway engine stopped");
      assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(stderr)).doesNotContain("Exception", "Error:"); // the test class path brings SLF4J's notice
    } finally {
      server.destroyForcibly();
    }
  }
}
