package dev.keyway.engine.expr;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;

class DdbLocalProbeTest {
  static AttributeValue s(String v) { return AttributeValue.fromS(v); }

  @Test
  void probe() throws Exception {
    var db = DynamoDBEmbedded.create();
    DynamoDbClient c = db.dynamoDbClient();
    c.createTable(b -> b.tableName("TBL").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("PK").attributeType("S").build(),
            AttributeDefinition.builder().attributeName("SK").attributeType("S").build())
        .keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build()));
    Map<String, AttributeValue> key = Map.of("PK", s("p"), "SK", s("s"));
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("/tmp/probe-cases.txt"))) {
      if (line.isBlank() || line.startsWith("//")) continue;
      String[] f = line.split("\\|", -1);
      String kind = f[0];
      String expr = f[1];
      String expr2 = f.length > 2 ? f[2] : "";
      Map<String, String> names = parse(f.length > 3 ? f[3] : "");
      Map<String, AttributeValue> values = new HashMap<>();
      parse(f.length > 4 ? f[4] : "").forEach((k, v) -> values.put(k, val(v)));
      String msg;
      try {
        switch (kind) {
          case "U" -> c.updateItem(b -> { b.tableName("TBL").key(key).updateExpression(expr);
              if (!expr2.isEmpty()) b.conditionExpression(expr2);
              if (!names.isEmpty()) b.expressionAttributeNames(names);
              if (!values.isEmpty()) b.expressionAttributeValues(values); });
          case "C" -> c.putItem(b -> { b.tableName("TBL").item(key);
              if (!expr.isEmpty()) b.conditionExpression(expr);
              if (!names.isEmpty()) b.expressionAttributeNames(names);
              if (!values.isEmpty()) b.expressionAttributeValues(values); });
          case "Q" -> c.query(b -> { b.tableName("TBL");
              if (!expr.isEmpty()) b.keyConditionExpression(expr);
              if (!expr2.isEmpty()) b.filterExpression(expr2);
              if (!names.isEmpty()) b.expressionAttributeNames(names);
              if (!values.isEmpty()) b.expressionAttributeValues(values); });
          case "P" -> c.getItem(b -> { b.tableName("TBL").key(key).projectionExpression(expr);
              if (!names.isEmpty()) b.expressionAttributeNames(names); });
          default -> throw new IllegalStateException(kind);
        }
        msg = "OK";
      } catch (DynamoDbException e) {
        msg = e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
      }
      out.append(line).append("\n  => ").append(msg).append("\n");
    }
    Files.writeString(Path.of("/tmp/probe-out.txt"), out);
    db.shutdown();
  }

  static Map<String, String> parse(String s) {
    Map<String, String> m = new LinkedHashMap<>();
    if (s.isEmpty()) return m;
    for (String kv : s.split(";")) { int i = kv.indexOf('='); m.put(kv.substring(0, i), kv.substring(i + 1)); }
    return m;
  }

  static AttributeValue val(String v) {
    if (v.startsWith("N:")) return AttributeValue.fromN(v.substring(2));
    if (v.startsWith("SS:")) return AttributeValue.fromSs(List.of(v.substring(3).split(",")));
    if (v.startsWith("NS:")) return AttributeValue.fromNs(List.of(v.substring(3).split(",")));
    if (v.startsWith("L:")) return AttributeValue.fromL(List.of(s(v.substring(2))));
    if (v.equals("M:")) return AttributeValue.fromM(Map.of());
    if (v.equals("BOOL")) return AttributeValue.fromBool(true);
    return s(v);
  }
}
