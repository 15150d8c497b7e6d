package dev.keyway.engine;

import java.util.List;

/**
 * What {@link Engine#importTable} did: how many items the new table holds, and each item it
 * refused, by its position in the input (from 0) with the error PutItem would have given.
 */
public record ImportResult(long importedItemCount, List<ItemError> errors) {
  public ImportResult {
    errors = List.copyOf(errors);
  }

  /** One refused item. */
  public record ItemError(int index, String message) {}
}
