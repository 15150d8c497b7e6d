package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.ServerLimits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LimitOptionsTest {

  private static ServerConfig configured(String... args) {
    LimitOptions options = CommandLine.populateCommand(new LimitOptions(), args);
    options.check();
    return options.applyTo(ServerConfig.defaults(0));
  }

  @Test
  void withoutOptionsTheServerDefaultsApply() {
    ServerConfig config = configured();
    assertThat(config.limits()).isEqualTo(ServerLimits.defaults());
    assertThat(config.idleTimeout()).isEqualTo(ServerConfig.defaults(0).idleTimeout());
  }

  @Test
  void eachOptionSetsItsLimit() {
    ServerConfig config = configured("--max-connections", "10", "--max-queued-requests", "5",
        "--request-timeout", "7", "--write-timeout", "8", "--idle-timeout", "9");
    assertThat(config.limits()).isEqualTo(new ServerLimits(10, Duration.ofSeconds(7), Duration.ofSeconds(8), 5));
    assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void serveRejectsALimitThatIsNotPositive() {
    StringWriter err = new StringWriter();
    CommandLine cli = KeywayCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("serve", "--port", "0", "--max-connections", "0")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--max-connections must be positive, not 0" + System.lineSeparator());
  }

  @Test
  void helpListsTheLimits() {
    StringWriter out = new StringWriter();
    CommandLine cli = KeywayCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("serve", "--help")).isZero();
    assertThat(out.toString()).contains(
        "--max-connections", "--max-queued-requests", "--request-timeout", "--write-timeout", "--idle-timeout");
  }
}
