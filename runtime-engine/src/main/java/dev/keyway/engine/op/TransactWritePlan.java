package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.KeySchemaException;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemUpdate;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ConditionCheck;
import dev.keyway.ops.Delete;
import dev.keyway.ops.Put;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.Update;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates the actions of a TransactWriteItems request and turns them into item writes. */
final class TransactWritePlan {
  private TransactWritePlan() {}

  /** One planned action; {@code check} marks a ConditionCheck (no write). */
  record Planned(ItemWriter.Action action, boolean check) {}

  static List<Planned> plan(Catalog catalog, List<TransactWriteItem> items) {
    List<Planned> plan = new ArrayList<>();
    List<KeySchemaException> mismatches = new ArrayList<>();
    for (TransactWriteItem t : items) {
      int n = (t.put() == null ? 0 : 1) + (t.update() == null ? 0 : 1)
          + (t.delete() == null ? 0 : 1) + (t.conditionCheck() == null ? 0 : 1);
      if (n != 1) {
        throw new ValidationException(
            "TransactItems can only contain one of Check, Put, Update or Delete");
      }
      try {
        plan.add(t.put() != null ? put(catalog, t.put())
            : t.update() != null ? update(catalog, t.update())
            : t.delete() != null ? delete(catalog, t.delete())
            : check(catalog, t.conditionCheck()));
        mismatches.add(null);
      } catch (KeySchemaException e) {
        plan.add(null);
        mismatches.add(e);
      }
    }
    SchemaMismatches.cancelIfAny(mismatches);
    Set<List<Object>> seen = new HashSet<>();
    for (Planned p : plan) {
      if (!seen.add(List.of(p.action().table().name(), p.action().key()))) {
        throw new ValidationException(
            "Transaction request cannot include multiple operations on one item");
      }
    }
    return plan;
  }

  private static Planned put(Catalog catalog, Put put) {
    ExpressionContext ctx =
        ExpressionContext.of(put.expressionAttributeNames(), put.expressionAttributeValues());
    ItemCondition condition = put.conditionExpression() == null ? null
        : ctx.condition(put.conditionExpression());
    ctx.finish();
    Table table = catalog.require(put.tableName());
    ItemRules.item(table.meta(), put.item());
    StoredItem item = StoredItem.of(put.item());
    ItemRules.size(item, PutItemOp.SIZE_MESSAGE);
    ItemRules.indexKeys(table.meta(), put.item());
    return new Planned(new ItemWriter.Action(table, table.key().entryKey(put.item()), condition,
        allOld(put.returnValuesOnConditionCheckFailure()), current -> item,
        PutItemOp.SIZE_MESSAGE), false);
  }

  private static Planned update(Catalog catalog, Update update) {
    ExpressionContext ctx =
        ExpressionContext.of(update.expressionAttributeNames(), update.expressionAttributeValues());
    ItemUpdate u = ctx.update(update.updateExpression());
    ItemCondition condition = update.conditionExpression() == null ? null
        : ctx.condition(update.conditionExpression());
    ctx.finish();
    Table table = catalog.require(update.tableName());
    ItemRules.key(table.key(), update.key());
    Map<String, AttributeValue> key = update.key();
    return new Planned(new ItemWriter.Action(table, table.key().entryKey(key), condition,
        allOld(update.returnValuesOnConditionCheckFailure()),
        current -> UpdateItemOp.apply(current, key, u, table.key()), UpdateItemOp.SIZE_MESSAGE), false);
  }

  private static Planned delete(Catalog catalog, Delete delete) {
    ExpressionContext ctx =
        ExpressionContext.of(delete.expressionAttributeNames(), delete.expressionAttributeValues());
    ItemCondition condition = delete.conditionExpression() == null ? null
        : ctx.condition(delete.conditionExpression());
    ctx.finish();
    Table table = catalog.require(delete.tableName());
    ItemRules.key(table.key(), delete.key());
    return new Planned(new ItemWriter.Action(table, table.key().entryKey(delete.key()),
        condition, allOld(delete.returnValuesOnConditionCheckFailure()), current -> null,
        PutItemOp.SIZE_MESSAGE), false);
  }

  private static Planned check(Catalog catalog, ConditionCheck check) {
    ExpressionContext ctx =
        ExpressionContext.of(check.expressionAttributeNames(), check.expressionAttributeValues());
    ItemCondition condition = ctx.condition(check.conditionExpression());
    ctx.finish();
    Table table = catalog.require(check.tableName());
    ItemRules.key(table.key(), check.key());
    return new Planned(new ItemWriter.Action(table, table.key().entryKey(check.key()), condition,
        allOld(check.returnValuesOnConditionCheckFailure()), current -> current,
        PutItemOp.SIZE_MESSAGE), true);
  }

  private static boolean allOld(ReturnValuesOnConditionCheckFailure rv) {
    return rv == ReturnValuesOnConditionCheckFailure.ALL_OLD;
  }
}
