package dev.keyway.engine.op.check;

import dev.keyway.engine.storage.Catalog;
import dev.keyway.error.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Gathers static validation errors the way DynamoDB reports them: "N validation error(s) detected:
 * Value X at 'path' failed to satisfy constraint: ...; ...".
 */
public final class Errors {
  private static final int MAX_LISTED = 10;

  private List<String> messages;

  public static Errors start() {
    return new Errors();
  }

  public Errors add(Object value, String path, String constraint) {
    return add("Value " + render(value) + " at '" + path + "' failed to satisfy constraint: "
        + constraint);
  }

  /** A violation already worded "Value X at 'path' failed to satisfy constraint: ...". */
  public Errors add(String violation) {
    if (messages == null) {
      messages = new ArrayList<>(2);
    }
    messages.add(violation);
    return this;
  }

  public Errors notNull(Object value, String path) {
    if (value == null) {
      add(null, path, "Member must not be null");
    }
    return this;
  }

  /** A table name, or a table ARN whose name part follows the same rules. */
  public Errors tableName(String name, String path) {
    if (name == null) {
      return notNull(null, path);
    }
    return name(name, Catalog.nameOf(name), path);
  }

  /** An optional index name: the rules of a table name. */
  public Errors indexName(String name, String path) {
    return name == null ? this : name(name, name, path);
  }

  /**
   * The table names that key a batch's RequestItems: DynamoDB reports any invalid one once, for the
   * whole map, listing every constraint a key must satisfy.
   */
  public Errors tableNameKeys(Map<String, ?> items, String path) {
    for (String key : items.keySet()) {
      String name = key == null ? "" : Catalog.nameOf(key);
      if (!validNameChars(name) || name.length() < 3 || name.length() > 255) {
        return add(items, path, "Map keys must satisfy constraint: [Member must have length less "
            + "than or equal to 255, Member must have length greater than or equal to 3, Member "
            + "must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]");
      }
    }
    return this;
  }

  private Errors name(String given, String name, String path) {
    if (!validNameChars(name)) {
      add(given, path, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
    if (name.length() < 3) {
      add(given, path, "Member must have length greater than or equal to 3");
    }
    if (name.length() > 255) {
      add(given, path, "Member must have length less than or equal to 255");
    }
    return this;
  }

  public Errors minimum(Integer value, int min, String path) {
    if (value != null && value < min) {
      add(value, path, "Member must have value greater than or equal to " + min);
    }
    return this;
  }

  public Errors maximum(Integer value, int max, String path) {
    if (value != null && value > max) {
      add(value, path, "Member must have value less than or equal to " + max);
    }
    return this;
  }

  public Errors maxLength(Collection<?> value, int max, String path) {
    if (value != null && value.size() > max) {
      add(value, path, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  public Errors minLength(Collection<?> value, int min, String path) {
    if (value != null && value.size() < min) {
      add(value, path, "Member must have length greater than or equal to " + min);
    }
    return this;
  }

  /** A string member of {@code min} to {@code max} characters (when present). */
  public Errors length(String value, int min, int max, String path) {
    if (value != null && value.length() < min) {
      add(value, path, "Member must have length greater than or equal to " + min);
    }
    if (value != null && value.length() > max) {
      add(value, path, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  /** ClientRequestToken's constraint: 1 to 36 characters. */
  public Errors clientRequestToken(String token) {
    if (token != null && (token.isEmpty() || token.length() > 36)) {
      add(token, "clientRequestToken", "Member must have length less than or equal to 36");
    }
    return this;
  }

  /** The pattern [a-zA-Z0-9_.-]+ without a regex (on every request's hot path). */
  private static boolean validNameChars(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  public boolean any() {
    return messages != null;
  }

  /** The violations gathered so far, each "Value X at 'path' failed to satisfy constraint: ...". */
  public List<String> messages() {
    return messages == null ? List.of() : List.copyOf(messages);
  }

  /**
   * Throws the gathered errors, if any, as one ValidationException. DynamoDB lists at most ten (a
   * request with eleven violations gets "10 validation errors detected").
   */
  public void throwIfAny() {
    if (messages == null) {
      return;
    }
    int n = Math.min(messages.size(), MAX_LISTED);
    throw new ValidationException(n + " validation error" + (n == 1 ? "" : "s") + " detected: "
        + String.join("; ", messages.subList(0, n)));
  }

  private static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
      return "'" + value + "'";
    }
    return "'" + value + "'";
  }
}
