package dev.keyway.engine.expr.ast;

import dev.keyway.model.AttributeValue;
import java.util.List;

/** Something that yields a value: a path, a value placeholder or literal, a function, arithmetic. */
public sealed interface Operand {

  /** A document path read from the item. */
  record PathOperand(Path path) implements Operand {}

  /** A {@code :value} placeholder; replaced by {@link Literal} during resolution. */
  record ValueRef(String placeholder) implements Operand {}

  /** A resolved value; {@code placeholder} is the {@code :name} it came from. */
  record Literal(AttributeValue value, String placeholder) implements Operand {}

  /** A function call, e.g. {@code size(a)} or {@code if_not_exists(a, :v)}; names as written. */
  record Call(String function, List<Operand> args) implements Operand {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code left + right} or {@code left - right} (update expressions only). */
  record Arithmetic(char operator, Operand left, Operand right) implements Operand {}
}
