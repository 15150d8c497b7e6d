package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KeywayCliTest {
  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(KeywayCli.commandLine(new String[] {"serve", "--port", "0"}).getSubcommands()).containsOnlyKeys("serve");
    assertThat(KeywayCli.commandLine(new String[] {"export", "--data", "d"}).getSubcommands()).containsOnlyKeys("export");
  }

  @Test
  void helpAndNoCommandGetEveryCommand() {
    for (String[] args : new String[][] {{}, {"help"}, {"--help"}, {"serve2"}}) {
      assertThat(KeywayCli.commandLine(args).getSubcommands().keySet())
          .containsExactly("serve", "export", "import", "help");
    }
  }

  @Test
  void aCommandsHelpIsTheSameEitherWay() {
    assertThat(usage(KeywayCli.commandLine(new String[] {"serve", "--help"}), "serve", "--help"))
        .isEqualTo(usage(KeywayCli.commandLine(), "serve", "--help"))
        .contains("Usage: keyway-engine serve");
  }

  @Test
  void anUnknownCommandIsRefusedWithTheCommandsListed() {
    CommandLine cli = KeywayCli.commandLine(new String[] {"serv"});
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("serv")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument at index 0: 'serv'").contains("serve");
  }

  private static String usage(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }
}
