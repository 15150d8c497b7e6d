package dev.keyway.api;

/**
 * A table or one of its global secondary indexes did not become ACTIVE within the {@link TableWait}, or the
 * table is in a state it cannot leave by waiting (being deleted, archived, without its encryption key).
 */
public final class TableNotActiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String tableName;

  public TableNotActiveException(String tableName, String message) {
    super(message);
    this.tableName = tableName;
  }

  public String tableName() {
    return tableName;
  }
}
