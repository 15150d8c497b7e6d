package dev.keyway.engine.stream;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.s;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTableRequest;
import java.util.Map;

/** Tables with streams, and the writes stream tests make. */
final class StreamTables {
  private StreamTables() {}

  static CreateTableRequest withStream(String table, StreamViewType view) {
    return Fixtures.pkSk(table).toBuilder()
        .streamSpecification(new StreamSpecification(true, view)).build();
  }

  static UpdateTableRequest stream(String table, boolean enabled, StreamViewType view) {
    return UpdateTableRequest.builder().tableName(table)
        .streamSpecification(new StreamSpecification(enabled, view)).build();
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return item("PK", pk, "SK", sk);
  }

  static void put(Engine engine, String table, Object... pairs) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item(pairs)).build());
  }

  static void set(Engine engine, String table, String pk, String sk, String attribute, String value) {
    engine.updateItem(UpdateItemRequest.builder().tableName(table).key(key(pk, sk))
        .updateExpression("SET #a = :v").expressionAttributeNames(Map.of("#a", attribute))
        .expressionAttributeValues(Map.of(":v", s(value))).build());
  }

  static void delete(Engine engine, String table, String pk, String sk) {
    engine.deleteItem(DeleteItemRequest.builder().tableName(table).key(key(pk, sk)).build());
  }
}
