package dev.keyway.engine.op;

import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.op.check.KeyPathRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.op.check.ReadCheck;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.request.LegacyConditions;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.consistency.ReadView;
import dev.keyway.engine.consistency.StaleReads;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.KeyOrder;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.Select;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Scan of a table or index, in ring-hash order; segment {@code s} of {@code n} is the contiguous
 * range of ring hashes that {@link KeyOrder#segmentOf} maps to {@code s}.
 */
public final class ScanOp {
  private final Catalog catalog;
  private final Throughput throughput;
  private final StaleReads stale; // null: every read sees the latest write

  public ScanOp(Catalog catalog, Throughput throughput, StaleReads stale) {
    this.catalog = catalog;
    this.throughput = throughput;
    this.stale = stale;
  }

  public ScanResponse execute(ScanRequest r) {
    RequestConstraints.scan(Errors.start(), r).throwIfAny();
    segments(r.segment(), r.totalSegments());
    ParameterRules.mix(
        List.of(p("AttributesToGet", r.attributesToGet()), p("ScanFilter", r.scanFilter()),
            p("ConditionalOperator", r.conditionalOperator())),
        List.of(p("ProjectionExpression", r.projectionExpression()),
            p("FilterExpression", r.filterExpression())),
        r.expressionAttributeNames(), r.expressionAttributeValues());
    ExpressionContext ctx =
        ExpressionContext.of(r.expressionAttributeNames(), r.expressionAttributeValues());
    ItemProjection projection =
        Conditions.projection(ctx, r.projectionExpression(), r.attributesToGet());
    ItemCondition filter = r.filterExpression() != null ? ctx.filter(r.filterExpression())
        : r.scanFilter() != null ? LegacyConditions.filter(r.scanFilter(), r.conditionalOperator())
        : null;
    ctx.finish();
    Table table = catalog.require(r.tableName());
    IndexData index = ReadCheck.index(table, r.indexName());
    ReadCheck.select(r.select(), r.projectionExpression() != null ? "ProjectionExpression"
        : r.attributesToGet() != null ? "AttributesToGet" : null, index, r.indexName());
    ReadCheck.consistentRead(index, r.consistentRead());
    ReadCheck.projected(index, table.key(), projection, filter);
    ReadCheck.startKey(table, index, r.exclusiveStartKey());

    throughput.admitRead(table.meta(), index == null ? null : index.spec(), null);
    boolean consistent = Boolean.TRUE.equals(r.consistentRead());
    ReadView view = consistent || stale == null
        ? ReadView.live(table, index) : stale.view(table, index);
    NavigableMap<EntryKey, ? extends ItemRef> range = view.entries();
    if (r.totalSegments() != null) {
      int total = r.totalSegments();
      int segment = r.segment();
      EntryKey lo = EntryKey.ringStart(KeyOrder.firstHashOf(segment, total));
      range = segment + 1 == total ? range.tailMap(lo, true)
          : range.subMap(lo, true, EntryKey.ringStart(KeyOrder.firstHashOf(segment + 1, total)), false);
    }
    if (r.exclusiveStartKey() != null) {
      EntryKey start = QueryOp.startKey(table, index, r.exclusiveStartKey());
      if (r.totalSegments() != null && KeyOrder.segmentOf(start.hash(), r.totalSegments())
          != r.segment()) {
        throw new ValidationException("The provided starting key is invalid: Invalid ExclusiveStartKey. "
            + "Please use ExclusiveStartKey with correct Segment. TotalSegments: " + r.totalSegments()
            + " Segment: " + r.segment());
      }
      range = range.tailMap(start, false);
    }
    // after the start key's segment, as DynamoDB orders them (dynalite's scan tests)
    KeyPathRules.reads(table.meta(), filter, projection);
    boolean fetch = index != null && !index.spec().global()
        && index.spec().projectionType() != ProjectionType.ALL
        && (r.select() == Select.ALL_ATTRIBUTES || projection != null);
    Pager.Page page = Pager.read(table, index, view.items(), range.entrySet().iterator(), r.limit(), filter,
        projection, r.select() == Select.COUNT, null, null, fetch);
    double units = Units.read(page.bytesRead(), consistent);
    throughput.read(table.meta(), index == null ? null : index.spec(), null, units);
    return new ScanResponse(
        r.select() == Select.COUNT ? null : page.items(), page.count(), page.scanned(),
        page.lastEvaluatedKey(),
        Units.report(r.returnConsumedCapacity(), table.meta(), index == null ? units : 0,
            index == null ? Map.of() : Map.of(index.spec().name(), units), false));
  }

  private static void segments(Integer segment, Integer total) {
    if (segment != null && total == null) {
      throw new ValidationException("The TotalSegments parameter is required but was not present "
          + "in the request when Segment parameter is present");
    }
    if (total != null && segment == null) {
      throw new ValidationException("The Segment parameter is required but was not present in "
          + "the request when parameter TotalSegments is present");
    }
    if (segment != null && segment >= total) {
      throw new ValidationException("The Segment parameter is zero-based and must be less than "
          + "parameter TotalSegments: Segment: " + segment + " is not less than TotalSegments: "
          + total);
    }
  }
}
