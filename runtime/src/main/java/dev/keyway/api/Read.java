package dev.keyway.api;

/**
 * A typed handle on one read collected by {@link ItemReads}; pass it to {@link ReadResult#get} after
 * the reads ran to get the entity.
 *
 * @param <T> the entity type read
 */
public final class Read<T> {
  private final ItemReads owner;
  private final int slot;
  private final Class<T> type;

  Read(ItemReads owner, int slot, Class<T> type) {
    this.owner = owner;
    this.slot = slot;
    this.type = type;
  }

  ItemReads owner() {
    return owner;
  }

  int slot() {
    return slot;
  }

  Class<T> type() {
    return type;
  }
}
