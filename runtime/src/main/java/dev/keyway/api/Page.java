package dev.keyway.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of query results and the cursor to the next page, if any. */
public record Page<T>(List<T> items, Optional<Cursor> next) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  public static <T> Page<T> of(List<T> items, Cursor next) {
    return new Page<>(items, Optional.ofNullable(next));
  }

  public boolean hasNext() {
    return next.isPresent();
  }

  /** The request for the next page with the same limit and order; empty on the last page. */
  public Optional<PageRequest> nextRequest(PageRequest current) {
    return next.map(current::after);
  }
}
