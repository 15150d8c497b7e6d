package dev.keyway.engine.storage.durable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process owns a data directory: another JVM that opens it gets a clear error, then may open it. */
class SecondProcessOpenerTest {
  @TempDir Path dir;

  private String openInChildJvm() throws IOException, InterruptedException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        SecondOpener.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  @Test
  void aSecondProcessIsRefusedWhileTheFirstHoldsTheDirectory() throws Exception {
    Engine owner = Engine.open(dir);
    try {
      assertThat(openInChildJvm()).startsWith("REFUSED Data directory " + dir + " is in use by another engine");
    } finally {
      owner.close();
    }
    assertThat(openInChildJvm()).isEqualTo("OPENED");
  }
}
