package dev.keyway.engine.expr.ast;

/** One action of an update expression clause. */
public sealed interface UpdateAction {
  Path path();

  record Set(Path path, Operand value) implements UpdateAction {}

  record Remove(Path path) implements UpdateAction {}

  record Add(Path path, Operand value) implements UpdateAction {}

  record Delete(Path path, Operand value) implements UpdateAction {}
}
