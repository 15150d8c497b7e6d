package dev.keyway.samples.notes;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line of {@link NotesApi}: {@code [--port N] [--data DIR | --memory | --dynamodb [--region R]
 * [--endpoint URL]]}. Without a storage option the notes go to {@code $NOTES_DATA}, else {@code ./notes-data}.
 */
public record NotesConfig(int port, Storage storage) {
  public static final int DEFAULT_PORT = 8080;
  public static final String USAGE = "usage: NotesApi [--port N] [--data DIR | --memory | --dynamodb"
      + " [--region REGION] [--endpoint URL]]";

  /** Reads the arguments; a wrong one is an IllegalArgumentException whose message says which. */
  public static NotesConfig parse(String[] args, Map<String, String> env) {
    int port = DEFAULT_PORT;
    Storage storage = null;
    String region = null;
    URI endpoint = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--port" -> port = port(value(args, ++i, option));
        case "--data" -> storage = one(storage, new Storage.OnDisk(Path.of(value(args, ++i, option))));
        case "--memory" -> storage = one(storage, new Storage.InMemory());
        case "--dynamodb" -> storage = one(storage, new Storage.DynamoDb(null, null));
        case "--region" -> region = value(args, ++i, option);
        case "--endpoint" -> endpoint = URI.create(value(args, ++i, option));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (storage instanceof Storage.DynamoDb) {
      return new NotesConfig(port, new Storage.DynamoDb(region, endpoint));
    }
    if (region != null || endpoint != null) {
      throw new IllegalArgumentException("--region and --endpoint go with --dynamodb");
    }
    if (storage == null) {
      storage = new Storage.OnDisk(Path.of(env.getOrDefault("NOTES_DATA", "notes-data")));
    }
    return new NotesConfig(port, storage);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static Storage one(Storage current, Storage next) {
    if (current != null) {
      throw new IllegalArgumentException("choose one of --data, --memory, --dynamodb");
    }
    return next;
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535");
  }
}
