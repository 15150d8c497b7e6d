package dev.keyway.engine.expr;

import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One line of {@code differential-cases.txt}, convertible to both SDK and Keyway values. */
record DifferentialCase(
    String kind, String first, String second, Map<String, String> names, Map<String, String> rawValues) {

  static DifferentialCase parse(String line) {
    String[] f = line.split("\\|", -1);
    return new DifferentialCase(
        f[0], f[1], f.length > 2 ? f[2] : "", pairs(f.length > 3 ? f[3] : ""), pairs(f.length > 4 ? f[4] : ""));
  }

  private static Map<String, String> pairs(String s) {
    if (s.isEmpty()) {
      return null;
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : s.split(";")) {
      int i = kv.indexOf('=');
      m.put(kv.substring(0, i), kv.substring(i + 1));
    }
    return m;
  }

  Map<String, AttributeValue> values() {
    if (rawValues == null) {
      return null;
    }
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    rawValues.forEach((k, v) -> m.put(k, keyway(v)));
    return m;
  }

  Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdkValues() {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> m = new LinkedHashMap<>();
    rawValues.forEach((k, v) -> m.put(k, sdk(v)));
    return m;
  }

  Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdkKey() {
    return Map.of(
        "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("p"),
        "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("s"));
  }

  static AttributeValue keyway(String v) {
    if (v.startsWith("N:")) {
      return AttributeValue.n(v.substring(2));
    }
    if (v.startsWith("SS:")) {
      return AttributeValue.stringSet(v.substring(3).split(","));
    }
    if (v.startsWith("NS:")) {
      return AttributeValue.numberSetOf(v.substring(3).split(","));
    }
    if (v.startsWith("L:")) {
      return AttributeValue.list(AttributeValue.s(v.substring(2)));
    }
    if (v.equals("M:")) {
      return AttributeValue.map(Map.of());
    }
    if (v.equals("BOOL")) {
      return AttributeValue.bool(true);
    }
    return AttributeValue.s(v);
  }

  static software.amazon.awssdk.services.dynamodb.model.AttributeValue sdk(String v) {
    if (v.startsWith("N:")) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(v.substring(2));
    }
    if (v.startsWith("SS:")) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(List.of(v.substring(3).split(",")));
    }
    if (v.startsWith("NS:")) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(List.of(v.substring(3).split(",")));
    }
    if (v.startsWith("L:")) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(
          List.of(software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v.substring(2))));
    }
    if (v.equals("M:")) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(Map.of());
    }
    if (v.equals("BOOL")) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(true);
    }
    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v);
  }

  /** Runs the case on DynamoDB and renders the outcome as {@code OK} or {@code Type: message}. */
  String runOn(DynamoDbClient c, String table) {
    var key = sdkKey();
    return ExpressionMessagesAgainstDynamoDbLocalTest.outcome(
        () -> {
          switch (kind) {
            case "U" -> c.updateItem(b -> {
                  b.tableName(table).key(key).updateExpression(first);
                  if (!second.isEmpty()) b.conditionExpression(second);
                  if (names != null) b.expressionAttributeNames(names);
                  if (rawValues != null) b.expressionAttributeValues(sdkValues());
                });
            case "C" -> c.putItem(b -> {
                  b.tableName(table).item(key);
                  if (!first.isEmpty()) b.conditionExpression(first);
                  if (names != null) b.expressionAttributeNames(names);
                  if (rawValues != null) b.expressionAttributeValues(sdkValues());
                });
            case "Q" -> c.query(b -> {
                  b.tableName(table).keyConditionExpression(first);
                  if (!second.isEmpty()) b.filterExpression(second);
                  if (names != null) b.expressionAttributeNames(names);
                  if (rawValues != null) b.expressionAttributeValues(sdkValues());
                });
            default -> c.getItem(b -> {
                  b.tableName(table).key(key).projectionExpression(first);
                  if (names != null) b.expressionAttributeNames(names);
                });
          }
        });
  }
}
