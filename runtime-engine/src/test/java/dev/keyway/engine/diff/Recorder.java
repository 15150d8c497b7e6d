package dev.keyway.engine.diff;

import dev.keyway.engine.expect.AttributeJson;
import dev.keyway.engine.expect.JsonText;
import dev.keyway.engine.expect.Repeats;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One-off: writes what the reference answered for each differential step as an expectation file. */
public final class Recorder {
  private static final DynamoJsonProtocol PROTOCOL = new DynamoJsonProtocol();
  private static String op;
  private static Object request;
  private static final Map<String, List<Object>> FILES = new LinkedHashMap<>();

  private Recorder() {}

  public static void capture(String operation, Record r) {
    op = operation;
    request = Repeats.abbreviate(JsonText.parse(new String(PROTOCOL.toJson(r), StandardCharsets.UTF_8)));
  }

  static String op() {
    return op;
  }

  static Object request() {
    return request;
  }

  static void restore(String o, Object r) {
    op = o;
    request = r;
  }

  public static void step(String file, String label, Outcome expected, String note) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("case", label);
    if (note != null) {
      step.put("note", note);
    }
    step.put("op", op);
    step.put("request", request);
    step.put("expect", Repeats.abbreviate(tree(expected)));
    FILES.computeIfAbsent(file, f -> new ArrayList<>()).add(step);
    op = null;
    request = null;
  }

  public static void raw(String file, Map<String, Object> step) {
    FILES.computeIfAbsent(file, f -> new ArrayList<>()).add(Repeats.abbreviate(step));
  }

  static Map<String, Object> tree(Outcome o) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (o.failed()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("__type", o.errorType());
      error.put("message", o.errorMessage());
      o.fields().forEach((k, v) -> error.put(k, AttributeJson.tree(v)));
      out.put("error", error);
    } else {
      out.put("ok", AttributeJson.tree(o.fields()));
    }
    return out;
  }

  public static void write(String file, String area) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("area", area);
    doc.put("steps", FILES.remove(file));
    try {
      Path dir = Path.of("src/test/resources/expectations");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file + ".json"), JsonText.pretty(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
