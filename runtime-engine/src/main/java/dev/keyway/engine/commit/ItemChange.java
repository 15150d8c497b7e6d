package dev.keyway.engine.commit;

import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;

/**
 * One item's change in a commit: its images before and after (null when absent). A write that
 * changed nothing (a delete of an absent item, a put of an identical item) is still a change, with
 * equal images; whoever needs only real changes (streams) filters.
 */
public record ItemChange(Table table, EntryKey key, StoredItem oldImage, StoredItem newImage) {
  /** The size of the larger image, which write capacity is charged by. */
  public long largerSize() {
    return Math.max(oldImage == null ? 0 : oldImage.sizeInBytes(),
        newImage == null ? 0 : newImage.sizeInBytes());
  }
}
