package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.KeyPathRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.consistency.StaleReads;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetItemResponse;
import java.util.List;
import java.util.Map;

/** GetItem. */
public final class GetItemOp {
  private final Catalog catalog;
  private final Throughput throughput;
  private final StaleReads stale; // null: every read sees the latest write

  public GetItemOp(Catalog catalog, Throughput throughput, StaleReads stale) {
    this.catalog = catalog;
    this.throughput = throughput;
    this.stale = stale;
  }

  public GetItemResponse execute(GetItemRequest r) {
    RequestConstraints.getItem(Errors.start(), r).throwIfAny();
    ParameterRules.mix(List.of(p("AttributesToGet", r.attributesToGet())),
        List.of(p("ProjectionExpression", r.projectionExpression())),
        r.expressionAttributeNames(), null);
    ExpressionContext ctx = ExpressionContext.of(r.expressionAttributeNames(), null);
    ItemProjection projection =
        Conditions.projection(ctx, r.projectionExpression(), r.attributesToGet());
    ctx.finish();
    Table table = catalog.require(r.tableName());
    KeyPathRules.reads(table.meta(), null, projection);
    ItemRules.key(table.key(), r.key());
    EntryKey key = table.key().entryKey(r.key());
    throughput.admitRead(table.meta(), null, key.hashKey());
    StoredItem item = table.get(key);
    boolean consistent = Boolean.TRUE.equals(r.consistentRead());
    if (!consistent && stale != null) {
      item = stale.read(table, key, item);
    }
    Map<String, dev.keyway.model.AttributeValue> out = null;
    if (item != null) {
      out = projection == null ? item.attributes() : projection.apply(item.attributes());
    }
    double units = Units.read(item == null ? 0 : item.sizeInBytes(), consistent);
    throughput.read(table.meta(), null, key.hashKey(), units);
    return new GetItemResponse(out,
        Units.report(r.returnConsumedCapacity(), table.meta(), units, Map.of(), false));
  }
}
