package dev.keyway.expr;

import java.util.ArrayList;
import java.util.List;

/** A projection expression: the attributes (or nested paths) to return, in order. */
public record Projection(List<AttributePath> paths) {
  public Projection {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("A projection needs at least one path");
    }
  }

  public static Projection of(Projectable... paths) {
    List<AttributePath> list = new ArrayList<>(paths.length);
    for (Projectable path : paths) {
      list.add(path.attributePath());
    }
    return new Projection(list);
  }

  public static Projection ofPaths(List<AttributePath> paths) {
    return new Projection(paths);
  }

  /** This projection plus more paths. */
  public Projection and(Projectable... more) {
    List<AttributePath> list = new ArrayList<>(paths);
    for (Projectable path : more) {
      list.add(path.attributePath());
    }
    return new Projection(list);
  }
}
