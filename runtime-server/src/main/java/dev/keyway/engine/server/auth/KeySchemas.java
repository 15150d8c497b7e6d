package dev.keyway.engine.server.auth;

import dev.keyway.error.DynamoDbException;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndexDescription;
import dev.keyway.ops.TableDescription;
import dev.keyway.spi.Backend;
import java.util.List;

/**
 * Finds partition key names, for {@code dynamodb:LeadingKeys}. Asked only when a policy tests
 * that key, so requests of callers whose policies do not pay nothing.
 */
final class KeySchemas {
  private final Backend backend;

  KeySchemas(Backend backend) {
    this.backend = backend;
  }

  /** The partition key attribute of the table, or of its index when one is named; null if unknown. */
  String partitionKey(String table, String index) {
    TableDescription description;
    try {
      description = backend.describeTable(new DescribeTableRequest(table)).table();
    } catch (DynamoDbException noSuchTable) {
      return null;
    }
    if (description == null) {
      return null;
    }
    if (index != null) {
      for (GlobalSecondaryIndexDescription g : nullSafe(description.globalSecondaryIndexes())) {
        if (index.equals(g.indexName())) {
          return hashKey(g.keySchema());
        }
      }
      for (LocalSecondaryIndexDescription l : nullSafe(description.localSecondaryIndexes())) {
        if (index.equals(l.indexName())) {
          return hashKey(l.keySchema());
        }
      }
      return null;
    }
    return hashKey(description.keySchema());
  }

  private static String hashKey(List<KeySchemaElement> schema) {
    for (KeySchemaElement e : nullSafe(schema)) {
      if (e.keyType() == KeyType.HASH) {
        return e.attributeName();
      }
    }
    return null;
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
