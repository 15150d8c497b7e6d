package dev.keyway.engine.expr.resolve;

import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.PathElement;
import java.util.List;

/**
 * DynamoDB's rule that the paths an update writes (or a projection reads) are independent: one may
 * not be a prefix of another ("overlap"), and they may not use a name and an index at the same
 * position ("conflict"). Pairs are checked in written order.
 */
public final class PathOverlaps {
  private PathOverlaps() {}

  public static void check(ExpressionKind kind, List<Path> paths) {
    for (int j = 1; j < paths.size(); j++) {
      for (int i = 0; i < j; i++) {
        check(kind, paths.get(i), paths.get(j));
      }
    }
  }

  private static void check(ExpressionKind kind, Path one, Path two) {
    int common = Math.min(one.depth(), two.depth());
    for (int k = 0; k < common; k++) {
      PathElement a = one.elements().get(k);
      PathElement b = two.elements().get(k);
      boolean aIndex = a instanceof PathElement.Index;
      boolean bIndex = b instanceof PathElement.Index;
      if (aIndex != bIndex) {
        throw ExprErrors.pathsConflict(kind, one, two);
      }
      if (!sameStep(a, b)) {
        return;
      }
    }
    throw ExprErrors.pathsOverlap(kind, one, two);
  }

  private static boolean sameStep(PathElement a, PathElement b) {
    if (a instanceof PathElement.Index x && b instanceof PathElement.Index y) {
      return x.value() == y.value();
    }
    return a.toString().equals(b.toString());
  }
}
