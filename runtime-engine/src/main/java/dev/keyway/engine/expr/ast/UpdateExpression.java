package dev.keyway.engine.expr.ast;

import java.util.List;

/**
 * An update expression: its clauses in written order. The parser keeps a repeated clause (e.g. two
 * {@code SET}s); the resolver rejects it, as DynamoDB does.
 */
public record UpdateExpression(List<Clause> clauses) {
  public UpdateExpression {
    clauses = List.copyOf(clauses);
  }

  public enum ClauseKind { SET, REMOVE, ADD, DELETE }

  public record Clause(ClauseKind kind, List<UpdateAction> actions) {
    public Clause {
      actions = List.copyOf(actions);
    }
  }

  /** All actions of all clauses, in written order. */
  public List<UpdateAction> actions() {
    List<UpdateAction> all = new java.util.ArrayList<>();
    for (Clause c : clauses) {
      all.addAll(c.actions());
    }
    return java.util.Collections.unmodifiableList(all);
  }

  /**
   * The top-level attribute names this update writes (SET, REMOVE, ADD and DELETE targets), so an
   * operation can reject key attributes: "Cannot update attribute PK. This attribute is part of the
   * key".
   */
  public java.util.Set<String> topLevelNames() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    actions().forEach(a -> names.add(a.path().topLevelName()));
    return names;
  }
}
