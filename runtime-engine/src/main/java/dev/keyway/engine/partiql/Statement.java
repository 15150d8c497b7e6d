package dev.keyway.engine.partiql;

import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.Path;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * A parsed PartiQL statement, its parameters substituted. WHERE clauses, update actions and
 * projections are resolved trees of the expression language, evaluated by its evaluator.
 */
public sealed interface Statement {

  /** The table the statement reads or writes. */
  String table();

  /** Whether the statement only reads (SELECT), as BatchExecuteStatement and transactions ask. */
  default boolean isRead() {
    return this instanceof Select;
  }

  /**
   * {@code SELECT projection FROM "table"."index" WHERE ... ORDER BY path}; an empty projection
   * is {@code *}; {@code where} and {@code orderBy} may be null.
   */
  record Select(
      String table, String index, List<Path> projection, Condition where, OrderBy orderBy)
      implements Statement {
    public Select {
      projection = List.copyOf(projection);
    }
  }

  /** {@code ORDER BY path [ASC|DESC]}. */
  record OrderBy(Path path, boolean descending) {}

  /** {@code INSERT INTO "table" VALUE {...}}. */
  record Insert(String table, Map<String, AttributeValue> item) implements Statement {
    public Insert {
      item = Map.copyOf(item);
    }
  }

  /** {@code UPDATE "table" SET ... REMOVE ... WHERE ... RETURNING ...}; returning may be null. */
  record Update(String table, UpdateExpression update, Condition where, Returning returning)
      implements Statement {}

  /** {@code DELETE FROM "table" WHERE ... RETURNING ALL OLD *}; returning may be null. */
  record Delete(String table, Condition where, Returning returning) implements Statement {}

  /** {@code EXISTS(SELECT * FROM "table" WHERE ...)}: a condition check, in transactions only. */
  record Exists(Select select) implements Statement {
    @Override
    public String table() {
      return select.table();
    }

    @Override
    public boolean isRead() {
      return false;
    }
  }

  /** {@code RETURNING (ALL|MODIFIED) (OLD|NEW) *}. */
  enum Returning {
    ALL_OLD, MODIFIED_OLD, ALL_NEW, MODIFIED_NEW
  }
}
