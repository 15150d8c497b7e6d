package dev.keyway.engine.request;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import java.util.LinkedHashSet;
import java.util.Set;

/** The top-level attribute names a resolved condition reads, in written order. */
final class ConditionPaths {
  private ConditionPaths() {}

  static Set<String> of(Condition condition) {
    Set<String> names = new LinkedHashSet<>();
    walk(condition, names);
    return names;
  }

  private static void walk(Condition c, Set<String> names) {
    if (c instanceof Condition.Compare x) {
      operand(x.left(), names);
      operand(x.right(), names);
    } else if (c instanceof Condition.Between x) {
      operand(x.value(), names);
      operand(x.low(), names);
      operand(x.high(), names);
    } else if (c instanceof Condition.In x) {
      operand(x.value(), names);
      x.candidates().forEach(o -> operand(o, names));
    } else if (c instanceof Condition.And x) {
      walk(x.left(), names);
      walk(x.right(), names);
    } else if (c instanceof Condition.Or x) {
      walk(x.left(), names);
      walk(x.right(), names);
    } else if (c instanceof Condition.Not x) {
      walk(x.operand(), names);
    } else if (c instanceof Condition.FunctionCondition x) {
      operand(x.call(), names);
    } else if (c instanceof Condition.Parens x) {
      walk(x.inner(), names);
    }
  }

  private static void operand(Operand o, Set<String> names) {
    if (o instanceof Operand.PathOperand p) {
      names.add(p.path().topLevelName());
    } else if (o instanceof Operand.Call call) {
      call.args().forEach(a -> operand(a, names));
    } else if (o instanceof Operand.Arithmetic a) {
      operand(a.left(), names);
      operand(a.right(), names);
    }
  }
}
