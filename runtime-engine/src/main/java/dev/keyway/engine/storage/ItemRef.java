package dev.keyway.engine.storage;

/**
 * A value of a sorted store that leads to an item: index entries are the items themselves; the
 * table's own entries are slots whose item a write replaces in place, without a second descent
 * through the skip list.
 */
public interface ItemRef {
  StoredItem item();
}
