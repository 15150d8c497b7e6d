package dev.keyway.engine.op;

import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteItemResponse;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import java.util.List;

/** DeleteItem. */
public final class DeleteItemOp {
  private final Catalog catalog;

  public DeleteItemOp(Catalog catalog) {
    this.catalog = catalog;
  }

  public DeleteItemResponse execute(DeleteItemRequest r) {
    Errors.start().tableName(r.tableName(), "tableName").notNull(r.key(), "key").throwIfAny();
    ParameterRules.returnValuesOldOnly(r.returnValues());
    Table table = catalog.require(r.tableName());
    ParameterRules.mix(
        List.of(p("Expected", r.expected()), p("ConditionalOperator", r.conditionalOperator())),
        List.of(p("ConditionExpression", r.conditionExpression())),
        r.expressionAttributeNames(), r.expressionAttributeValues());
    ExpressionContext ctx =
        ExpressionContext.of(r.expressionAttributeNames(), r.expressionAttributeValues());
    ItemCondition condition =
        Conditions.condition(ctx, r.conditionExpression(), r.expected(), r.conditionalOperator());
    ctx.finish();
    ItemRules.key(table.key(), r.key());
    EntryKey key = table.key().entryKey(r.key());
    ItemWriter.Written w = ItemWriter.write(new ItemWriter.Action(table, key, condition,
        r.returnValuesOnConditionCheckFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD,
        current -> null, PutItemOp.SIZE_MESSAGE));
    return new DeleteItemResponse(
        r.returnValues() == ReturnValue.ALL_OLD && w.oldItem() != null
            ? w.oldItem().attributes() : null,
        Units.report(r.returnConsumedCapacity(), table.meta(), Units.write(w.largerSize()),
            w.indexUnits(), true),
        ItemWriter.metrics(table, key, r.returnItemCollectionMetrics()));
  }
}
