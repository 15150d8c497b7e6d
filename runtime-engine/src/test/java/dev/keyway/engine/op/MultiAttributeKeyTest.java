package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.def;
import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.testing.SeededTries;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.UpdateItemRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Global secondary indexes keyed by several attributes: described in schema order, kept sparse
 * by updates, durable, and queried in the order of their range attributes. The Query rules and
 * errors are recorded in expectations/multi-attribute-keys.json.
 */
class MultiAttributeKeyTest {
  private static final String TABLE = "Games";

  @TempDir Path dir;

  static CreateTableRequest gamesTable() {
    return CreateTableRequest.builder().tableName(TABLE)
        .attributeDefinitions(List.of(def("id", ScalarAttributeType.S),
            def("league", ScalarAttributeType.S), def("season", ScalarAttributeType.N),
            def("stage", ScalarAttributeType.S), def("points", ScalarAttributeType.N)))
        .keySchema(List.of(new KeySchemaElement("id", KeyType.HASH)))
        .globalSecondaryIndexes(List.of(new GlobalSecondaryIndex("ByLeague", List.of(
            new KeySchemaElement("league", KeyType.HASH), new KeySchemaElement("season", KeyType.HASH),
            new KeySchemaElement("stage", KeyType.RANGE), new KeySchemaElement("points", KeyType.RANGE)),
            new Projection(ProjectionType.ALL, null), null, null)))
        .billingMode(BillingMode.PAY_PER_REQUEST).build();
  }

  @Test
  void describeTableListsEveryKeyAttributeInSchemaOrder() {
    try (Engine engine = Engine.inMemory()) {
      engine.createTable(gamesTable());
      GlobalSecondaryIndexDescription gsi = engine.describeTable(
          DescribeTableRequest.builder().tableName(TABLE).build()).table().globalSecondaryIndexes().get(0);
      assertThat(gsi.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
          .containsExactly("league HASH", "season HASH", "stage RANGE", "points RANGE");
    }
  }

  @Test
  void updatesMoveItemsOutOfAndBackIntoTheIndex() {
    try (Engine engine = Engine.inMemory()) {
      engine.createTable(gamesTable());
      put(engine, item("id", "g1", "league", "L", "season", 2026, "stage", "final", "points", 3));
      assertThat(ids(leagueQuery(engine, 2026))).containsExactly("g1");

      update(engine, "REMOVE points");
      assertThat(ids(leagueQuery(engine, 2026))).isEmpty();

      update(engine, "SET points = :p, season = :s");
      assertThat(ids(leagueQuery(engine, 2026))).isEmpty();
      assertThat(ids(leagueQuery(engine, 2027))).containsExactly("g1");
    }
  }

  @Test
  void aScanOfTheIndexPagesThroughEveryIndexedItemOnce() {
    try (Engine engine = Engine.inMemory()) {
      engine.createTable(gamesTable());
      for (int i = 0; i < 9; i++) {
        put(engine, item("id", "g" + i, "league", i % 2 == 0 ? "L" : "M", "season", 2026 + i % 3,
            "stage", "s" + i, "points", i));
      }
      put(engine, item("id", "sparse", "league", "L", "season", 2026));
      List<String> seen = new ArrayList<>();
      Map<String, AttributeValue> start = null;
      do {
        ScanResponse page = engine.scan(ScanRequest.builder().tableName(TABLE).indexName("ByLeague")
            .limit(2).exclusiveStartKey(start).build());
        page.items().forEach(i -> seen.add(str(i, "id")));
        start = page.lastEvaluatedKey();
        if (start != null) {
          assertThat(start.keySet()).containsExactlyInAnyOrder("id", "league", "season", "stage", "points");
        }
      } while (start != null);
      assertThat(seen).containsExactlyInAnyOrder("g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8");
    }
  }

  @Test
  void aDurableEngineKeepsTheIndexAcrossReopening() {
    try (Engine engine = Engine.open(dir)) {
      engine.createTable(gamesTable());
      put(engine, item("id", "g1", "league", "L", "season", 2026, "stage", "final", "points", 3));
      put(engine, item("id", "g2", "league", "L", "season", 2026, "stage", "final", "points", 10));
    }
    try (Engine reopened = Engine.open(dir)) {
      assertThat(ids(leagueQuery(reopened, 2026))).containsExactly("g1", "g2");
    }
  }

  /** Any valid condition returns exactly the matching items, ordered by stage, points, id. */
  @Test
  void queriesReturnTheMatchingItemsInRangeAttributeOrder() {
    SeededTries.forAll(80, MultiAttributeKeyTest::scenario, s -> {
      try (Engine engine = Engine.inMemory()) {
        engine.createTable(gamesTable());
        s.items().forEach(i -> put(engine, i));
        List<String> expected = s.items().stream()
            .filter(i -> i.get("league").equals(AttributeValue.s("L")) && i.containsKey("points"))
            .filter(s::matches)
            .sorted(Comparator.comparing((Map<String, AttributeValue> i) -> str(i, "stage"))
                .thenComparingLong(i -> num(i, "points")).thenComparing(i -> str(i, "id")))
            .map(i -> str(i, "id")).toList();
        assertThat(pages(engine, s, true)).isEqualTo(expected);
        List<String> backward = new ArrayList<>(expected);
        java.util.Collections.reverse(backward);
        assertThat(pages(engine, s, false)).isEqualTo(backward); // a reverse read seeks its last match
      }
    });
  }

  /** Every page of a scenario's query in one direction, three items at a time. */
  private static List<String> pages(Engine engine, Scenario s, boolean forward) {
    List<String> ids = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page = engine.query(s.query(start, forward));
      ids.addAll(ids(page));
      start = page.lastEvaluatedKey();
    } while (start != null);
    return ids;
  }

