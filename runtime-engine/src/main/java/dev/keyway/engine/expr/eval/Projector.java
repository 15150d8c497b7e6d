package dev.keyway.engine.expr.eval;

import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.expr.ast.ProjectionExpression;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a projection: the result holds only the projected paths, nested as in the item. Selected
 * list elements come back as a shorter list in index order; missing paths are left out.
 */
public final class Projector {
  private Projector() {}

  public static Map<String, AttributeValue> project(
      ProjectionExpression projection, Map<String, AttributeValue> item) {
    Map<String, List<List<PathElement>>> byName = new LinkedHashMap<>();
    for (Path p : projection.paths()) {
      byName
          .computeIfAbsent(p.topLevelName(), k -> new ArrayList<>())
          .add(p.elements().subList(1, p.depth()));
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    byName.forEach(
        (name, tails) -> {
          AttributeValue v = select(item.get(name), tails);
          if (v != null) {
            out.put(name, v);
          }
        });
    return out;
  }

  private static AttributeValue select(AttributeValue v, List<List<PathElement>> tails) {
    if (v == null) {
      return null;
    }
    for (List<PathElement> tail : tails) {
      if (tail.isEmpty()) {
        return v;
      }
    }
    if (v instanceof AttributeValue.M m) {
      Map<String, List<List<PathElement>>> byName = new LinkedHashMap<>();
      for (List<PathElement> tail : tails) {
        if (tail.get(0) instanceof PathElement.Name n) {
          byName.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(tail.subList(1, tail.size()));
        }
      }
      Map<String, AttributeValue> out = new LinkedHashMap<>();
      byName.forEach(
          (name, rest) -> {
            AttributeValue sub = select(m.values().get(name), rest);
            if (sub != null) {
              out.put(name, sub);
            }
          });
      return out.isEmpty() ? null : new AttributeValue.M(out);
    }
    if (v instanceof AttributeValue.L l) {
      TreeMap<Integer, List<List<PathElement>>> byIndex = new TreeMap<>();
      for (List<PathElement> tail : tails) {
        if (tail.get(0) instanceof PathElement.Index i) {
          byIndex.computeIfAbsent(i.value(), k -> new ArrayList<>()).add(tail.subList(1, tail.size()));
        }
      }
      List<AttributeValue> out = new ArrayList<>();
      byIndex.forEach(
          (index, rest) -> {
            if (index < l.values().size()) {
              AttributeValue sub = select(l.values().get(index), rest);
              if (sub != null) {
                out.add(sub);
              }
            }
          });
      return out.isEmpty() ? null : new AttributeValue.L(out);
    }
    return null;
  }
}
