package dev.keyway.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operations both whole-program benchmarks measure, and their command-line options. */
final class Operations {
  static final List<String> ALL =
      List.of("PutItem", "GetItem", "Query", "UpdateItem", "TransactWriteItems", "BatchWriteItem");

  private Operations() {}

  /** The operation {@code op} on {@code w}, over a table of {@code items} pre-loaded items. */
  static Measurement.Op bind(Workload w, String op, int items) {
    int partitions = items / BenchItems.ITEMS_PER_PARTITION;
    switch (op) {
      case "PutItem":
        return w::putItem;
      case "GetItem":
        return w::getItem;
      case "Query":
        return n -> w.query(n % partitions);
      case "UpdateItem":
        return w::updateItem;
      case "TransactWriteItems":
        return w::transactWrite;
      case "BatchWriteItem":
        return w::batchWrite;
      default:
        throw new IllegalArgumentException("unknown operation " + op + "; use one of " + ALL);
    }
  }

  /** How many consecutive items one request of the operation writes. */
  static int span(String op) {
    switch (op) {
      case "TransactWriteItems":
        return 4;
      case "BatchWriteItem":
        return 25;
      default:
        return 1;
    }
  }

  /** {@code --name value} pairs. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
