package dev.keyway.engine.expr.ast;

import java.util.List;

/** A projection expression: the document paths to return. */
public record ProjectionExpression(List<Path> paths) {
  public ProjectionExpression {
    paths = List.copyOf(paths);
  }
}
