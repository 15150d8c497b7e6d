package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.ComparisonOperator;
import dev.keyway.ops.Condition;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryScanOpTest {
  private final Engine engine = Engine.inMemory();

  @BeforeEach
  void data() {
    engine.createTable(withIndexes("Shop"));
    for (int i = 0; i < 10; i++) {
      put(item("PK", "u1", "SK", "ORDER#" + i, "GSI1PK", i % 2 == 0 ? "even" : "odd",
          "GSI1SK", "k" + i, "LSK", 100 - i, "v", i));
    }
    put(item("PK", "u1", "SK", "PROFILE", "v", 99));
    put(item("PK", "u2", "SK", "ORDER#1", "v", 1));
  }

  private void put(Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName("Shop").item(item).build());
  }

  private QueryRequest.Builder q(String keyExpr, Object... values) {
    return QueryRequest.builder().tableName("Shop").keyConditionExpression(keyExpr)
        .expressionAttributeValues(item(values));
  }

  private static List<AttributeValue> col(List<Map<String, AttributeValue>> items, String name) {
    List<AttributeValue> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get(name)));
    return out;
  }

  @Nested
  class Validation {
    @Test
    void consistentReadOnGsi() {
      assertThatThrownBy(() -> engine.query(q("GSI1PK = :p", ":p", "even").indexName("GSI1")
              .consistentRead(true).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Consistent reads are not supported on global secondary indexes");
    }

    @Test
    void filterOnTheQueriedKeyIsRefused() {
      assertThatThrownBy(() -> engine.query(q("PK = :p", ":p", "u1", ":s", "x")
              .filterExpression("SK = :s").build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Filter Expression can only contain non-primary key attributes: "
              + "Primary key attribute: SK");
      Condition isU1 = new Condition(ComparisonOperator.EQ, List.of(s("u1")));
      assertThatThrownBy(() -> engine.query(QueryRequest.builder().tableName("Shop")
              .keyConditions(Map.of("PK", isU1)).queryFilter(Map.of("PK", isU1)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("QueryFilter can only contain non-primary key attributes: "
              + "Primary key attribute: PK");
    }

    @Test
    void filterOnTheTableKeyIsAllowedInAnIndexQuery() {
      QueryResponse r = engine.query(q("GSI1PK = :p", ":p", "even", ":s", "x")
          .indexName("GSI1").filterExpression("SK <> :s").build());
      assertThat(r.count()).isNotNull();
    }

    @Test
    void unknownIndex() {
      assertThatThrownBy(() -> engine.query(q("PK = :p", ":p", "u1").indexName("Nope").build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The table does not have the specified index: Nope");
    }

    @Test
    void limitAtLeastOne() {
      assertThatThrownBy(() -> engine.query(q("PK = :p", ":p", "u1").limit(0).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value '0' at 'limit' failed to satisfy "
              + "constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void segmentWithoutTotal() {
      assertThatThrownBy(() -> engine.scan(ScanRequest.builder().tableName("Shop").segment(0).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The TotalSegments parameter is required but was not present in the request "
              + "when Segment parameter is present");
    }

    @Test
    void startKeyOutsideSegment() {
      var all = engine.scan(ScanRequest.builder().tableName("Shop").segment(0).totalSegments(2)
          .build()).items();
      var key = Map.of("PK", all.get(0).get("PK"), "SK", all.get(0).get("SK"));
      assertThatThrownBy(() -> engine.scan(ScanRequest.builder().tableName("Shop").segment(1)
              .totalSegments(2).exclusiveStartKey(key).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use "
              + "ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: 1");
    }

    @Test
    void startKeyOutsideQueryRange() {
      assertThatThrownBy(() -> engine.query(q("PK = :p AND SK > :s", ":p", "u1", ":s", "ORDER#5")
              .exclusiveStartKey(item("PK", "u1", "SK", "ORDER#1")).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The provided starting key does not match the range key predicate");
    }

    @Test
    void badStartKey() {
      assertThatThrownBy(() -> engine.query(q("PK = :p", ":p", "u1")
              .exclusiveStartKey(item("PK", "u1")).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The provided starting key is invalid: The provided key element does not "
              + "match the schema");
    }
  }

  @Nested
  class Behaviour {
    @Test
    void partitionInSortOrderBothWays() {
      QueryResponse r = engine.query(q("PK = :p AND begins_with(SK, :o)", ":p", "u1", ":o", "ORDER#")
          .build());
      assertThat(r.count()).isEqualTo(10);
      assertThat(r.items().get(0).get("SK")).isEqualTo(s("ORDER#0"));
      QueryResponse back = engine.query(q("PK = :p AND begins_with(SK, :o)", ":p", "u1", ":o",
          "ORDER#").scanIndexForward(false).build());
      assertThat(back.items().get(0).get("SK")).isEqualTo(s("ORDER#9"));
      assertThat(back.count()).isEqualTo(10);
    }

    @Test
    void rangeOperators() {
      assertThat(engine.query(q("PK = :p AND SK BETWEEN :a AND :b", ":p", "u1", ":a", "ORDER#2",
          ":b", "ORDER#4").build()).count()).isEqualTo(3);
      assertThat(engine.query(q("PK = :p AND SK > :a", ":p", "u1", ":a", "ORDER#8").build())
          .count()).isEqualTo(2);
      assertThat(engine.query(q("PK = :p AND SK < :a", ":p", "u1", ":a", "ORDER#2").build())
          .count()).isEqualTo(2);
    }

    @Test
    void pagingWithLimit() {
      List<AttributeValue> seen = new ArrayList<>();
      Map<String, AttributeValue> start = null;
      int pages = 0;
      do {
        QueryResponse r = engine.query(q("PK = :p", ":p", "u1").limit(4)
            .exclusiveStartKey(start).build());
        seen.addAll(col(r.items(), "SK"));
        start = r.lastEvaluatedKey();
        pages++;
      } while (start != null);
      assertThat(seen).hasSize(11).doesNotHaveDuplicates();
      assertThat(pages).isEqualTo(3);
    }

    @Test
    void filterCountsScanned() {
      QueryResponse r = engine.query(q("PK = :p", ":p", "u1", ":n", 5)
          .filterExpression("v < :n").build());
      assertThat(r.count()).isEqualTo(5);
      assertThat(r.scannedCount()).isEqualTo(11);
    }

    @Test
    void selectCount() {
      QueryResponse r = engine.query(q("PK = :p", ":p", "u1").select(Select.COUNT).build());
      assertThat(r.items()).isNull();
      assertThat(r.count()).isEqualTo(11);
    }

    @Test
    void gsiIsSparseAndOrdered() {
      QueryResponse r = engine.query(q("GSI1PK = :p", ":p", "odd").indexName("GSI1").build());
      assertThat(col(r.items(), "GSI1SK")).containsExactly(s("k1"), s("k3"), s("k5"), s("k7"), s("k9"));
      assertThat(engine.scan(ScanRequest.builder().tableName("Shop").indexName("GSI1").build())
          .count()).isEqualTo(10);
    }

    @Test
    void gsiPagingKeyHasIndexAndTableKeys() {
      QueryResponse r = engine.query(q("GSI1PK = :p", ":p", "odd").indexName("GSI1").limit(1)
          .build());
      assertThat(r.lastEvaluatedKey()).containsOnlyKeys("PK", "SK", "GSI1PK", "GSI1SK");
    }

    @Test
    void lsiOrdersNumerically() {
      QueryResponse r = engine.query(q("PK = :p AND LSK >= :n", ":p", "u1", ":n", 95)
          .indexName("LSI1").build());
      assertThat(col(r.items(), "LSK")).containsExactly(n(95), n(96), n(97), n(98), n(99), n(100));
      assertThat(r.items().get(0)).containsOnlyKeys("PK", "SK", "LSK");
    }

    @Test
    void lsiFetchesUnprojectedAttributes() {
      QueryResponse r = engine.query(q("PK = :p AND LSK = :n", ":p", "u1", ":n", 100)
          .indexName("LSI1").select(Select.ALL_ATTRIBUTES).build());
      assertThat(r.items().get(0)).containsEntry("v", n(0));
    }

    @Test
    void indexFollowsUpdatesAndDeletes() {
      put(item("PK", "u1", "SK", "ORDER#1", "GSI1PK", "even", "GSI1SK", "k1"));
      assertThat(engine.query(q("GSI1PK = :p", ":p", "even").indexName("GSI1").build()).count())
          .isEqualTo(6);
      put(item("PK", "u1", "SK", "ORDER#1"));
      assertThat(engine.query(q("GSI1PK = :p", ":p", "even").indexName("GSI1").build()).count())
          .isEqualTo(5);
      assertThat(engine.query(q("GSI1PK = :p", ":p", "odd").indexName("GSI1").build()).count())
          .isEqualTo(4);
    }

    @Test
    void legacyKeyConditionsAndFilter() {
      QueryResponse r = engine.query(QueryRequest.builder().tableName("Shop")
          .keyConditions(Map.of("PK", new Condition(ComparisonOperator.EQ, List.of(s("u1"))),
              "SK", new Condition(ComparisonOperator.BEGINS_WITH, List.of(s("ORDER")))))
          .queryFilter(Map.of("v", new Condition(ComparisonOperator.GE, List.of(n(8)))))
          .build());
      assertThat(r.count()).isEqualTo(2);
      assertThat(r.scannedCount()).isEqualTo(10);
    }

    @Test
    void parallelScanSegmentsCoverEverythingOnce() {
      Set<Map<String, AttributeValue>> keys = new HashSet<>();
      int total = 0;
      for (int seg = 0; seg < 4; seg++) {
        ScanResponse r = engine.scan(ScanRequest.builder().tableName("Shop").segment(seg)
            .totalSegments(4).build());
        total += r.count();
        r.items().forEach(i -> keys.add(Map.of("PK", i.get("PK"), "SK", i.get("SK"))));
      }
      assertThat(total).isEqualTo(12);
      assertThat(keys).hasSize(12);
    }

    @Test
    void scanPagesOnOneMegabyte() {
      engine.createTable(pkOnly("Big"));
      String blob = "x".repeat(100_000);
      for (int i = 0; i < 25; i++) {
        engine.putItem(PutItemRequest.builder().tableName("Big")
            .item(item("PK", "k" + i, "b", blob)).build());
      }
      ScanResponse first = engine.scan(ScanRequest.builder().tableName("Big").build());
      assertThat(first.lastEvaluatedKey()).isNotNull();
      assertThat(first.count()).isBetween(10, 11);
      ScanResponse rest = engine.scan(ScanRequest.builder().tableName("Big")
          .exclusiveStartKey(first.lastEvaluatedKey()).build());
      assertThat(first.count() + rest.count()).isLessThanOrEqualTo(25);
    }

    @Test
    void numberAndBinarySortKeys() {
      engine.createTable(CreateTableRequest.builder().tableName("Nums")
          .attributeDefinitions(List.of(new AttributeDefinition("P", ScalarAttributeType.S),
              new AttributeDefinition("N", ScalarAttributeType.N)))
          .keySchema(keys("P", "N")).billingMode(dev.keyway.ops.BillingMode.PAY_PER_REQUEST)
          .build());
      for (String v : List.of("10", "-5", "2.5", "100", "-0.1")) {
        engine.putItem(PutItemRequest.builder().tableName("Nums")
            .item(item("P", "p", "N", n(v))).build());
      }
      QueryResponse r = engine.query(QueryRequest.builder().tableName("Nums")
          .keyConditionExpression("P = :p").expressionAttributeValues(item(":p", "p")).build());
      assertThat(col(r.items(), "N")).containsExactly(n("-5"), n("-0.1"), n("2.5"), n("10"), n("100"));
    }
  }
}
