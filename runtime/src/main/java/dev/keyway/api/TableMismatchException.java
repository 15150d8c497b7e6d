package dev.keyway.api;

import java.util.List;

/**
 * An existing table differs from its {@code @Table} model (key schema, indexes, projections or time to live);
 * the message lists every difference, one per line, and {@link #differences()} returns them.
 */
public final class TableMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String tableName;
  private final List<String> differences;

  public TableMismatchException(String tableName, List<String> differences) {
    super(message(tableName, differences));
    this.tableName = tableName;
    this.differences = List.copyOf(differences);
  }

  public String tableName() {
    return tableName;
  }

  public List<String> differences() {
    return differences;
  }

  private static String message(String tableName, List<String> differences) {
    StringBuilder out = new StringBuilder("Table '").append(tableName).append("' does not match its @Table model (")
        .append(differences.size()).append(differences.size() == 1 ? " difference" : " differences")
        .append("); change the table or the model:");
    differences.forEach(d -> out.append("\n  - ").append(d));
    return out.toString();
  }
}
