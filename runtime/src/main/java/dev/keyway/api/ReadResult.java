package dev.keyway.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entities read by {@link ItemReads#transact()} or {@link ItemReads#batch(boolean)}, by handle or by type. */
public final class ReadResult {
  private final ItemReads owner;
  private final List<Object> values;

  ReadResult(ItemReads owner, List<Object> values) {
    this.owner = owner;
    this.values = values;
  }

  /** The entity read for {@code read}, or empty when no item has its key. */
  public <T> Optional<T> get(Read<T> read) {
    if (read.owner() != owner) {
      throw new IllegalArgumentException("This read belongs to another ItemReads");
    }
    return Optional.ofNullable(read.type().cast(values.get(read.slot())));
  }

  /** The entities of {@code type} that were found, in the order their reads were added. */
  public <T> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object v : values) {
      if (type.isInstance(v)) {
        out.add(type.cast(v));
      }
    }
    return out;
  }
}
