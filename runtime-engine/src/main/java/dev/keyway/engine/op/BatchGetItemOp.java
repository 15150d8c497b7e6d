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
import dev.keyway.error.ThrottlingReason;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.KeysAndAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchGetItem: up to 100 keys over up to 100 tables; 16 MB per response. */
public final class BatchGetItemOp {
  static final long RESPONSE_BYTES = 16L * 1024 * 1024;

  private final Catalog catalog;
  private final Throughput throughput;
  private final StaleReads stale; // null: every read sees the latest write

  public BatchGetItemOp(Catalog catalog, Throughput throughput, StaleReads stale) {
    this.catalog = catalog;
    this.throughput = throughput;
    this.stale = stale;
  }

  public BatchGetItemResponse execute(BatchGetItemRequest r) {
    RequestConstraints.batchGetItem(Errors.start(), r).throwIfAny();
    int total = 0;
    for (KeysAndAttributes ka : r.requestItems().values()) {
      total += ka.keys().size();
    }
    if (total > 100) {
      throw new ValidationException("Too many items requested for the BatchGetItem call");
    }
    Map<String, ItemProjection> projections = new LinkedHashMap<>();
    Map<String, Table> tables = new LinkedHashMap<>();
    for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
      KeysAndAttributes ka = e.getValue();
      ParameterRules.mix(List.of(p("AttributesToGet", ka.attributesToGet())),
          List.of(p("ProjectionExpression", ka.projectionExpression())),
          ka.expressionAttributeNames(), null);
      ExpressionContext ctx = ExpressionContext.of(ka.expressionAttributeNames(), null);
      projections.put(e.getKey(),
          Conditions.projection(ctx, ka.projectionExpression(), ka.attributesToGet()));
      ctx.finish();
    }
    for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
      Table table = catalog.require(e.getKey());
      KeyPathRules.reads(table.meta(), null, projections.get(e.getKey()));
      tables.put(e.getKey(), table);
      Set<EntryKey> seen = new HashSet<>();
      for (Map<String, AttributeValue> key : e.getValue().keys()) {
        ItemRules.key(table.key(), key);
        if (!seen.add(table.key().entryKey(key))) {
          throw new ValidationException("Provided list of item keys contains duplicates");
        }
      }
    }
    Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
    Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
    List<ConsumedCapacity> capacity = new ArrayList<>();
    long bytes = 0;
    ThrottlingReason firstRefusal = null;
    Table firstRefused = null;
    int read = 0;
    for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
      Table table = tables.get(e.getKey());
      KeysAndAttributes ka = e.getValue();
      boolean consistent = Boolean.TRUE.equals(ka.consistentRead());
      List<Map<String, AttributeValue>> found = new ArrayList<>();
      List<Map<String, AttributeValue>> later = new ArrayList<>();
      double units = 0;
      for (Map<String, AttributeValue> key : ka.keys()) {
        if (bytes >= RESPONSE_BYTES) {
          later.add(key);
          continue;
        }
        EntryKey entryKey = table.key().entryKey(key);
        ThrottlingReason refused = throughput.refuseRead(table.meta(), entryKey.hashKey());
        if (refused != null) {
          later.add(key);
          if (firstRefusal == null) {
            firstRefusal = refused;
            firstRefused = table;
          }
          continue;
        }
        StoredItem item = table.get(entryKey);
        if (!consistent && stale != null) {
          item = stale.read(table, entryKey, item);
        }
        read++;
        double itemUnits = Units.read(item == null ? 0 : item.sizeInBytes(), consistent);
        units += itemUnits;
        throughput.read(table.meta(), null, entryKey.hashKey(), itemUnits);
        if (item != null) {
          bytes += item.sizeInBytes();
          ItemProjection projection = projections.get(e.getKey());
          found.add(projection == null ? item.attributes() : projection.apply(item.attributes()));
        }
      }
      responses.put(table.name(), found);
      if (!later.isEmpty()) {
        unprocessed.put(table.name(), ka.toBuilder().keys(later).build());
      }
      ConsumedCapacity c =
          Units.report(r.returnConsumedCapacity(), table.meta(), units, Map.of(), false);
      if (c != null) {
        capacity.add(c);
      }
    }
    if (read == 0 && firstRefusal != null) {
      throw Throughput.error(firstRefused.meta(), firstRefusal);
    }
    return new BatchGetItemResponse(responses, unprocessed,
        r.returnConsumedCapacity() == null ? null : capacity);
  }
}
