package dev.keyway.engine.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one request did, in a form both backends can produce: an error (type and message) or the
 * response fields a test compares.
 */
public record Outcome(String errorType, String errorMessage, Map<String, Object> fields) {

  public static Outcome error(String type, String message) {
    return new Outcome(type, message, Map.of());
  }

  public static Outcome ok(Map<String, Object> fields) {
    return new Outcome(null, null, new TreeMap<>(fields));
  }

  public static Outcome ok() {
    return ok(new LinkedHashMap<>());
  }

  public boolean failed() {
    return errorType != null;
  }

  @Override
  public String toString() {
    return (failed() ? errorType + ": " + errorMessage + (fields.isEmpty() ? "" : " ") : "OK ")
        + (failed() && fields.isEmpty() ? "" : Canon.render(fields));
  }
}
