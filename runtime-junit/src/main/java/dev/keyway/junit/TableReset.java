package dev.keyway.junit;

import dev.keyway.api.TableDefinition;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.spi.Backend;
import java.util.List;
import java.util.Map;

/** Brings a test's tables to their starting state: present, as declared, and empty. */
final class TableReset {
  private TableReset() {}

  /** Creates each table unless it exists (an existing one must match its definition). */
  static void create(Backend backend, List<TableDefinition> tables) {
    for (TableDefinition table : tables) {
      table.createIfAbsent(backend);
    }
  }

  /** Deletes every item of each table, reading only the keys. */
  static void empty(Backend backend, List<TableDefinition> tables) {
    for (TableDefinition table : tables) {
      Map<String, String> names = table.sortKey() == null
          ? Map.of("#p", table.partitionKey())
          : Map.of("#p", table.partitionKey(), "#s", table.sortKey());
      String projection = table.sortKey() == null ? "#p" : "#p, #s";
      Map<String, AttributeValue> start = null;
      do {
        ScanResponse page = backend.scan(ScanRequest.builder().tableName(table.name()).projectionExpression(projection)
            .expressionAttributeNames(names).exclusiveStartKey(start).consistentRead(true).build());
        for (Map<String, AttributeValue> key : page.items()) {
          backend.deleteItem(DeleteItemRequest.builder().tableName(table.name()).key(key).build());
        }
        start = page.lastEvaluatedKey();
      } while (start != null && !start.isEmpty());
    }
  }
}
