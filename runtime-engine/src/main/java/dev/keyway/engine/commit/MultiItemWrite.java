package dev.keyway.engine.commit;

import dev.keyway.engine.storage.StoredItem;
import java.util.List;

/**
 * What an all-or-nothing write of several items decides, with every item locked: given the current
 * items (null when absent, in the order of the lock targets), the changes to apply, or an exception
 * to apply none.
 */
@FunctionalInterface
public interface MultiItemWrite {
  List<ItemChange> changes(StoredItem[] current);
}
