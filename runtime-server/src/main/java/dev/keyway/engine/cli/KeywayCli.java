package dev.keyway.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar keyway-engine.jar <command>}: the engine's command line. */
@Command(
    name = "keyway-engine",
    mixinStandardHelpOptions = true,
    version = "Keyway engine 0.1.0-SNAPSHOT",
    description = "Keyway's DynamoDB-compatible engine.")
public final class KeywayCli implements Runnable {
  /** The commands, by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("serve", ServeCommand::new);
    COMMANDS.put("export", ExportCommand::new);
    COMMANDS.put("import", ImportCommand::new);
    COMMANDS.put("help", CommandLine.HelpCommand::new);
  }

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
    COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
    return cli;
  }

  /**
   * The command line for {@code args}: when they start with a command other than help, it is the
   * only one added. Picocli reflects over every option (and parses every annotation) of each
   * command it is given, a large part of a server's start; the other commands would go unused.
   */
  static CommandLine commandLine(String[] args) {
    Supplier<Object> named = args.length == 0 ? null : COMMANDS.get(args[0]);
    if (named == null || args[0].equals("help")) {
      return commandLine();
    }
    CommandLine cli = new CommandLine(new KeywayCli());
    cli.addSubcommand(named.get());
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'serve --port 8000'");
  }
}
