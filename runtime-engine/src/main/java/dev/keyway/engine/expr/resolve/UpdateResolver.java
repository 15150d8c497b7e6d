package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.resolve.OperandResolver.Use;
import dev.keyway.model.AttributeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves a parsed update expression. Order (as DynamoDB): a repeated clause; path rules over all
 * paths; a left-to-right walk substituting names and values with function and operand-type
 * checks; finally overlapping or conflicting target paths.
 */
final class UpdateResolver {
  private static final ExpressionKind KIND = ExpressionKind.UPDATE;

  private final OperandResolver operands;

  UpdateResolver(AttributeMaps maps) {
    this.operands = new OperandResolver(KIND, maps);
  }

  UpdateExpression resolve(UpdateExpression parsed) {
    Set<UpdateExpression.ClauseKind> seen = EnumSet.noneOf(UpdateExpression.ClauseKind.class);
    for (UpdateExpression.Clause clause : parsed.clauses()) {
      if (!seen.add(clause.kind())) {
        throw ExprErrors.invalid(
            KIND,
            "The \"" + clause.kind() + "\" section can only be used once in an update expression;");
      }
    }
    PathRules.check(KIND, PathRules.paths(parsed.actions()));
    List<UpdateExpression.Clause> clauses = new ArrayList<>();
    List<Path> targets = new ArrayList<>();
    for (UpdateExpression.Clause clause : parsed.clauses()) {
      List<UpdateAction> actions = new ArrayList<>();
      for (UpdateAction action : clause.actions()) {
        UpdateAction resolved = action(action);
        actions.add(resolved);
        targets.add(resolved.path());
      }
      clauses.add(new UpdateExpression.Clause(clause.kind(), actions));
    }
    PathOverlaps.check(KIND, targets);
    return new UpdateExpression(clauses);
  }

  private UpdateAction action(UpdateAction a) {
    Path path = operands.path(a.path());
    if (a instanceof UpdateAction.Set s) {
      return new UpdateAction.Set(path, operands.operand(s.value(), Use.IN_UPDATE));
    }
    if (a instanceof UpdateAction.Remove) {
      return new UpdateAction.Remove(path);
    }
    if (a instanceof UpdateAction.Add add) {
      Operand v = operands.operand(add.value(), Use.IN_UPDATE);
      requireType(v, "ADD", true);
      return new UpdateAction.Add(path, v);
    }
    UpdateAction.Delete d = (UpdateAction.Delete) a;
    Operand v = operands.operand(d.value(), Use.IN_UPDATE);
    requireType(v, "DELETE", false);
    return new UpdateAction.Delete(path, v);
  }

  private static void requireType(Operand o, String operator, boolean numbersAllowed) {
    AttributeValue v = ((Operand.Literal) o).value();
    boolean ok = v.type().isSet() || (numbersAllowed && v.type() == AttributeValue.Type.N);
    if (!ok) {
      throw ExprErrors.invalid(
          KIND,
          "Incorrect operand type for operator or function; operator: "
              + operator
              + ", operand type: "
              + longTypeName(v.type())
              + ", typeSet: ALLOWED_FOR_"
              + operator
              + "_OPERAND");
    }
  }

  /** The type names DynamoDB uses in ADD / DELETE messages. */
  static String longTypeName(AttributeValue.Type t) {
    return switch (t) {
      case S -> "STRING";
      case N -> "NUMBER";
      case B -> "BINARY";
      case BOOL -> "BOOLEAN";
      case NULL -> "NULL";
      case L -> "LIST";
      case M -> "MAP";
      case SS -> "STRING_SET";
      case NS -> "NUMBER_SET";
      case BS -> "BINARY_SET";
    };
  }
}
