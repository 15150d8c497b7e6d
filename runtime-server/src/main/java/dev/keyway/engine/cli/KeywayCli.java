package dev.keyway.engine.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar keyway-engine.jar <command>}: the engine's command line. */
@Command(
    name = "keyway-engine",
    mixinStandardHelpOptions = true,
    version = "Keyway engine 0.1.0-SNAPSHOT",
    description = "Keyway's DynamoDB-compatible engine.")
public final class KeywayCli implements Runnable {
  /** The commands' names, in the order help lists them. */
  private static final List<String> COMMANDS = List.of("serve", "export", "import", "help");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    ServerPreinitialization.startFor(args);
    int code = commandLine(args).execute(args);
    if (code != 0 || !ServeCommand.servedUntilShutdown()) {
      System.exit(code);
    }
  }

  /** The command line with every command. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new KeywayCli());
    for (String name : COMMANDS) {
      cli.addSubcommand(command(name));
    }
    return cli;
  }

  /**
   * The command line for {@code args}: when they start with a command other than help, it is the
   * only one added. Picocli reflects over every option (and parses every annotation) of each
   * command it is given, a large part of a server's start; the other commands would go unused.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length == 0 || !COMMANDS.contains(args[0]) || args[0].equals("help")) {
      return commandLine();
    }
    CommandLine cli = new CommandLine(new KeywayCli());
    cli.addSubcommand(command(args[0]));
    return cli;
  }

  /** A switch, not a map of constructor references: each of those lambdas costs start-up time. */
  private static Object command(String name) {
    return switch (name) {
      case "serve" -> new ServeCommand();
      case "export" -> new ExportCommand();
      case "import" -> new ImportCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'serve --port 8000'");
  }
}
