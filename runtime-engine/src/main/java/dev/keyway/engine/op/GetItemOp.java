package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetItemResponse;
import java.util.List;
import java.util.Map;

/** GetItem. */
public final class GetItemOp {
  private final Catalog catalog;

  public GetItemOp(Catalog catalog) {
    this.catalog = catalog;
  }

  public GetItemResponse execute(GetItemRequest r) {
    Errors.start().tableName(r.tableName(), "tableName").notNull(r.key(), "key").throwIfAny();
    ParameterRules.mix(List.of(p("AttributesToGet", r.attributesToGet())),
        List.of(p("ProjectionExpression", r.projectionExpression())),
        r.expressionAttributeNames(), null);
    ExpressionContext ctx = ExpressionContext.of(r.expressionAttributeNames(), null);
    ItemProjection projection =
        Conditions.projection(ctx, r.projectionExpression(), r.attributesToGet());
    ctx.finish();
    Table table = catalog.require(r.tableName());
    ItemRules.key(table.key(), r.key());
    StoredItem item = table.get(table.key().entryKey(r.key()));
    boolean consistent = Boolean.TRUE.equals(r.consistentRead());
    Map<String, dev.keyway.model.AttributeValue> out = null;
    if (item != null) {
      out = projection == null ? item.attributes() : projection.apply(item.attributes());
    }
    return new GetItemResponse(out,
        Units.report(r.returnConsumedCapacity(), table.meta(),
            Units.read(item == null ? 0 : item.sizeInBytes(), consistent), Map.of(), false));
  }
}
