package dev.keyway.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar keyway-engine.jar <command>}: the engine's command line. */
@Command(
    name = "keyway-engine",
    mixinStandardHelpOptions = true,
    version = "Keyway engine 0.1.0-SNAPSHOT",
    description = "Keyway's DynamoDB-compatible engine.",
    subcommands = {ServeCommand.class, ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class KeywayCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    ServerPreinitialization.startFor(args);
    int code = commandLine().execute(args);
    if (code != 0 || !ServeCommand.servedUntilShutdown()) {
      System.exit(code);
    }
  }

  public static CommandLine commandLine() {
    return new CommandLine(new KeywayCli());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'serve --port 8000'");
  }
}
