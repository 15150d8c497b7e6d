package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.engine.expr.ast.UpdateAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The first resolution pass: rules on paths as written, checked over the whole expression before
 * any placeholder is substituted (reserved words, list index range, nesting depth).
 */
final class PathRules {
  /** DynamoDB's limit on document path depth. */
  static final int MAX_DEPTH = 32;

  private PathRules() {}

  static void check(ExpressionKind kind, List<Path> paths) {
    for (Path path : paths) {
      for (PathElement e : path.elements()) {
        if (e instanceof PathElement.Name n && ReservedWords.isReserved(n.name())) {
          throw ExprErrors.reserved(kind, n.name());
        }
        if (e instanceof PathElement.Index i && i.value() < 0) {
          throw ExprErrors.invalid(
              kind, "List index is not within the allowable range; index: [" + i.text() + "]");
        }
      }
      if (path.depth() > MAX_DEPTH) {
        throw ExprErrors.invalid(
            kind,
            "The document path has too many nesting levels; nesting levels: " + path.depth());
      }
    }
  }

  /** Every path of a condition, in written order. */
  static List<Path> paths(Condition c) {
    List<Path> out = new ArrayList<>();
    collect(c, out);
    return out;
  }

  static List<Path> paths(List<UpdateAction> actions) {
    List<Path> out = new ArrayList<>();
    for (UpdateAction a : actions) {
      out.add(a.path());
      if (a instanceof UpdateAction.Set s) {
        collect(s.value(), out);
      }
    }
    return out;
  }

  private static void collect(Condition c, List<Path> out) {
    if (c instanceof Condition.Compare x) {
      collect(x.left(), out);
      collect(x.right(), out);
    } else if (c instanceof Condition.Between x) {
      collect(x.value(), out);
      collect(x.low(), out);
      collect(x.high(), out);
    } else if (c instanceof Condition.In x) {
      collect(x.value(), out);
      x.candidates().forEach(o -> collect(o, out));
    } else if (c instanceof Condition.And x) {
      collect(x.left(), out);
      collect(x.right(), out);
    } else if (c instanceof Condition.Or x) {
      collect(x.left(), out);
      collect(x.right(), out);
    } else if (c instanceof Condition.Not x) {
      collect(x.operand(), out);
    } else if (c instanceof Condition.Parens x) {
      collect(x.inner(), out);
    } else if (c instanceof Condition.FunctionCondition x) {
      collect(x.call(), out);
    }
  }

  private static void collect(Operand o, List<Path> out) {
    if (o instanceof Operand.PathOperand p) {
      out.add(p.path());
    } else if (o instanceof Operand.Call call) {
      call.args().forEach(a -> collect(a, out));
    } else if (o instanceof Operand.Arithmetic a) {
      collect(a.left(), out);
      collect(a.right(), out);
    }
  }
}
