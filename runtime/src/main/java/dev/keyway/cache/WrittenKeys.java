package dev.keyway.cache;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.WriteRequest;
import java.util.List;
import java.util.Map;

/** The items a multi-item write may have changed, each forgotten by the item cache. */
final class WrittenKeys {
  private WrittenKeys() {}

  static void forget(ItemCache items, BatchWriteItemRequest request) {
    if (request.requestItems() == null) {
      return;
    }
    request.requestItems().forEach((table, writes) -> {
      for (WriteRequest write : writes == null ? List.<WriteRequest>of() : writes) {
        if (write == null) {
          continue;
        }
        if (write.putRequest() != null && write.putRequest().item() != null) {
          items.forgetItem(table, write.putRequest().item());
        }
        if (write.deleteRequest() != null && write.deleteRequest().key() != null) {
          items.forget(table, write.deleteRequest().key());
        }
      }
    });
  }

  static void forget(ItemCache items, TransactWriteItemsRequest request) {
    if (request.transactItems() == null) {
      return;
    }
    for (TransactWriteItem action : request.transactItems()) {
      if (action == null) {
        continue;
      }
      if (action.put() != null && action.put().item() != null) {
        items.forgetItem(action.put().tableName(), action.put().item());
      }
      if (action.update() != null) {
        forgetKey(items, action.update().tableName(), action.update().key());
      }
      if (action.delete() != null) {
        forgetKey(items, action.delete().tableName(), action.delete().key());
      }
    }
  }

  private static void forgetKey(ItemCache items, String table, Map<String, AttributeValue> key) {
    if (table != null && key != null) {
      items.forget(table, key);
    }
  }
}
