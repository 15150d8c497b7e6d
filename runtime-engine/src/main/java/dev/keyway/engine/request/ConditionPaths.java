package dev.keyway.engine.request;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import java.util.LinkedHashSet;
import java.util.Set;

/** The top-level attribute names a resolved condition or update reads, in written order. */
final class ConditionPaths {
  private final Set<String> names = new LinkedHashSet<>();
  private final boolean nestedOnly;

  private ConditionPaths(boolean nestedOnly) {
    this.nestedOnly = nestedOnly;
  }

  static Set<String> of(Condition condition) {
    ConditionPaths paths = new ConditionPaths(false);
    paths.walk(condition);
    return paths.names;
  }

  /** The top-level names of the paths the condition reads below the top ({@code a.b}, {@code a[0]}). */
  static Set<String> nested(Condition condition) {
    ConditionPaths paths = new ConditionPaths(true);
    paths.walk(condition);
    return paths.names;
  }

  /**
   * The top-level names of the paths an update reaches below the top, as targets of any clause or
   * in a SET's operands.
   */
  static Set<String> nested(UpdateExpression update) {
    ConditionPaths paths = new ConditionPaths(true);
    for (UpdateAction a : update.actions()) {
      paths.operand(new Operand.PathOperand(a.path()));
      if (a instanceof UpdateAction.Set set) {
        paths.operand(set.value());
      }
    }
    return paths.names;
  }

  private void walk(Condition c) {
    if (c instanceof Condition.Compare x) {
      operand(x.left());
      operand(x.right());
    } else if (c instanceof Condition.Between x) {
      operand(x.value());
      operand(x.low());
      operand(x.high());
    } else if (c instanceof Condition.In x) {
      operand(x.value());
      x.candidates().forEach(this::operand);
    } else if (c instanceof Condition.And x) {
      walk(x.left());
      walk(x.right());
    } else if (c instanceof Condition.Or x) {
      walk(x.left());
      walk(x.right());
    } else if (c instanceof Condition.Not x) {
      walk(x.operand());
    } else if (c instanceof Condition.FunctionCondition x) {
      operand(x.call());
    } else if (c instanceof Condition.Parens x) {
      walk(x.inner());
    }
  }

  private void operand(Operand o) {
    if (o instanceof Operand.PathOperand p) {
      if (!nestedOnly || p.path().depth() > 1) {
        names.add(p.path().topLevelName());
      }
    } else if (o instanceof Operand.Call call) {
      call.args().forEach(this::operand);
    } else if (o instanceof Operand.Arithmetic a) {
      operand(a.left());
      operand(a.right());
    }
  }
}
