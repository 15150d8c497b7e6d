package dev.keyway.engine.op;

import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.eval.ConditionEvaluator;
import dev.keyway.engine.expr.resolve.PathOverlaps;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.partiql.PartiqlErrors;
import dev.keyway.engine.partiql.Statement;
import dev.keyway.engine.partiql.WhereKeys;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemUpdate;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.DuplicateItemException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ReturnValue;
import java.util.List;
import java.util.Map;

/**
 * Plans PartiQL INSERT, UPDATE, DELETE and EXISTS as item writes, the same {@link
 * ItemWriter.Action}s PutItem, UpdateItem, DeleteItem and TransactWriteItems run: INSERT fails on
 * an existing key, UPDATE needs the item to exist, DELETE of an absent item does nothing, and the
 * rest of the WHERE clause (beyond the key) is the condition.
 */
final class PartiqlWrites {
  /** A planned write; {@code update} for RETURNING, {@code check} for EXISTS (no write). */
  record Planned(ItemWriter.Action action, Statement statement, ItemUpdate update, boolean check) {

    /** The items a RETURNING clause asks for (an empty list without one, or with nothing to show). */
    List<Map<String, AttributeValue>> returned(ItemChange change) {
      Statement.Returning returning = statement instanceof Statement.Update u ? u.returning()
          : statement instanceof Statement.Delete d ? d.returning() : null;
      if (returning == null) {
        return List.of();
      }
      Map<String, AttributeValue> item = UpdateItemOp.returned(switch (returning) {
        case ALL_OLD -> ReturnValue.ALL_OLD;
        case MODIFIED_OLD -> ReturnValue.UPDATED_OLD;
        case ALL_NEW -> ReturnValue.ALL_NEW;
        case MODIFIED_NEW -> ReturnValue.UPDATED_NEW;
      }, change, update);
      return item == null ? List.of() : List.of(item);
    }
  }

  private PartiqlWrites() {}

  static Planned plan(Catalog catalog, Statement s, boolean returnOldOnFailure) {
    Table table = catalog.require(s.table());
    if (s instanceof Statement.Insert insert) {
      return insert(table, insert);
    }
    if (s instanceof Statement.Update update) {
      WhereKeys.Target target = WhereKeys.target(update.where(), table.key());
      // the paths written must be independent, as in an UpdateExpression
      PathOverlaps.check(ExpressionKind.UPDATE,
          update.update().actions().stream().map(UpdateAction::path).toList());
      ItemUpdate u = ExpressionContext.compiledUpdate(update.update());
      Map<String, AttributeValue> key = target.key();
      return new Planned(new ItemWriter.Action(table, table.key().entryKey(key),
          existingAnd(target.rest()), returnOldOnFailure,
          current -> UpdateItemOp.apply(current, key, u, table.key()), UpdateItemOp.SIZE_MESSAGE),
          s, u, false);
    }
    if (s instanceof Statement.Delete delete) {
      WhereKeys.Target target = WhereKeys.target(delete.where(), table.key());
      Condition rest = target.rest();
      ItemCondition condition = rest == null ? null
          : item -> item.isEmpty() || ConditionEvaluator.test(rest, item);
      return new Planned(new ItemWriter.Action(table, table.key().entryKey(target.key()),
          condition, returnOldOnFailure, current -> null, PutItemOp.SIZE_MESSAGE), s, null, false);
    }
    Statement.Select select = ((Statement.Exists) s).select();
    if (select.index() != null) {
      throw new ValidationException("Operations on indices are not supported in transactions");
    }
    WhereKeys.Target target;
    try {
      target = WhereKeys.target(select.where(), table.key());
    } catch (ValidationException incomplete) {
      throw PartiqlErrors.existsKey();
    }
    return new Planned(new ItemWriter.Action(table, table.key().entryKey(target.key()),
        existingAnd(target.rest()), returnOldOnFailure, current -> current,
        PutItemOp.SIZE_MESSAGE), s, null, true);
  }

  private static Planned insert(Table table, Statement.Insert insert) {
    Map<String, AttributeValue> item = insert.item();
    KeySpec key = table.key();
    for (String name : key.hasRange() ? List.of(key.hashName(), key.rangeName())
        : List.of(key.hashName())) {
      AttributeValue value = item.get(name);
      if (value == null) {
        throw new ValidationException("Key attribute should be present in the item: Key " + name);
      }
      WhereKeys.checkKeyType(key, name, value);
    }
    ItemRules.item(table.meta(), item);
    StoredItem stored = StoredItem.of(item);
    ItemRules.size(stored, PutItemOp.SIZE_MESSAGE);
    ItemRules.indexKeys(table.meta(), item);
    ItemCondition absent = current -> {
      if (!current.isEmpty()) {
        throw new DuplicateItemException();
      }
      return true;
    };
    return new Planned(new ItemWriter.Action(table, key.entryKey(item), absent, false,
        current -> stored, PutItemOp.SIZE_MESSAGE), insert, null, false);
  }

  /** The item exists and satisfies what the WHERE clause says beyond its key. */
  private static ItemCondition existingAnd(Condition rest) {
    return item -> !item.isEmpty() && (rest == null || ConditionEvaluator.test(rest, item));
  }
}
