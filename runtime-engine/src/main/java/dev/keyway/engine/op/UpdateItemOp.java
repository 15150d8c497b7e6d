package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.KeySchemaException;
import dev.keyway.engine.op.check.KeyPathRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemUpdate;
import dev.keyway.engine.request.LegacyUpdates;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateItemResponse;
import java.util.List;
import java.util.Map;

/** UpdateItem: creates the item when absent; every ReturnValues option. */
public final class UpdateItemOp {
  static final String SIZE_MESSAGE = "Item size to update has exceeded the maximum allowed size";

  private final Catalog catalog;
  private final Committer committer;
  private final Throughput throughput;

  public UpdateItemOp(Catalog catalog, Committer committer, Throughput throughput) {
    this.catalog = catalog;
    this.committer = committer;
    this.throughput = throughput;
  }

  public UpdateItemResponse execute(UpdateItemRequest r) {
    RequestConstraints.updateItem(Errors.start(), r).throwIfAny();
    ParameterRules.mix(
        List.of(p("AttributeUpdates", r.attributeUpdates()), p("Expected", r.expected()),
            p("ConditionalOperator", r.conditionalOperator())),
        List.of(p("UpdateExpression", r.updateExpression()),
            p("ConditionExpression", r.conditionExpression())),
        r.expressionAttributeNames(), r.expressionAttributeValues());
    ExpressionContext ctx =
        ExpressionContext.of(r.expressionAttributeNames(), r.expressionAttributeValues());
    ItemUpdate update = null;
    if (r.updateExpression() != null) {
      update = ctx.update(r.updateExpression());
    } else if (r.attributeUpdates() != null) {
      update = LegacyUpdates.of(r.attributeUpdates());
    }
    ItemCondition condition =
        Conditions.condition(ctx, r.conditionExpression(), r.expected(), r.conditionalOperator());
    ctx.finish();
    Table table = catalog.require(r.tableName());
    KeySpec keySpec = table.key();
    ItemRules.key(keySpec, r.key());
    if (update != null) {
      KeyPathRules.update(table.meta(), update);
    }
    EntryKey key = keySpec.entryKey(r.key());
    ItemUpdate finalUpdate = update;
    ItemChange w = ItemWriter.write(committer, throughput, new ItemWriter.Action(table, key, condition,
        r.returnValuesOnConditionCheckFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD,
        current -> updated(current, r.key(), finalUpdate, table.meta()), SIZE_MESSAGE));
    return new UpdateItemResponse(
        returned(r.returnValues(), w, update),
        Units.write(r.returnConsumedCapacity(), table.meta(), w),
        ItemWriter.metrics(table, key, r.returnItemCollectionMetrics()));
  }

  /**
   * UpdateItem's write: an update of a key attribute, then an index key given a value of a type the
   * expression shows, are refused before the expression is evaluated (KeyPathRules.update).
   */
  private static StoredItem updated(
      StoredItem current, Map<String, AttributeValue> key, ItemUpdate update, TableMeta meta) {
    refuseKeyUpdates(update, meta.key());
    KeySchemaException wrongType =
        update == null ? null : ItemRules.indexKeyTypeMismatch(meta, update.knownTypes());
    if (wrongType != null) {
      throw wrongType;
    }
    return apply(current, key, update, meta.key());
  }

  /**
   * The updated item. Runs after the condition (as DynamoDB orders it): an update that touches a
   * key attribute fails here.
   */
  static StoredItem apply(StoredItem current, Map<String, AttributeValue> key, ItemUpdate update, KeySpec keySpec) {
    refuseKeyUpdates(update, keySpec);
    // read-only: StoredItem.of and ItemUpdate.apply copy it
    Map<String, AttributeValue> base = current == null ? key : current.attributes();
    if (update == null) {
      return StoredItem.of(base);
    }
    Map<String, AttributeValue> next = update.apply(base);
    for (Map.Entry<String, AttributeValue> e : key.entrySet()) {
      if (!e.getValue().equals(next.get(e.getKey()))) {
        throw new KeyAttributeUpdateException(e.getKey());
      }
    }
    return StoredItem.of(next);
  }

  private static void refuseKeyUpdates(ItemUpdate update, KeySpec keySpec) {
    if (update != null) {
      for (String name : update.touchedAttributes()) {
        if (keySpec.isKeyAttribute(name)) {
          throw new KeyAttributeUpdateException(name);
        }
      }
    }
  }

  static Map<String, AttributeValue> returned(ReturnValue rv, ItemChange w, ItemUpdate u) {
    if (rv == null || rv == ReturnValue.NONE) {
      return null;
    }
    Map<String, AttributeValue> result;
    switch (rv) {
      case ALL_OLD:
        result = w.oldImage() == null ? null : w.oldImage().attributes();
        break;
      case ALL_NEW:
        result = w.newImage().attributes();
        break;
      case UPDATED_OLD:
        result = w.oldImage() == null || u == null ? null : u.touchedOf(w.oldImage().attributes());
        break;
      case UPDATED_NEW:
        result = u == null ? null : u.touchedOf(w.newImage().attributes());
        break;
      default:
        throw new AssertionError(rv);
    }
    return result == null || result.isEmpty() ? null : result;
  }
}
