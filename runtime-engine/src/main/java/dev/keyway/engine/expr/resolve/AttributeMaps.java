package dev.keyway.engine.expr.resolve;

import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A request's ExpressionAttributeNames and ExpressionAttributeValues: their static checks, and
 * which entries the request's expressions used (for DynamoDB's "unused" errors).
 */
final class AttributeMaps {

  final Map<String, String> names;
  final Map<String, AttributeValue> values;
  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedValues = new HashSet<>();

  AttributeMaps(Map<String, String> names, Map<String, AttributeValue> values) {
    this.names = names == null ? Map.of() : names;
    this.values = values == null ? Map.of() : values;
  }

  /** The checks DynamoDB runs on the two maps before looking at any expression. */
  void checkStatic(boolean namesGiven, boolean valuesGiven) {
    if (namesGiven && names.isEmpty()) {
      throw new ValidationException("ExpressionAttributeNames must not be empty");
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (!placeholder(e.getKey(), '#')) {
        throw new ValidationException(
            "ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                + e.getKey()
                + "\"");
      }
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw new ValidationException(
            "ExpressionAttributeNames contains invalid value: Empty attribute name for key "
                + e.getKey());
      }
      NameLimit.check(e.getValue());
    }
    if (valuesGiven && values.isEmpty()) {
      throw new ValidationException("ExpressionAttributeValues must not be empty");
    }
    for (String key : values.keySet()) {
      if (!placeholder(key, ':')) {
        throw new ValidationException(
            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
      }
    }
  }

  /** The patterns #[A-Za-z0-9_]+ and :[A-Za-z0-9_]+ without a regex. */
  private static boolean placeholder(String key, char prefix) {
    int n = key.length();
    if (n < 2 || key.charAt(0) != prefix) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  String name(String placeholder) {
    String name = names.get(placeholder);
    if (name != null) {
      usedNames.add(placeholder);
    }
    return name;
  }

  AttributeValue value(String placeholder) {
    AttributeValue value = values.get(placeholder);
    if (value != null) {
      usedValues.add(placeholder);
    }
    return value;
  }

  /** Unused names are reported before unused values; keys listed in hash-set order, as DynamoDB. */
  void checkAllUsed() {
    unused("ExpressionAttributeNames", names.keySet(), usedNames);
    unused("ExpressionAttributeValues", values.keySet(), usedValues);
  }

  private static void unused(String parameter, Set<String> given, Set<String> used) {
    if (used.size() == given.size()) {
      return; // used holds only keys of given, so every key was used
    }
    Set<String> unused = new HashSet<>(given);
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw new ValidationException(
          "Value provided in "
              + parameter
              + " unused in expressions: keys: {"
              + String.join(", ", unused)
              + "}");
    }
  }
}
