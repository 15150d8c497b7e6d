package dev.keyway.expr;

/** Something a projection can name: a typed path or a condition-only key field path. */
public interface Projectable {
  AttributePath attributePath();
}
