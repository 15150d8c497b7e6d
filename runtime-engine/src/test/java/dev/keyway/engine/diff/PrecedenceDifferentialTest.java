package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.ops.*;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which error wins when a request has several: engine vs DynamoDB Local. */
class PrecedenceDifferentialTest extends DifferentialSupport {

  @BeforeAll
  static void tables() {
    ok(r -> r.createTable(withIndexes("Prec")));
  }

  @Test
  void errorPrecedence() {
    List<Function<Runner, Outcome>> cases = List.of(
        // expression syntax vs missing table
        r -> r.put(PutItemRequest.builder().tableName("Missing").item(item("PK", "a", "SK", "b"))
            .conditionExpression("x = ").build()),
        // unused value vs missing table
        r -> r.put(PutItemRequest.builder().tableName("Missing").item(item("PK", "a", "SK", "b"))
            .conditionExpression("x = :a").expressionAttributeValues(item(":a", 1, ":b", 2))
            .build()),
        // bad key vs bad expression
        r -> r.get(GetItemRequest.builder().tableName("Prec").key(item("PK", "a"))
            .projectionExpression("a..b").build()),
        // key attribute updated vs condition on missing attribute
        r -> r.update(UpdateItemRequest.builder().tableName("Prec").key(item("PK", "a", "SK", "b"))
            .updateExpression("SET SK = :v").conditionExpression("attribute_exists(zz)")
            .expressionAttributeValues(item(":v", "x")).build()),
        // legacy and expression parameters mixed, with a missing table
        r -> r.update(UpdateItemRequest.builder().tableName("Missing").key(item("PK", "a", "SK", "b"))
            .updateExpression("SET x = :v").expressionAttributeValues(item(":v", 1))
            .expected(Map.of("x", new ExpectedAttributeValue(null, false, null, null))).build()),
        r -> r.query(QueryRequest.builder().tableName("Prec").keyConditionExpression("PK = :p")
            .expressionAttributeValues(item(":p", "a")).queryFilter(Map.of("v", new Condition(
                ComparisonOperator.NOT_NULL, null))).build()),
        r -> r.scan(ScanRequest.builder().tableName("Prec").attributesToGet(List.of("a"))
            .projectionExpression("a").filterExpression("b = :b")
            .expressionAttributeValues(item(":b", 1)).build()),
        r -> r.get(GetItemRequest.builder().tableName("Prec").key(item("PK", "a", "SK", "b"))
            .expressionAttributeNames(names("#a", "a")).build()),
        r -> r.update(UpdateItemRequest.builder().tableName("Prec").key(item("PK", "a", "SK", "b"))
            .expressionAttributeValues(item(":v", 1)).build()),
        r -> r.query(QueryRequest.builder().tableName("Prec").indexName("GSI1")
            .keyConditionExpression("PK = :p").expressionAttributeValues(item(":p", "a")).build()),
        r -> r.query(QueryRequest.builder().tableName("Prec").keyConditionExpression("PK = :p")
            .expressionAttributeValues(item(":p", 1)).build()),
        r -> r.query(QueryRequest.builder().tableName("Prec")
            .keyConditionExpression("PK = :p AND SK > :a AND SK < :b")
            .expressionAttributeValues(item(":p", "a", ":a", "a", ":b", "b")).build()),
        r -> r.delete(DeleteItemRequest.builder().tableName("Prec").key(item("PK", "a", "SK", "b"))
            .conditionalOperator(ConditionalOperator.AND).build()));
    sameAll(cases, i -> "precedence case " + i);
  }
}
