package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query and Scan: engine vs DynamoDB Local. */
class QueryScanDifferentialTest extends DifferentialSupport {

  @BeforeAll
  static void data() {
    ok(r -> r.createTable(withIndexes("QTab")));
    ok(r -> r.createTable(CreateTableRequest.builder().tableName("Nums")
        .attributeDefinitions(List.of(def("P", ScalarAttributeType.S), def("N", ScalarAttributeType.N)))
        .keySchema(keys("P", "N")).billingMode(BillingMode.PAY_PER_REQUEST).build()));
    ok(r -> r.createTable(CreateTableRequest.builder().tableName("Bins")
        .attributeDefinitions(List.of(def("P", ScalarAttributeType.S), def("B", ScalarAttributeType.B)))
        .keySchema(keys("P", "B")).billingMode(BillingMode.PAY_PER_REQUEST).build()));
    for (int i = 0; i < 30; i++) {
      int n = i;
      ok(r -> r.put(PutItemRequest.builder().tableName("QTab").item(item("PK", "p" + (n % 3),
          "SK", "item#" + String.format("%02d", n), "GSI1PK", n % 2 == 0 ? "even" : "odd",
          "GSI1SK", "g" + (n % 7) + "#" + n, "LSK", 50 - n, "v", n, "pad", "x".repeat(n * 10))).build()));
    }
    for (String v : List.of("10", "-5", "2.5", "100", "-0.1", "0", "1e2", "99.99")) {
      if (!v.equals("1e2")) {
        ok(r -> r.put(PutItemRequest.builder().tableName("Nums").item(item("P", "p", "N", n(v)))
            .build()));
      }
    }
    for (int b : new int[] {0, 1, 127, 128, 255}) {
      ok(r -> r.put(PutItemRequest.builder().tableName("Bins").item(item("P", "p", "B",
          AttributeValue.b(new byte[] {(byte) b, 1}))).build()));
    }
  }

  private static QueryRequest.Builder q(String key, Object... values) {
    return QueryRequest.builder().tableName("QTab").keyConditionExpression(key)
        .expressionAttributeValues(item(values));
  }

