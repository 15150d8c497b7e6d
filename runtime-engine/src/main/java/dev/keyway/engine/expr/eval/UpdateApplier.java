package dev.keyway.engine.expr.eval;

import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.resolve.Function;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a resolved update expression to an item, producing a new item. SET values are computed
 * from the item as it was before the update; REMOVE of list elements uses the original indexes.
 */
public final class UpdateApplier {
  static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";
  static final String BAD_TYPE = "An operand in the update expression has an incorrect data type";
  static final String MISSING = "The provided expression refers to an attribute that does not exist in the item";

  private UpdateApplier() {}

  public static Map<String, AttributeValue> apply(
      UpdateExpression update, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> original = item;
    List<UpdateAction> actions = update.actions();
    List<AttributeValue> setValues = new ArrayList<>(actions.size());
    List<Path> removes = null;
    for (UpdateAction a : actions) {
      setValues.add(a instanceof UpdateAction.Set s ? value(s.value(), original) : null);
      if (a instanceof UpdateAction.Remove) {
        if (removes == null) {
          removes = new ArrayList<>();
        }
        removes.add(a.path());
      }
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>(item);
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i) instanceof UpdateAction.Set s) {
        AttributeValue v = setValues.get(i);
        write(out, s.path(), true, old -> v);
      }
    }
    if (removes != null) {
      removes.sort(Comparator.comparing((Path p) -> p, UpdateApplier::comparePaths).reversed());
      for (Path p : removes) {
        write(out, p, false, old -> null);
      }
    }
    for (UpdateAction a : actions) {
      if (a instanceof UpdateAction.Add add) {
        AttributeValue v = ((Operand.Literal) add.value()).value();
        write(out, add.path(), true, old -> old == null ? v : SetMath.add(old, v));
      } else if (a instanceof UpdateAction.Delete del) {
        AttributeValue v = ((Operand.Literal) del.value()).value();
        write(out, del.path(), false, old -> old == null ? null : SetMath.delete(old, v));
      }
    }
    return out;
  }

  /**
   * Replaces the value at {@code path} by {@code fn(old)}; {@code null} removes it. The parent must
   * exist with the right type; {@code create} says whether a missing element may be created.
   */
  private static void write(
      Map<String, AttributeValue> item, Path path, boolean create, UnaryOperator<AttributeValue> fn) {
    String top = path.topLevelName();
    AttributeValue updated =
        path.depth() == 1 ? fn.apply(item.get(top)) : writeIn(item.get(top), path, 1, create, fn);
    if (updated == null) {
      item.remove(top);
    } else {
      item.put(top, updated);
    }
  }

  private static AttributeValue writeIn(
      AttributeValue container, Path path, int i, boolean create, UnaryOperator<AttributeValue> fn) {
    PathElement e = path.elements().get(i);
    boolean last = i == path.depth() - 1;
    if (e instanceof PathElement.Index idx && container instanceof AttributeValue.L l) {
      List<AttributeValue> list = new ArrayList<>(l.values());
      int index = idx.value();
      AttributeValue old = index < list.size() ? list.get(index) : null;
      if (!last && old == null) {
        throw new ValidationException(INVALID_PATH);
      }
      AttributeValue v = last ? fn.apply(old) : writeIn(old, path, i + 1, create, fn);
      if (old == null) {
        if (v != null) {
          list.add(v);
        }
      } else if (v == null) {
        list.remove(index);
      } else {
        list.set(index, v);
      }
      return new AttributeValue.L(list);
    }
    if (e instanceof PathElement.Name n && container instanceof AttributeValue.M m) {
      Map<String, AttributeValue> map = new LinkedHashMap<>(m.values());
      AttributeValue old = map.get(n.name());
      if (!last && old == null) {
        throw new ValidationException(INVALID_PATH);
      }
      AttributeValue v = last ? fn.apply(old) : writeIn(old, path, i + 1, create, fn);
      if (v == null) {
        map.remove(n.name());
      } else {
        map.put(n.name(), v);
      }
      return new AttributeValue.M(map);
    }
    throw new ValidationException(INVALID_PATH);
  }

  /** The value of a SET operand, computed against the original item. */
  static AttributeValue value(Operand o, Map<String, AttributeValue> item) {
    if (o instanceof Operand.Literal l) {
      return l.value();
    }
    if (o instanceof Operand.PathOperand p) {
      AttributeValue v = Paths.read(item, p.path());
      if (v == null) {
        throw new ValidationException(MISSING);
      }
      return v;
    }
    if (o instanceof Operand.Arithmetic a) {
      AttributeValue left = value(a.left(), item);
      AttributeValue right = value(a.right(), item);
      if (left instanceof AttributeValue.N x && right instanceof AttributeValue.N y) {
        return new AttributeValue.N(
            a.operator() == '+' ? x.value().add(y.value()) : x.value().subtract(y.value()));
      }
      throw new ValidationException(BAD_TYPE);
    }
    Operand.Call call = (Operand.Call) o;
    if (Function.named(call.function()).orElseThrow() == Function.IF_NOT_EXISTS) {
      AttributeValue existing = Paths.read(item, ((Operand.PathOperand) call.args().get(0)).path());
      return existing != null ? existing : value(call.args().get(1), item);
    }
    AttributeValue first = value(call.args().get(0), item);
    AttributeValue second = value(call.args().get(1), item);
    if (first instanceof AttributeValue.L x && second instanceof AttributeValue.L y) {
      List<AttributeValue> joined = new ArrayList<>(x.values());
      joined.addAll(y.values());
      return new AttributeValue.L(joined);
    }
    throw new ValidationException(BAD_TYPE);
  }

  /** Orders paths element by element; indexes numerically, names by text. */
  static int comparePaths(Path a, Path b) {
    int n = Math.min(a.depth(), b.depth());
    for (int i = 0; i < n; i++) {
      PathElement x = a.elements().get(i);
      PathElement y = b.elements().get(i);
      int c;
      if (x instanceof PathElement.Index xi && y instanceof PathElement.Index yi) {
        c = Integer.compare(xi.value(), yi.value());
      } else {
        c = x.toString().compareTo(y.toString());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.depth(), b.depth());
  }
}
