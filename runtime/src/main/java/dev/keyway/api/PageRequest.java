package dev.keyway.api;

/**
 * Which page of a query to read: a limit (items per page; a page holds fewer only when the query's key
 * range ends), the cursor from the previous page (null for the first), and the order of the sort key.
 */
public record PageRequest(int limit, Cursor cursor, boolean ascending) {
  public static final int DEFAULT_LIMIT = 100;

  public PageRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, null, true);
  }

  public static PageRequest firstPage() {
    return first(DEFAULT_LIMIT);
  }

  public PageRequest descending() {
    return new PageRequest(limit, cursor, false);
  }

  public PageRequest ascendingOrder() {
    return new PageRequest(limit, cursor, true);
  }

  public PageRequest after(Cursor next) {
    return new PageRequest(limit, next, ascending);
  }
}
