package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --credentials} without {@code --policies} says that resource-based policies hold. */
class ServeCredentialsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theStartLineSaysResourcePoliciesAreEnforced(@TempDir Path dir) throws Exception {
    Path keys = Files.writeString(dir.resolve("keys.txt"), "AKIDALICE alice/secret\n");
    CommandLine cli = KeywayCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    CountDownLatch stop = new CountDownLatch(1);
    ServeCommand.stopSignal = stop;
    try {
      CompletableFuture<Integer> run =
          CompletableFuture.supplyAsync(() -> cli.execute("serve", "--port", "0", "--credentials", keys.toString()));
      ServeCalls.await(out, err, "listening on (http://\\S+)");
      assertThat(out.toString()).contains("; SigV4 required, 1 access key(s), resource-based policies enforced)");
      stop.countDown();
      assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    } finally {
      ServeCommand.stopSignal = null;
    }
  }
}
