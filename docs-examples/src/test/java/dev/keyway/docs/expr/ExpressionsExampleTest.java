package dev.keyway.docs.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.expr.Condition;
import dev.keyway.expr.ConvertedPath;
import dev.keyway.expr.ExpressionSet;
import dev.keyway.expr.KeyCondition;
import dev.keyway.expr.ListPath;
import dev.keyway.expr.NumberPath;
import dev.keyway.expr.Path;
import dev.keyway.expr.Paths;
import dev.keyway.expr.SetPath;
import dev.keyway.expr.SortKeyCondition;
import dev.keyway.expr.StringPath;
import dev.keyway.expr.Update;
import dev.keyway.model.AttributeValue;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/expressions.md: typed paths, conditions, key conditions, updates and how they render. */
class ExpressionsExampleTest {
  enum Status { PENDING, PAID, SHIPPED }

  @Test
  void typedExpressionsRender() {
    StringPath PK = Paths.string("PK");
    StringPath SK = Paths.string("SK");
    StringPath NOTE = Paths.string("note");
    // snippet:start paths
    StringPath STATUS = Paths.string("status");
    NumberPath<Integer> STOCK = Paths.number("stock", Integer.class);
    SetPath<String> TAGS = Paths.stringSet("tags");
    ListPath<String> LINES = Paths.list("lines", String.class);
    ConvertedPath<Status> STATE = Paths.enumeration("state", Status.class);
    Path ANY = Paths.parse("shipping.address[0].zip");   // untyped, for dynamic code
    // snippet:end paths

    // snippet:start condition
    Condition paid = STATUS.eq("PAID").and(STOCK.gt(0)).or(TAGS.contains("gift").not());
    // snippet:end condition

    // snippet:start key-condition
    KeyCondition byMonth = KeyCondition.partitionKey(PK, "USER#42")
        .and(SortKeyCondition.beginsWith(SK, "ORDER#2026-11"));
    // snippet:end key-condition

    // snippet:start update
    Update update = Update.of(STATUS.set("SHIPPED"), STOCK.add(-1), TAGS.delete("gift"), NOTE.remove());
    // snippet:end update

    ExpressionSet rendered = ExpressionSet.builder().keyCondition(byMonth).update(update).condition(paid).build();
    assertEquals(Optional.of("#n0 = :v0 AND begins_with(#n1, :v1)"), rendered.keyConditionExpression());
    assertEquals(Optional.of("SET #n2 = :v2 REMOVE #n3 ADD #n4 :v3 DELETE #n5 :v4"), rendered.updateExpression());
    assertEquals(Map.of("#n0", "lines", "#n1", "state"),
        ExpressionSet.builder().condition(LINES.size().gt(0).and(STATE.eq(Status.PAID))).build().names());
    assertEquals(Optional.of("attribute_exists(#n0.#n1[0].#n2)"),
        ExpressionSet.builder().condition(ANY.exists()).build().conditionExpression());

    // snippet:start rendering
    ExpressionSet set = ExpressionSet.builder()
        .update(Update.of(STATUS.set("PAID"), STOCK.add(-1)))
        .condition(STATUS.eq("PENDING").and(STOCK.gt(0)))
        .build();
    // set.updateExpression()    -> SET #n0 = :v0 ADD #n1 :v1
    // set.conditionExpression() -> #n0 = :v2 AND #n1 > :v3
    // set.names()               -> {#n0=status, #n1=stock}
    // set.values()              -> {:v0=PAID, :v1=-1, :v2=PENDING, :v3=0}
    // snippet:end rendering
    assertEquals(Optional.of("SET #n0 = :v0 ADD #n1 :v1"), set.updateExpression());
    assertEquals(Optional.of("#n0 = :v2 AND #n1 > :v3"), set.conditionExpression());
    assertEquals(Map.of("#n0", "status", "#n1", "stock"), set.names());
    assertEquals(Map.of(":v0", AttributeValue.s("PAID"), ":v1", AttributeValue.n("-1"),
        ":v2", AttributeValue.s("PENDING"), ":v3", AttributeValue.n("0")), set.values());
  }
}
