package dev.keyway.engine.op;

import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
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
  private final Committer committer;
  private final Throughput throughput;

  public DeleteItemOp(Catalog catalog, Committer committer, Throughput throughput) {
    this.catalog = catalog;
    this.committer = committer;
    this.throughput = throughput;
  }

  public DeleteItemResponse execute(DeleteItemRequest r) {
    RequestConstraints.deleteItem(Errors.start(), r).throwIfAny();
    ParameterRules.returnValuesOldOnly(r.returnValues());
    ParameterRules.mix(
        List.of(p("Expected", r.expected()), p("ConditionalOperator", r.conditionalOperator())),
        List.of(p("ConditionExpression", r.conditionExpression())),
        r.expressionAttributeNames(), r.expressionAttributeValues());
    ExpressionContext ctx =
        ExpressionContext.of(r.expressionAttributeNames(), r.expressionAttributeValues());
    ItemCondition condition =
        Conditions.condition(ctx, r.conditionExpression(), r.expected(), r.conditionalOperator());
    ctx.finish();
    Table table = catalog.require(r.tableName());
    ItemRules.key(table.key(), r.key());
    EntryKey key = table.key().entryKey(r.key());
    ItemChange w = ItemWriter.write(committer, throughput, new ItemWriter.Action(table, key, condition,
        r.returnValuesOnConditionCheckFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD,
        current -> null, PutItemOp.SIZE_MESSAGE));
    return new DeleteItemResponse(
        r.returnValues() == ReturnValue.ALL_OLD && w.oldImage() != null
            ? w.oldImage().attributes() : null,
        Units.write(r.returnConsumedCapacity(), table.meta(), w),
        ItemWriter.metrics(table, key, r.returnItemCollectionMetrics()));
  }
}
