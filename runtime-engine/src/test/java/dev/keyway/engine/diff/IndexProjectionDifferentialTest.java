package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.ops.*;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KEYS_ONLY and INCLUDE projections on GSIs and LSIs, and index read capacity. */
class IndexProjectionDifferentialTest extends DifferentialSupport {

  @BeforeAll
  static void data() {
    ok(r -> r.createTable(CreateTableRequest.builder().tableName("Proj")
        .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
            def("SK", ScalarAttributeType.S), def("G", ScalarAttributeType.S),
            def("L", ScalarAttributeType.N)))
        .keySchema(keys("PK", "SK"))
        .globalSecondaryIndexes(List.of(
            new GlobalSecondaryIndex("GKeys", keys("G", null),
                new Projection(ProjectionType.KEYS_ONLY, null), null),
            new GlobalSecondaryIndex("GInc", keys("G", "SK"),
                new Projection(ProjectionType.INCLUDE, List.of("a")), null)))
        .localSecondaryIndexes(List.of(new LocalSecondaryIndex("LInc", keys("PK", "L"),
            new Projection(ProjectionType.INCLUDE, List.of("b")))))
        .billingMode(BillingMode.PAY_PER_REQUEST).build()));
    for (int i = 0; i < 6; i++) {
      int n = i;
      ok(r -> r.put(PutItemRequest.builder().tableName("Proj").item(item("PK", "p", "SK", "s" + n,
          "G", "g" + (n % 2), "L", n, "a", "A" + n, "b", "B" + n, "c", "C" + n)).build()));
    }
  }

  private static QueryRequest.Builder q(String index, String key, Object... values) {
    return QueryRequest.builder().tableName("Proj").indexName(index).keyConditionExpression(key)
        .expressionAttributeValues(item(values));
  }

  @Test
  void projections() {
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.query(q("GKeys", "G = :g", ":g", "g0").build()),
        r -> r.query(q("GKeys", "G = :g", ":g", "g0").select(Select.ALL_ATTRIBUTES).build()),
        r -> r.query(q("GKeys", "G = :g", ":g", "g0").projectionExpression("c").build()),
        r -> r.query(q("GInc", "G = :g AND SK > :s", ":g", "g1", ":s", "s1").build()),
        r -> r.query(q("GInc", "G = :g", ":g", "g1").select(Select.ALL_PROJECTED_ATTRIBUTES)
            .build()),
        r -> r.query(q("GInc", "G = :g", ":g", "g1").projectionExpression("a, b").build()),
        r -> r.query(q("LInc", "PK = :p AND L > :l", ":p", "p", ":l", 2).build()),
        r -> r.query(q("LInc", "PK = :p AND L > :l", ":p", "p", ":l", 2)
            .projectionExpression("c").build()),
        r -> r.query(q("LInc", "PK = :p", ":p", "p").select(Select.ALL_ATTRIBUTES).limit(2)
            .build()),
        r -> r.query(q("LInc", "PK = :p", ":p", "p", ":v", "C3").filterExpression("c = :v")
            .build()),
        r -> r.query(q("GKeys", "G = :g", ":g", "g0")
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()),
        r -> r.query(q("LInc", "PK = :p", ":p", "p").consistentRead(true)
            .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build()),
        r -> r.scan(ScanRequest.builder().tableName("Proj").indexName("GInc").build()),
        r -> r.scan(ScanRequest.builder().tableName("Proj").indexName("LInc")
            .select(Select.COUNT).build()));
    sameAll(cases, i -> "projection case " + i);
  }
}
