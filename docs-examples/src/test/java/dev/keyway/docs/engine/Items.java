package dev.keyway.docs.engine;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ScalarAttributeType;
import java.util.List;
import java.util.Map;

/** Setup the engine pages leave out: an on-demand table keyed by PK alone, and a small item for it. */
final class Items {
  static CreateTableRequest.Builder keyedByPk(String table) {
    return CreateTableRequest.builder()
        .tableName(table)
        .keySchema(List.of(new KeySchemaElement("PK", KeyType.HASH)))
        .attributeDefinitions(List.of(new AttributeDefinition("PK", ScalarAttributeType.S)))
        .billingMode(BillingMode.PAY_PER_REQUEST);
  }

  static PutItemRequest put(String table, String pk) {
    return PutItemRequest.builder().tableName(table).item(Map.of("PK", AttributeValue.s(pk))).build();
  }

  private Items() {}
}
