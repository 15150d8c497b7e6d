package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RandomSequenceDifferentialTest extends DifferentialSupport {
  private static final AtomicInteger TABLES = new AtomicInteger();

  /** One random step; the ints choose the operation, key and values. */
  record Step(int op, int pk, int sk, int value, int flag) {}

  private static List<Step> steps(java.util.Random random) {
    List<Step> out = new ArrayList<>();
    int size = 5 + random.nextInt(36);
    for (int i = 0; i < size; i++) {
      out.add(new Step(random.nextInt(10), random.nextInt(3), random.nextInt(5),
          -3 + random.nextInt(13), random.nextInt(4)));
    }
    return out;
  }

  @Test
  void sameOutcomesStepByStep() {
    java.util.Random random = new java.util.Random(20261130L);
    for (int t = 0; t < 40; t++) {
      String table = "Rand" + TABLES.incrementAndGet();
      run(table, withIndexes(table), steps(random), true);
    }
  }

  @Test
  void otherKeySchemas() {
    java.util.Random random = new java.util.Random(20261201L);
    for (int t = 0; t < 30; t++) {
      List<Step> steps = steps(random);
      boolean hashOnly = random.nextBoolean();
      String table = "Rand" + TABLES.incrementAndGet();
      CreateTableRequest create = hashOnly
          ? CreateTableRequest.builder().tableName(table)
              .attributeDefinitions(List.of(def("PK", ScalarAttributeType.N)))
              .keySchema(keys("PK", null)).billingMode(BillingMode.PAY_PER_REQUEST).build()
          : CreateTableRequest.builder().tableName(table)
              .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
                  def("SK", ScalarAttributeType.N)))
              .keySchema(keys("PK", "SK")).billingMode(BillingMode.PAY_PER_REQUEST).build();
      run(table, create, steps, false);
    }
  }

  private static void run(String table, CreateTableRequest create, List<Step> steps,
      boolean stringKeys) {
    KEYS.set(create.keySchema().size() == 1 ? 0 : stringKeys ? 2 : 1);
    record(table + " create", r -> r.createTable(create));
    List<String> mismatches = new ArrayList<>();
    int i = 0;
    for (Step s : steps) {
      Function<Runner, Outcome> call = request(table, s);
      try {
        record(table + " step " + i++, call);
      } catch (AssertionError e) {
        mismatches.add(e.getMessage());
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** 2: PK S + SK S (with indexes); 1: PK S + SK N; 0: PK N only. */
  private static final ThreadLocal<Integer> KEYS = ThreadLocal.withInitial(() -> 2);

  private static Map<String, AttributeValue> key(Step s) {
    switch (KEYS.get()) {
      case 0:
        return item("PK", n(s.pk() * 10 + s.sk()));
      case 1:
        return item("PK", "p" + s.pk(), "SK", n(s.sk() - 2));
      default:
        return item("PK", "p" + s.pk(), "SK", "s" + s.sk());
    }
  }

  private static AttributeValue partition(Step s) {
    return KEYS.get() == 0 ? n(s.pk() * 10 + s.sk()) : s("p" + s.pk());
  }

  private static AttributeValue sortValue(Step s) {
    return KEYS.get() == 1 ? n(s.sk() - 2) : s("s" + s.sk());
  }

  private static Function<Runner, Outcome> request(String table, Step s) {
    switch (s.op()) {
      case 0: {
        Map<String, AttributeValue> item = key(s);
        item.put("v", n(s.value()));
        if (s.flag() > 0 && KEYS.get() == 2) {
          item.put("GSI1PK", s("g" + (s.value() & 1)));
          item.put("GSI1SK", s("k" + s.pk() + s.sk()));
        }
        if (s.flag() == 2 && KEYS.get() == 2) {
          item.put("LSK", n(s.value()));
        }
        PutItemRequest r = PutItemRequest.builder().tableName(table).item(item)
            .returnValues(s.flag() == 3 ? ReturnValue.ALL_OLD : null).build();
        return x -> x.put(r);
      }
      case 1: {
        UpdateItemRequest r = UpdateItemRequest.builder().tableName(table).key(key(s))
            .updateExpression(s.flag() == 0 ? "ADD v :d" : s.flag() == 1 ? "SET w = :d"
                : s.flag() == 2 ? "REMOVE GSI1PK" : "SET GSI1PK = :g, GSI1SK = :g")
            .conditionExpression(s.flag() == 1 ? "attribute_exists(v)" : null)
            .expressionAttributeValues(s.flag() == 2 ? null : s.flag() == 3
                ? item(":g", "u" + s.value()) : item(":d", s.value()))
            .returnValues(ReturnValue.values()[Math.floorMod(s.value(), 5)]).build();
        return x -> x.update(r);
      }
      case 2: {
        DeleteItemRequest r = DeleteItemRequest.builder().tableName(table).key(key(s))
            .conditionExpression(s.flag() == 0 ? "v > :z" : null)
            .expressionAttributeValues(s.flag() == 0 ? item(":z", 2) : null)
            .returnValues(ReturnValue.ALL_OLD)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        return x -> x.delete(r);
      }
      case 3: {
        GetItemRequest r = GetItemRequest.builder().tableName(table).key(key(s))
            .consistentRead(true).build();
        return x -> x.get(r);
      }
      case 4: {
        QueryRequest r = QueryRequest.builder().tableName(table)
            .keyConditionExpression(s.flag() == 0 || KEYS.get() == 0 ? "PK = :p"
                : "PK = :p AND SK >= :s")
            .expressionAttributeValues(s.flag() == 0 || KEYS.get() == 0 ? item(":p", partition(s))
                : item(":p", partition(s), ":s", sortValue(s)))
            .scanIndexForward(s.value() % 2 == 0).limit(s.value() > 0 ? s.value() : null)
            .consistentRead(true).build();
        return x -> x.query(r);
      }
      case 5: {
        QueryRequest r = QueryRequest.builder().tableName(table).indexName("GSI1")
            .keyConditionExpression("GSI1PK = :g").expressionAttributeValues(item(":g",
                "g" + (s.value() & 1))).build();
        return x -> x.query(r);
      }
      case 6: {
        QueryRequest r = QueryRequest.builder().tableName(table).indexName("LSI1")
            .keyConditionExpression("PK = :p AND LSK > :n")
            .expressionAttributeValues(item(":p", "p" + s.pk(), ":n", s.value())).build();
        return x -> x.query(r);
      }
      case 8: {
        Step other = new Step(s.op(), (s.pk() + 1) % 3, s.sk(), s.value(), s.flag());
        TransactWriteItemsRequest r = TransactWriteItemsRequest.builder().transactItems(List.of(
            TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(s))
                .updateExpression("ADD v :d").conditionExpression(s.flag() == 0 ? null
                    : "attribute_exists(v)").expressionAttributeValues(item(":d", s.value()))
                .build()).build(),
            TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key(other))
                .build()).build())).build();
        return x -> x.transactWrite(r);
      }
      case 9: {
        Map<String, AttributeValue> a = key(s);
        a.put("v", n(s.value()));
        Step other = new Step(s.op(), s.pk(), (s.sk() + 1) % 5, s.value(), s.flag());
        BatchWriteItemRequest r = BatchWriteItemRequest.builder().requestItems(Map.of(table,
            List.of(new WriteRequest(new PutRequest(a), null),
                new WriteRequest(null, new DeleteRequest(key(other)))))).build();
        return x -> x.batchWrite(r);
      }
      default: {
        ScanRequest r = ScanRequest.builder().tableName(table).filterExpression("v >= :v")
            .expressionAttributeValues(item(":v", s.value())).consistentRead(true).build();
        return x -> x.scan(r);
      }
    }
  }
}
