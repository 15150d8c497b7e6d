package dev.keyway.engine.server.auth;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Collects the top-level attribute names a request mentions, for {@code dynamodb:Attributes}. */
final class Names {
  private final Map<String, String> expressionNames;
  private final Set<String> names = new LinkedHashSet<>();

  Names(Map<String, String> expressionNames) {
    this.expressionNames = expressionNames == null ? Map.of() : expressionNames;
  }

  /** The names of an item, key, or legacy per-attribute map (Expected, AttributeUpdates, filters). */
  Names keys(Map<String, ?> byName) {
    if (byName != null) {
      names.addAll(byName.keySet());
    }
    return this;
  }

  Names expression(String expression) {
    names.addAll(ExpressionNames.topLevelNames(expression, expressionNames));
    return this;
  }

  /** AttributesToGet. */
  Names all(Collection<String> attributes) {
    if (attributes != null) {
      names.addAll(attributes);
    }
    return this;
  }

  Set<String> set() {
    return names;
  }
}
