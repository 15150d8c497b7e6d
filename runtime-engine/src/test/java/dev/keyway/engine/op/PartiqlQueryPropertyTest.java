package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.testing.SeededTries;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteStatementResponse;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A PartiQL SELECT with a key condition returns the same items, in the same order, as the
 * equivalent Query, for random partitions, sort-key conditions, filters, directions and page sizes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartiqlQueryPropertyTest {
  private final Engine engine = Engine.inMemory();

  @BeforeAll
  void fill() {
    engine.createTable(pkSk("Tab"));
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      engine.putItem(PutItemRequest.builder().tableName("Tab").item(item("PK", "p" + random.nextInt(4),
          "SK", String.format("%c%02d", (char) ('a' + random.nextInt(4)), random.nextInt(100)),
          "n", random.nextInt(10))).build());
    }
  }

  @AfterAll
  void close() {
    engine.close();
  }

  /** One random key condition, rendered both ways. */
  record Case(String partition, String sortOp, String low, String high, Integer filterBelow,
      boolean descending, Integer limit) {

    String statement() {
      StringBuilder s = new StringBuilder("SELECT * FROM \"Tab\" WHERE \"PK\" = '" + partition + "'");
      switch (sortOp) {
        case "none" -> { }
        case "between" -> s.append(" AND SK BETWEEN '").append(low).append("' AND '").append(high).append("'");
        case "begins_with" -> s.append(" AND begins_with(SK, '").append(low).append("')");
        default -> s.append(" AND SK ").append(sortOp).append(" '").append(low).append("'");
      }
      if (filterBelow != null) {
        s.append(" AND n < ").append(filterBelow);
      }
      return s.append(descending ? " ORDER BY SK DESC" : "").toString();
    }

    QueryRequest.Builder query() {
      String key = switch (sortOp) {
        case "none" -> "PK = :p";
        case "between" -> "PK = :p AND SK BETWEEN :lo AND :hi";
        case "begins_with" -> "PK = :p AND begins_with(SK, :lo)";
        default -> "PK = :p AND SK " + sortOp + " :lo";
      };
      Map<String, AttributeValue> values = new java.util.HashMap<>(item(":p", partition));
      if (!sortOp.equals("none")) {
        values.put(":lo", AttributeValue.s(low));
      }
      if (sortOp.equals("between")) {
        values.put(":hi", AttributeValue.s(high));
      }
      if (filterBelow != null) {
        values.put(":f", AttributeValue.n(filterBelow));
      }
      return QueryRequest.builder().tableName("Tab").keyConditionExpression(key)
          .filterExpression(filterBelow == null ? null : "n < :f")
          .expressionAttributeValues(values).scanIndexForward(!descending);
    }
  }

  static Case generate(Random r) {
    String[] ops = {"none", "=", "<", "<=", ">", ">=", "between", "begins_with"};
    String low = String.format("%c%d", (char) ('a' + r.nextInt(4)), r.nextInt(10));
    String high = String.format("%c%d", (char) ('a' + r.nextInt(4)), r.nextInt(10));
    if (low.compareTo(high) > 0) {
      String t = low;
      low = high;
      high = t;
    }
    return new Case("p" + r.nextInt(5), ops[r.nextInt(ops.length)], low, high,
        r.nextBoolean() ? r.nextInt(10) : null, r.nextBoolean(), r.nextBoolean() ? 1 + r.nextInt(20) : null);
  }

  @Test
  void selectWithAKeyConditionReturnsWhatTheQueryReturns() {
    SeededTries.forAll(200, PartiqlQueryPropertyTest::generate, c -> {
      List<Map<String, AttributeValue>> viaQuery = new ArrayList<>();
      Map<String, AttributeValue> start = null;
      do {
        QueryResponse page = engine.query(c.query().limit(c.limit()).exclusiveStartKey(start).build());
        viaQuery.addAll(page.items());
        start = page.lastEvaluatedKey();
      } while (start != null);
      List<Map<String, AttributeValue>> viaSelect = new ArrayList<>();
      String token = null;
      do {
        ExecuteStatementResponse page = engine.executeStatement(ExecuteStatementRequest.builder()
            .statement(c.statement()).limit(c.limit()).nextToken(token).build());
        viaSelect.addAll(page.items());
        token = page.nextToken();
      } while (token != null);
      assertThat(viaSelect).containsExactlyElementsOf(viaQuery);
    });
  }
}
