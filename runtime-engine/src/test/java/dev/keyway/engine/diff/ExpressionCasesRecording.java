package dev.keyway.engine.diff;

import static dev.keyway.engine.Fixtures.*;

import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One-off recording of the expression cases and reserved words on the full backends. */
class ExpressionCasesRecording extends DifferentialSupport {

  static Map<String, String> pairs(String s) {
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

  static AttributeValue keyway(String v) {
    if (v.startsWith("N:")) return AttributeValue.n(v.substring(2));
    if (v.startsWith("SS:")) return AttributeValue.stringSet(v.substring(3).split(","));
    if (v.startsWith("NS:")) return AttributeValue.numberSetOf(v.substring(3).split(","));
    if (v.startsWith("L:")) return AttributeValue.list(AttributeValue.s(v.substring(2)));
    if (v.equals("M:")) return AttributeValue.map(Map.of());
    if (v.equals("BOOL")) return AttributeValue.bool(true);
    return AttributeValue.s(v);
  }

  static Function<Runner, Outcome> request(String line) {
    String[] f = line.split("\\|", -1);
    String kind = f[0], first = f[1], second = f.length > 2 ? f[2] : "";
    Map<String, String> names = pairs(f.length > 3 ? f[3] : "");
    Map<String, String> raw = pairs(f.length > 4 ? f[4] : "");
    Map<String, AttributeValue> values = null;
    if (raw != null) {
      values = new LinkedHashMap<>();
      for (var e : raw.entrySet()) values.put(e.getKey(), keyway(e.getValue()));
    }
    Map<String, AttributeValue> key = item("PK", "p", "SK", "s");
    Map<String, AttributeValue> v = values;
    switch (kind) {
      case "U": {
        UpdateItemRequest r = UpdateItemRequest.builder().tableName("Things").key(key).updateExpression(first)
            .conditionExpression(second.isEmpty() ? null : second).expressionAttributeNames(names)
            .expressionAttributeValues(v).build();
        return x -> x.update(r);
      }
      case "C": {
        PutItemRequest r = PutItemRequest.builder().tableName("Things").item(key)
            .conditionExpression(first.isEmpty() ? null : first).expressionAttributeNames(names)
            .expressionAttributeValues(v).build();
        return x -> x.put(r);
      }
      case "Q": {
        QueryRequest r = QueryRequest.builder().tableName("Things").keyConditionExpression(first)
            .filterExpression(second.isEmpty() ? null : second).expressionAttributeNames(names)
            .expressionAttributeValues(v).build();
        return x -> x.query(r);
      }
      default: {
        GetItemRequest r = GetItemRequest.builder().tableName("Things").key(key).projectionExpression(first)
            .expressionAttributeNames(names).build();
        return x -> x.get(r);
      }
    }
  }

  private static final List<String> MISMATCHES = new ArrayList<>();

  private void step(String label, Function<Runner, Outcome> call) {
    PutItemRequest reset = PutItemRequest.builder().tableName("Things").item(item("PK", "p", "SK", "s")).build();
    local.put(reset);
    engine.put(reset);
    try {
      record(label, call);
    } catch (AssertionError e) {
      MISMATCHES.add(e.getMessage());
      // record DynamoDB Local's answer anyway
      Outcome theirs = call.apply(local);
      Recorder.step(file, label, theirs, "MISMATCH");
    }
  }

  @Test
  void record() throws Exception {
    ok(r -> r.createTable(pkSk("Things")));
    List<String> lines = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/dev/keyway/engine/expr/differential-cases.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("//")) lines.add(line);
      }
    }
    for (String line : lines) {
      step(line, request(line));
    }
    System.out.println("EXPRESSION MISMATCHES " + MISMATCHES.size());
    MISMATCHES.forEach(System.out::println);
    Recorder.write(file, file);
    MISMATCHES.clear();
    file = "ReservedWords";
    for (String word : dev.keyway.engine.expr.resolve.ReservedWords.all()) {
      step("reserved " + word, request("P|" + word));
    }
    System.out.println("RESERVED MISMATCHES " + MISMATCHES.size());
    MISMATCHES.forEach(System.out::println);
  }
}
