package dev.keyway.engine.commit;

import dev.keyway.engine.storage.StoredItem;

/**
 * What a single-item write decides, under the item's locks: checks its condition against the
 * current item (null when absent), computes the new item (null to delete) and validates it,
 * throwing to refuse the write.
 */
@FunctionalInterface
public interface ItemWrite {
  StoredItem next(StoredItem current);
}