  @Test
  void validation() {
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.query(q("PK = :p", ":p", "p1").indexName("GSI9").build()),
        r -> r.query(q("GSI1PK = :p", ":p", "odd").indexName("GSI1").consistentRead(true).build()),
        r -> r.query(q("PK = :p", ":p", "p1").limit(0).build()),
        r -> r.query(QueryRequest.builder().tableName("QTab").build()),
        r -> r.query(q("PK = :p", ":p", "p1").exclusiveStartKey(item("PK", "p1")).build()),
        r -> r.query(q("PK = :p", ":p", "p1").select(Select.ALL_PROJECTED_ATTRIBUTES).build()),
        r -> r.query(q("PK = :p", ":p", "p1").select(Select.SPECIFIC_ATTRIBUTES).build()),
        r -> r.query(q("PK = :p", ":p", "p1").select(Select.ALL_ATTRIBUTES)
            .projectionExpression("v").build()),
        r -> r.query(QueryRequest.builder().tableName("QTab").keyConditions(Map.of("SK",
            new Condition(ComparisonOperator.EQ, List.of(s("x"))))).build()),
        r -> r.query(QueryRequest.builder().tableName("QTab").keyConditions(Map.of("PK",
            new Condition(ComparisonOperator.BEGINS_WITH, List.of(s("x"))))).build()),
        r -> r.query(q("PK = :p", ":p", "p1").keyConditions(Map.of("PK",
            new Condition(ComparisonOperator.EQ, List.of(s("x"))))).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").segment(1).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").totalSegments(2).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").segment(2).totalSegments(2).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").indexName("GSI1").consistentRead(true)
            .build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").limit(0).build()),
        r -> r.query(q("PK = :p", ":p", "p1").exclusiveStartKey(item("PK", "p2", "SK", "item#05"))
            .build()),
        r -> r.query(q("PK = :p AND SK > :s", ":p", "p1", ":s", "item#20")
            .exclusiveStartKey(item("PK", "p1", "SK", "item#04")).build()),
        r -> r.query(q("GSI1PK = :g", ":g", "odd").indexName("GSI1")
            .exclusiveStartKey(item("PK", "p1", "SK", "item#01")).build()),
        r -> r.query(q("PK = :p AND SK > :s", ":p", "p1", ":s", "item#05")
            .exclusiveStartKey(item("PK", "p1", "SK", "item#10")).build()));
    sameAll(cases, i -> "validation case " + i);
  }

  @Test
  void behaviour() {
    List<Function<Runner, Outcome>> cases = new ArrayList<>(List.of(
        r -> r.query(q("PK = :p", ":p", "p1").build()),
        r -> r.query(q("PK = :p", ":p", "p1").scanIndexForward(false).limit(3).build()),
        r -> r.query(q("PK = :p AND SK BETWEEN :a AND :b", ":p", "p0", ":a", "item#03", ":b",
            "item#12").build()),
        r -> r.query(q("PK = :p AND begins_with(SK, :b)", ":p", "p2", ":b", "item#1").build()),
        r -> r.query(q("PK = :p AND begins_with(SK, :b)", ":p", "p2", ":b", "item#1")
            .scanIndexForward(false).build()),
        r -> r.query(q("PK = :p AND SK > :a", ":p", "p0", ":a", "item#20").build()),
        r -> r.query(q("PK = :p AND SK <= :a", ":p", "p0", ":a", "item#09").limit(2).build()),
        r -> r.query(q("PK = :p", ":p", "p1", ":v", 10).filterExpression("v > :v").limit(5)
            .build()),
        r -> r.query(q("PK = :p", ":p", "p1").select(Select.COUNT).build()),
        r -> r.query(q("PK = :p", ":p", "p1").projectionExpression("SK, v").build()),
        r -> r.query(q("PK = :p", ":p", "p1").returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
            .consistentRead(true).build()),
        r -> r.query(q("GSI1PK = :p", ":p", "odd").indexName("GSI1").limit(4).build()),
        r -> r.query(q("GSI1PK = :p AND begins_with(GSI1SK, :s)", ":p", "even", ":s", "g3").indexName("GSI1")
            .build()),
        r -> r.query(q("PK = :p AND LSK < :n", ":p", "p0", ":n", 40).indexName("LSI1").build()),
        r -> r.query(q("PK = :p AND LSK < :n", ":p", "p0", ":n", 40).indexName("LSI1")
            .select(Select.ALL_ATTRIBUTES).build()),
        r -> r.query(q("PK = :p", ":p", "p0").indexName("LSI1").select(Select.ALL_PROJECTED_ATTRIBUTES)
            .limit(2).build()),
        r -> r.query(q("PK = :p", ":p", "p0").exclusiveStartKey(item("PK", "p0", "SK", "item#12"))
            .build()),
        r -> r.query(QueryRequest.builder().tableName("Nums").keyConditionExpression("P = :p")
            .expressionAttributeValues(item(":p", "p")).build()),
        r -> r.query(QueryRequest.builder().tableName("Nums").keyConditionExpression("P = :p AND N > :n")
            .expressionAttributeValues(item(":p", "p", ":n", n("-1"))).build()),
        r -> r.query(QueryRequest.builder().tableName("Bins").keyConditionExpression("P = :p")
            .expressionAttributeValues(item(":p", "p")).scanIndexForward(false).build()),
        r -> r.query(QueryRequest.builder().tableName("QTab").keyConditions(Map.of(
            "PK", new Condition(ComparisonOperator.EQ, List.of(s("p2"))),
            "SK", new Condition(ComparisonOperator.GE, List.of(s("item#20")))))
            .queryFilter(Map.of("v", new Condition(ComparisonOperator.NE, List.of(n(23)))))
            .attributesToGet(List.of("SK")).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").filterExpression("v < :v")
            .expressionAttributeValues(item(":v", 5)).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").select(Select.COUNT).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").indexName("GSI1").build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").scanFilter(Map.of("v",
            new Condition(ComparisonOperator.BETWEEN, List.of(n(3), n(6))))).build()),
        r -> r.scan(ScanRequest.builder().tableName("QTab").returnConsumedCapacity(
            ReturnConsumedCapacity.TOTAL).build())));
    sameAll(cases, i -> "behaviour case " + i);
  }

  @Test
  void pagingVisitsEveryItemOnceOnBoth() {
    for (int limit : new int[] {1, 4, 7}) {
      for (Runner runner : List.of((Runner) local, engine)) {
        List<Object> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
          Outcome o = runner.query(q("PK = :p", ":p", "p1").limit(limit)
              .exclusiveStartKey(start).build());
          if (o.fields().get("items") != null) {
            seen.addAll((List<?>) o.fields().get("items"));
          }
          @SuppressWarnings("unchecked")
          Map<String, AttributeValue> lek = (Map<String, AttributeValue>) o.fields().get("lek");
          start = lek;
        } while (start != null);
        org.assertj.core.api.Assertions.assertThat(seen).hasSize(10);
      }
    }
  }

  @Test
  void oneMegabytePages() {
    ok(r -> r.createTable(pkSk("BigRows")));
    String blob = "x".repeat(100_000);
    for (int i = 0; i < 25; i++) {
      int n = i;
      ok(r -> r.put(PutItemRequest.builder().tableName("BigRows")
          .item(item("PK", "p", "SK", String.format("s%02d", n), "b", blob)).build()));
    }
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.query(QueryRequest.builder().tableName("BigRows").keyConditionExpression("PK = :p")
            .expressionAttributeValues(item(":p", "p")).projectionExpression("SK")
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()),
        r -> r.query(QueryRequest.builder().tableName("BigRows").keyConditionExpression("PK = :p")
            .expressionAttributeValues(item(":p", "p")).projectionExpression("SK")
            .exclusiveStartKey(item("PK", "p", "SK", "s09")).build()),
        r -> r.query(QueryRequest.builder().tableName("BigRows").keyConditionExpression("PK = :p")
            .expressionAttributeValues(item(":p", "p")).select(Select.COUNT)
            .scanIndexForward(false).build()));
    sameAll(cases, i -> "page case " + i);
  }
}