  /** Items of one league and season; a condition on stage alone, or stage = x and one on points. */
  record Scenario(List<Map<String, AttributeValue>> items, String stageOp, String stage,
      String pointsOp, long points, long high) {

    boolean matches(Map<String, AttributeValue> i) {
      String st = str(i, "stage");
      if (pointsOp == null) {
        return compare(stageOp, st.compareTo(stage), st.startsWith(stage), 0);
      }
      long p = num(i, "points");
      return st.equals(stage) && compare(pointsOp, Long.compare(p, points), false,
          Long.compare(p, high));
    }

    private static boolean compare(String op, int c, boolean prefix, int cHigh) {
      return switch (op) {
        case "=" -> c == 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        case ">" -> c > 0;
        case ">=" -> c >= 0;
        case "BETWEEN" -> c >= 0 && cHigh <= 0;
        case "begins_with" -> prefix;
        default -> throw new AssertionError(op);
      };
    }

    QueryRequest query(Map<String, AttributeValue> start, boolean forward) {
      Map<String, AttributeValue> values = new HashMap<>(item(":l", "L", ":s", 2026, ":st", stage));
      String condition = "league = :l AND season = :s AND ";
      if (pointsOp == null) {
        condition += term("stage", stageOp, ":st", null);
      } else {
        values.put(":p", AttributeValue.n(Long.toString(points)));
        if (pointsOp.equals("BETWEEN")) {
          values.put(":h", AttributeValue.n(Long.toString(high)));
        }
        condition += "stage = :st AND " + term("points", pointsOp, ":p", ":h");
      }
      return QueryRequest.builder().tableName(TABLE).indexName("ByLeague")
          .keyConditionExpression(condition).expressionAttributeValues(values)
          .scanIndexForward(forward).limit(3).exclusiveStartKey(start).build();
    }

    private static String term(String attribute, String op, String value, String high) {
      return switch (op) {
        case "BETWEEN" -> attribute + " BETWEEN " + value + " AND " + high;
        case "begins_with" -> "begins_with(" + attribute + ", " + value + ")";
        default -> attribute + " " + op + " " + value;
      };
    }
  }

  private static Scenario scenario(Random random) {
    String[] stages = {"final", "group", "groupB", "quarter", "semi"};
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int i = 0; i < 12 + random.nextInt(20); i++) {
      Map<String, AttributeValue> it = item("id", String.format("g%02d", i),
          "league", random.nextInt(5) == 0 ? "M" : "L", "season", 2026,
          "stage", stages[random.nextInt(stages.length)]);
      if (random.nextInt(8) != 0) {
        it.put("points", AttributeValue.n(Integer.toString(random.nextInt(21) - 10)));
      }
      items.add(it);
    }
    String[] ops = {"=", "<", "<=", ">", ">=", "BETWEEN"};
    String stage = random.nextBoolean() ? "group" : stages[random.nextInt(stages.length)];
    if (random.nextBoolean()) {
      String op = random.nextInt(7) == 0 ? "begins_with" : ops[random.nextInt(ops.length - 1)];
      return new Scenario(items, op, stage, null, 0, 0);
    }
    long low = random.nextInt(21) - 10;
    return new Scenario(items, null, stage, ops[random.nextInt(ops.length)], low,
        low + random.nextInt(8));
  }

  private static void put(Engine engine, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(TABLE).item(item).build());
  }

  private static void update(Engine engine, String expression) {
    UpdateItemRequest.Builder b = UpdateItemRequest.builder().tableName(TABLE)
        .key(item("id", "g1")).updateExpression(expression);
    if (expression.contains(":p")) {
      b.expressionAttributeValues(item(":p", 4, ":s", 2027));
    }
    engine.updateItem(b.build());
  }

  private static QueryResponse leagueQuery(Engine engine, long season) {
    return engine.query(QueryRequest.builder().tableName(TABLE).indexName("ByLeague")
        .keyConditionExpression("league = :l AND #s = :s").expressionAttributeNames(names("#s", "season"))
        .expressionAttributeValues(item(":l", "L", ":s", season)).build());
  }

  private static List<String> ids(QueryResponse r) {
    return r.items().stream().map(i -> str(i, "id")).toList();
  }

  private static String str(Map<String, AttributeValue> i, String name) {
    return ((AttributeValue.S) i.get(name)).value();
  }

  private static long num(Map<String, AttributeValue> i, String name) {
    return new java.math.BigDecimal(((AttributeValue.N) i.get(name)).value().toString()).longValueExact();
  }
}
