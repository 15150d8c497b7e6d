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
      Operand left = operand(a.left(), use);
      Operand right = operand(a.right(), use);
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
        throw ExprErrors.requiresPath(kind, f.text());
      }
      if (f == Function.LIST_APPEND && arg instanceof Operand.Call inner
          && Function.named(inner.function()).orElse(null) == Function.LIST_APPEND) {
        // DynamoDB refuses list_append(list_append(..), ..) though it accepts
        // list_append(if_not_exists(..), ..) (scylladb test_update_expression.py, run against it).
        throw ExprErrors.invalid(kind,
            "The function is not allowed to be used this way in an expression; function: "
                + f.text());
      }
      args.add(operand(arg, use == Use.IN_UPDATE ? Use.IN_UPDATE : Use.IN_CONDITION));
    }
    checkTypes(f, args);
    if ((f == Function.BEGINS_WITH || f == Function.CONTAINS)) {
      requireDistinct(f.text(), args.get(0), args.subList(1, 2));
    }
    return new Operand.Call(f.text(), args);
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
