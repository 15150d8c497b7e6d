package dev.keyway.engine.expr.eval;

import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.model.AttributeValue;
import java.util.Map;

/** Reads document paths from items. */
public final class Paths {
  private Paths() {}

  /** The value at a resolved path, or {@code null} when any step is missing or of the wrong type. */
  public static AttributeValue read(Map<String, AttributeValue> item, Path path) {
    AttributeValue current = item.get(path.topLevelName());
    for (int i = 1; i < path.depth() && current != null; i++) {
      current = step(current, path.elements().get(i));
    }
    return current;
  }

  static AttributeValue step(AttributeValue container, PathElement e) {
    if (e instanceof PathElement.Index idx) {
      if (container instanceof AttributeValue.L l && idx.value() < l.values().size()) {
        return l.values().get(idx.value());
      }
      return null;
    }
    if (container instanceof AttributeValue.M m) {
      return m.values().get(e.toString());
    }
    return null;
  }
}
