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

/** Legacy ScanFilter / Expected operators over values of every type: engine vs DynamoDB Local. */
class LegacyConditionsDifferentialTest extends DifferentialSupport {
  private static final List<AttributeValue> VALUES = List.of(
      s("abc"), s("b"), n(5), n("-1.5"), AttributeValue.b(new byte[] {1, 2}),
      AttributeValue.bool(true), AttributeValue.nul(), AttributeValue.stringSet("abc", "x"),
      AttributeValue.numberSetOf("5", "7"), AttributeValue.list(s("abc"), n(5)),
      AttributeValue.map(item("k", "abc")));

  @BeforeAll
  static void data() {
    ok(r -> r.createTable(pkOnly("Legacy")));
    for (int i = 0; i < VALUES.size(); i++) {
      int n = i;
      ok(r -> r.put(PutItemRequest.builder().tableName("Legacy")
          .item(item("PK", "k" + n, "a", VALUES.get(n))).build()));
    }
    ok(r -> r.put(PutItemRequest.builder().tableName("Legacy").item(item("PK", "none")).build()));
  }

  @Test
  void scanFilterOperators() {
    List<AttributeValue> args = List.of(s("abc"), s("a"), n(5), n(0),
        AttributeValue.b(new byte[] {1}), AttributeValue.bool(true), AttributeValue.nul(),
        AttributeValue.stringSet("abc", "x"));
    List<Function<Runner, Outcome>> cases = new ArrayList<>();
    for (ComparisonOperator op : ComparisonOperator.values()) {
      for (AttributeValue arg : args) {
        List<AttributeValue> list = switch (op) {
          case NULL, NOT_NULL -> List.of();
          case BETWEEN -> List.of(arg, arg);
          case IN -> List.of(arg, s("b"));
          default -> List.of(arg);
        };
        cases.add(r -> r.scan(ScanRequest.builder().tableName("Legacy").scanFilter(
            Map.of("a", new Condition(op, list))).attributesToGet(List.of("PK")).build()));
        if (op == ComparisonOperator.NULL || op == ComparisonOperator.NOT_NULL) {
          break;
        }
      }
    }
    sameAll(cases, i -> "scan filter case " + i);
  }

  @Test
  void expectedForms() {
    List<Function<Runner, Outcome>> cases = List.of(
        r -> r.delete(DeleteItemRequest.builder().tableName("Legacy").key(item("PK", "zz"))
            .expected(Map.of("a", new ExpectedAttributeValue(null, true, null, null))).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Legacy").key(item("PK", "zz"))
            .expected(Map.of("a", new ExpectedAttributeValue(s("x"), false, null, null))).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Legacy").key(item("PK", "zz"))
            .expected(Map.of("a", new ExpectedAttributeValue(s("x"), null,
                ComparisonOperator.EQ, List.of(s("x"))))).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Legacy").key(item("PK", "zz"))
            .expected(Map.of("a", new ExpectedAttributeValue(null, null,
                ComparisonOperator.EQ, List.of()))).build()),
        r -> r.put(PutItemRequest.builder().tableName("Legacy").item(item("PK", "k0", "a", "q"))
            .expected(Map.of("a", new ExpectedAttributeValue(s("abc"), null, null, null),
                "b", new ExpectedAttributeValue(null, false, null, null)))
            .returnValues(ReturnValue.ALL_OLD).build()),
        r -> r.put(PutItemRequest.builder().tableName("Legacy").item(item("PK", "k1", "a", "q"))
            .expected(Map.of("a", new ExpectedAttributeValue(s("nope"), null, null, null),
                "PK", new ExpectedAttributeValue(null, true, null, null)))
            .conditionalOperator(ConditionalOperator.OR).build()),
        r -> r.put(PutItemRequest.builder().tableName("Legacy").item(item("PK", "k1", "a", "q"))
            .expected(Map.of("a", new ExpectedAttributeValue(s("nope"), null, null, null)))
            .build()));
    sameAll(cases, i -> "expected case " + i);
  }
}
