package dev.keyway.engine;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ScalarAttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for engine tests. */
public final class Fixtures {
  private Fixtures() {}

  public static AttributeValue s(String v) {
    return AttributeValue.s(v);
  }

  public static AttributeValue n(long v) {
    return AttributeValue.n(v);
  }

  public static AttributeValue n(String v) {
    return AttributeValue.n(v);
  }

  /** An item from alternating names and values. */
  public static Map<String, AttributeValue> item(Object... pairs) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      m.put((String) pairs[i], v instanceof AttributeValue a ? a
          : v instanceof Number num ? AttributeValue.n(num.toString())
          : AttributeValue.s((String) v));
    }
    return m;
  }

  public static Map<String, String> names(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  public static AttributeDefinition def(String name, ScalarAttributeType type) {
    return new AttributeDefinition(name, type);
  }

  public static List<KeySchemaElement> keys(String hash, String range) {
    List<KeySchemaElement> k = new ArrayList<>();
    k.add(new KeySchemaElement(hash, KeyType.HASH));
    if (range != null) {
      k.add(new KeySchemaElement(range, KeyType.RANGE));
    }
    return k;
  }

  /** PAY_PER_REQUEST table PK (S) + SK (S). */
  public static CreateTableRequest pkSk(String table) {
    return CreateTableRequest.builder().tableName(table)
        .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S), def("SK", ScalarAttributeType.S)))
        .keySchema(keys("PK", "SK")).billingMode(BillingMode.PAY_PER_REQUEST).build();
  }

  /** PAY_PER_REQUEST table PK (S) only. */
  public static CreateTableRequest pkOnly(String table) {
    return CreateTableRequest.builder().tableName(table)
        .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S)))
        .keySchema(keys("PK", null)).billingMode(BillingMode.PAY_PER_REQUEST).build();
  }

  /** PK/SK table with GSI1 (GSI1PK S, GSI1SK S, ALL) and LSI1 (PK, LSK N, KEYS_ONLY). */
  public static CreateTableRequest withIndexes(String table) {
    return CreateTableRequest.builder().tableName(table)
        .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
            def("SK", ScalarAttributeType.S), def("GSI1PK", ScalarAttributeType.S),
            def("GSI1SK", ScalarAttributeType.S), def("LSK", ScalarAttributeType.N)))
        .keySchema(keys("PK", "SK"))
        .globalSecondaryIndexes(List.of(new GlobalSecondaryIndex("GSI1", keys("GSI1PK", "GSI1SK"),
            new Projection(ProjectionType.ALL, null), null, null)))
        .localSecondaryIndexes(List.of(new LocalSecondaryIndex("LSI1", keys("PK", "LSK"),
            new Projection(ProjectionType.KEYS_ONLY, null))))
        .billingMode(BillingMode.PAY_PER_REQUEST).build();
  }
}
