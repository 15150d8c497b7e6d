package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.AttributeValue.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Substitutes placeholders in operands and runs the checks DynamoDB makes while walking them, left
 * to right: function name, where the function may be used, operand count, document-path operands,
 * then (after the operands are resolved) the static types of literal operands.
 */
final class OperandResolver {
  /** Where an operand or function appears. */
  enum Use { AS_CONDITION, IN_CONDITION, IN_UPDATE }

  static final Set<Type> SIZED = EnumSet.of(Type.S, Type.B, Type.SS, Type.NS, Type.BS, Type.L, Type.M);
  static final Set<Type> ORDERED = EnumSet.of(Type.S, Type.N, Type.B);
  static final String TYPE_NAMES = "{N,BS,L,B,NULL,M,S,SS,NS,BOOL}";

  final ExpressionKind kind;
  private final AttributeMaps maps;

  OperandResolver(ExpressionKind kind, AttributeMaps maps) {
    this.kind = kind;
    this.maps = maps;
  }

  Path path(Path path) {
    boolean hasRef = false;
    for (PathElement e : path.elements()) {
      hasRef |= e instanceof PathElement.NameRef;
    }
    if (!hasRef) {
      return path;
    }
    List<PathElement> out = new ArrayList<>(path.depth());
    for (PathElement e : path.elements()) {
      if (e instanceof PathElement.NameRef ref) {
        String name = maps.name(ref.placeholder());
        if (name == null) {
          throw ExprErrors.undefinedName(kind, ref.placeholder());
        }
        out.add(new PathElement.Name(name));
      } else {
        out.add(e);
      }
    }
    return new Path(out);
  }

  Operand operand(Operand o, Use use) {
    if (o instanceof Operand.PathOperand p) {
      return new Operand.PathOperand(path(p.path()));
    }
    if (o instanceof Operand.ValueRef ref) {
      AttributeValue v = maps.value(ref.placeholder());
      if (v == null) {
        throw ExprErrors.undefinedValue(kind, ref.placeholder());
      }
      return new Operand.Literal(v, ref.placeholder());
    }
    if (o instanceof Operand.Call call) {
      return call(call, use);
    }
    if (o instanceof Operand.Arithmetic a) {
      Operand left = operand(nested(a.left(), use), use);
      Operand right = operand(nested(a.right(), use), use);
      String op = String.valueOf(a.operator());
      requireLiteralType(left, op, EnumSet.of(Type.N));
      requireLiteralType(right, op, EnumSet.of(Type.N));
      return new Operand.Arithmetic(a.operator(), left, right);
    }
    return o; // already a literal
  }

  Operand.Call call(Operand.Call call, Use use) {
    Function f =
        Function.named(call.function())
            .orElseThrow(
                () -> ExprErrors.invalid(kind, "Invalid function name; function: " + call.function()));
    checkUse(f, use);
    if (call.args().size() != f.arity()) {
      throw ExprErrors.operandCount(kind, f.text(), call.args().size());
    }
    List<Operand> args = new ArrayList<>(call.args().size());
    for (int i = 0; i < call.args().size(); i++) {
      Operand arg = call.args().get(i);
      if (i == 0 && needsPath(f) && !(arg instanceof Operand.PathOperand)) {
        if (f == Function.IF_NOT_EXISTS && arg instanceof Operand.ValueRef) {
          operand(arg, use); // an undefined :value is reported first (scylladb, as below)
        }
        throw ExprErrors.requiresPath(kind, f.text());
      }
      args.add(operand(nested(arg, use), use == Use.IN_UPDATE ? Use.IN_UPDATE : Use.IN_CONDITION));
    }
    checkTypes(f, args);
    if ((f == Function.BEGINS_WITH || f == Function.CONTAINS)) {
      requireDistinct(f.text(), args.get(0), args.subList(1, 2));
    }
    return new Operand.Call(f.text(), args);
  }

  /**
   * In an update, only {@code if_not_exists} may be nested, in a function's argument or an operand
   * of {@code +} / {@code -} (the rule AWS's DAX client applies before sending an update,
   * kwojcicki/amazon-dax-client-v3 src/CborSExprGenerator.js "Only if_not_exists() function can be
   * nested"). DynamoDB's answer is known for {@code list_append(list_append(..), ..)} (scylladb
   * test/alternator/test_update_expression.py, test_update_expression_function_nesting, run
   * against it); the engine gives the same one wherever list_append is nested.
   */
  private Operand nested(Operand o, Use use) {
    if (use == Use.IN_UPDATE && o instanceof Operand.Call inner
        && Function.named(inner.function()).orElse(null) == Function.LIST_APPEND) {
      throw ExprErrors.invalid(kind,
          "The function is not allowed to be used this way in an expression; function: "
              + inner.function());
    }
    return o;
  }

  private void checkUse(Function f, Use use) {
    boolean allowed =
        switch (use) {
          case AS_CONDITION -> f.role() == Function.Role.CONDITION;
          case IN_CONDITION -> f.role() == Function.Role.CONDITION_OPERAND;
          case IN_UPDATE -> f.role() == Function.Role.UPDATE_OPERAND;
        };
    if (!allowed) {
      throw ExprErrors.invalid(
          kind,
          use == Use.IN_UPDATE
              ? "The function is not allowed in an update expression; function: " + f.text()
              : "The function is not allowed to be used this way in an expression; function: "
                  + f.text());
    }
  }

  private static boolean needsPath(Function f) {
    return f == Function.ATTRIBUTE_EXISTS
        || f == Function.ATTRIBUTE_NOT_EXISTS
        || f == Function.ATTRIBUTE_TYPE
        || f == Function.IF_NOT_EXISTS;
  }

  private void checkTypes(Function f, List<Operand> args) {
    switch (f) {
      case SIZE -> requireLiteralType(args.get(0), f.text(), SIZED);
      case BEGINS_WITH -> {
        requireLiteralType(args.get(0), f.text(), EnumSet.of(Type.S, Type.B));
        requireLiteralType(args.get(1), f.text(), EnumSet.of(Type.S, Type.B));
      }
      case LIST_APPEND -> {
        requireLiteralType(args.get(0), f.text(), EnumSet.of(Type.L));
        requireLiteralType(args.get(1), f.text(), EnumSet.of(Type.L));
      }
      case ATTRIBUTE_TYPE -> {
        requireLiteralType(args.get(1), f.text(), EnumSet.of(Type.S));
        if (args.get(1) instanceof Operand.Literal lit
            && lit.value() instanceof AttributeValue.S s
            && !isTypeName(s.value())) {
          throw ExprErrors.invalid(
              kind,
              "Invalid attribute type name found; type: " + s.value() + ", valid types: " + TYPE_NAMES);
        }
      }
      default -> {}
    }
  }

  static boolean isTypeName(String s) {
    for (Type t : Type.values()) {
      if (t.name().equals(s)) {
        return true;
      }
    }
    return false;
  }

  void requireLiteralType(Operand o, String function, Set<Type> allowed) {
    if (o instanceof Operand.Literal lit && !allowed.contains(lit.value().type())) {
      throw ExprErrors.operandType(kind, function, lit.value());
    }
  }

  /** DynamoDB rejects {@code a = a}, {@code a IN (a, ..)}, {@code begins_with(a, a)} and so on. */
  void requireDistinct(String operator, Operand first, List<Operand> rest) {
    if (first instanceof Operand.PathOperand p) {
      for (Operand o : rest) {
        if (o instanceof Operand.PathOperand q && q.path().equals(p.path())) {
          throw ExprErrors.notDistinct(kind, operator, p.path());
        }
      }
    }
  }
}
