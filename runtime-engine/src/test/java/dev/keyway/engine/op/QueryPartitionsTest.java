package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.def;
import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.keys;
import static dev.keyway.engine.Fixtures.n;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.testing.SeededTries;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ScalarAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Queries read a table through its per-partition lists, which writes keep beside the table-wide
 * list: after any mix of puts and deletes (partitions emptied and filled again), every Query returns
 * what a sorted model of the table holds.
 */
class QueryPartitionsTest {

  /** One generated history: writes over a few partitions and sort keys, then the queries to check. */
  record History(List<String> writes) {}

  @Test
  void queriesSeeEveryPutAndDeleteOfTheirPartition() {
    SeededTries.forAll(20, QueryPartitionsTest::history, history -> {
      try (Engine engine = Engine.inMemory()) {
        engine.createTable(pkSk("Tab"));
        TreeMap<String, TreeSet<String>> model = new TreeMap<>();
        for (String write : history.writes()) {
          String[] w = write.split(" ");
          Map<String, AttributeValue> key = item("PK", w[1], "SK", w[2]);
          if (w[0].equals("put")) {
            engine.putItem(PutItemRequest.builder().tableName("Tab").item(key).build());
            model.computeIfAbsent(w[1], p -> new TreeSet<>()).add(w[2]);
          } else {
            engine.deleteItem(DeleteItemRequest.builder().tableName("Tab").key(key).build());
            TreeSet<String> sorts = model.get(w[1]);
            if (sorts != null) {
              sorts.remove(w[2]);
            }
          }
        }
        for (int p = 0; p < 4; p++) {
          String partition = "p" + p;
          List<String> expected = new ArrayList<>(model.getOrDefault(partition, new TreeSet<>()));
          assertThat(sortKeys(engine, partition, null, true)).isEqualTo(expected);
          assertThat(sortKeys(engine, partition, null, false)).isEqualTo(reversed(expected));
          List<String> fromS3 = expected.stream().filter(s -> s.compareTo("s3") >= 0).toList();
          assertThat(sortKeys(engine, partition, "s3", true)).isEqualTo(fromS3);
          assertThat(pagedSortKeys(engine, partition)).isEqualTo(expected);
        }
      }
    });
  }

  @Test
  void aNumericPartitionKeyIsFoundUnderAnyWritingOfItsNumber() {
    try (Engine engine = Engine.inMemory()) {
      engine.createTable(CreateTableRequest.builder().tableName("Num")
          .attributeDefinitions(List.of(def("PK", ScalarAttributeType.N), def("SK", ScalarAttributeType.S)))
          .keySchema(keys("PK", "SK")).billingMode(BillingMode.PAY_PER_REQUEST).build());
      engine.putItem(PutItemRequest.builder().tableName("Num").item(item("PK", n("10"), "SK", "a")).build());
      engine.putItem(PutItemRequest.builder().tableName("Num").item(item("PK", n("10.0"), "SK", "b")).build());

      QueryResponse r = engine.query(QueryRequest.builder().tableName("Num").keyConditionExpression("PK = :p")
          .expressionAttributeValues(Map.of(":p", n("1E1"))).build());

      assertThat(r.items()).extracting(i -> i.get("SK")).containsExactly(AttributeValue.s("a"), AttributeValue.s("b"));
    }
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static History history(Random random) {
    List<String> writes = new ArrayList<>();
    int count = 1 + random.nextInt(120);
    for (int i = 0; i < count; i++) {
      // deletes as often as puts over 4 x 6 keys: partitions empty out and fill again
      String op = random.nextBoolean() ? "put" : "delete";
      writes.add(op + " p" + random.nextInt(4) + " s" + random.nextInt(6));
    }
    return new History(writes);
  }

  private static List<String> sortKeys(Engine engine, String partition, String from, boolean forward) {
    QueryRequest.Builder q = QueryRequest.builder().tableName("Tab").scanIndexForward(forward);
    if (from == null) {
      q.keyConditionExpression("PK = :p").expressionAttributeValues(Map.of(":p", AttributeValue.s(partition)));
    } else {
      q.keyConditionExpression("PK = :p AND SK >= :s")
          .expressionAttributeValues(Map.of(":p", AttributeValue.s(partition), ":s", AttributeValue.s(from)));
    }
    return engine.query(q.build()).items().stream().map(i -> ((AttributeValue.S) i.get("SK")).value()).toList();
  }

  /** Reads a partition two items a page, following LastEvaluatedKey. */
  private static List<String> pagedSortKeys(Engine engine, String partition) {
    List<String> out = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse r = engine.query(QueryRequest.builder().tableName("Tab").keyConditionExpression("PK = :p")
          .expressionAttributeValues(Map.of(":p", AttributeValue.s(partition))).limit(2)
          .exclusiveStartKey(start).build());
      r.items().forEach(i -> out.add(((AttributeValue.S) i.get("SK")).value()));
      start = r.lastEvaluatedKey();
    } while (start != null);
    return out;
  }
}
