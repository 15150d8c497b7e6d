package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.TransactConstraints;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.op.check.KeySchemaException;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.txn.ItemLocks;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.Get;
import dev.keyway.ops.ItemResponse;
import dev.keyway.ops.TransactGetItem;
import dev.keyway.ops.ReturnConsumedCapacity;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactGetItemsResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** TransactGetItems: reads up to 100 items as one serializable snapshot. */
public final class TransactGetItemsOp {
  private final Catalog catalog;
  private final Throughput throughput;

  public TransactGetItemsOp(Catalog catalog, Throughput throughput) {
    this.catalog = catalog;
    this.throughput = throughput;
  }

  public TransactGetItemsResponse execute(TransactGetItemsRequest r) {
    TransactConstraints.transactGetItems(Errors.start(), r).throwIfAny();
    List<Table> tables = new ArrayList<>();
    List<EntryKey> keys = new ArrayList<>();
    List<ItemProjection> projections = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    List<KeySchemaException> mismatches = new ArrayList<>();
    for (TransactGetItem t : r.transactItems()) {
      Get get = t.get();
      ExpressionContext ctx = ExpressionContext.of(get.expressionAttributeNames(), null);
      projections.add(get.projectionExpression() == null ? null
          : ctx.projection(get.projectionExpression()));
      ctx.finish();
      Table table = catalog.require(get.tableName());
      try {
        ItemRules.key(table.key(), get.key());
        mismatches.add(null);
        keys.add(table.key().entryKey(get.key()));
      } catch (KeySchemaException e) {
        mismatches.add(e);
        keys.add(null);
      }
      tables.add(table);
    }
    SchemaMismatches.cancelIfAny(mismatches);
    for (int i = 0; i < keys.size(); i++) {
      if (!seen.add(List.of(tables.get(i).name(), keys.get(i)))) {
        throw new ValidationException(
            "Transaction request cannot include multiple operations on one item");
      }
    }
    List<ItemLocks.Target> targets = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      throughput.admitRead(tables.get(i).meta(), null, keys.get(i).hashKey());
      targets.add(new ItemLocks.Target(tables.get(i), keys.get(i)));
    }
    List<ItemResponse> responses = new ArrayList<>();
    Map<String, Double> units = new LinkedHashMap<>();
    try (ItemLocks locks = ItemLocks.acquire(targets)) {
      for (int i = 0; i < tables.size(); i++) {
        StoredItem item = tables.get(i).get(keys.get(i));
        double itemUnits = 2 * Units.read(item == null ? 0 : item.sizeInBytes(), true);
        units.merge(tables.get(i).name(), itemUnits, Double::sum);
        throughput.read(tables.get(i).meta(), null, keys.get(i).hashKey(), itemUnits);
        ItemProjection p = projections.get(i);
        responses.add(new ItemResponse(item == null ? null
            : p == null ? item.attributes() : p.apply(item.attributes())));
      }
    }
    return new TransactGetItemsResponse(capacity(r.returnConsumedCapacity(), tables, units), responses);
  }

  /**
   * The ConsumedCapacity of a transactional read, one per table in first-read order (null unless
   * asked for); {@code units} holds each table's units and is emptied.
   */
  static List<ConsumedCapacity> capacity(
      ReturnConsumedCapacity mode, List<Table> tables, Map<String, Double> units) {
    if (mode == null) {
      return null;
    }
    List<ConsumedCapacity> out = new ArrayList<>();
    for (Table table : tables) {
      Double u = units.remove(table.name());
      if (u != null) {
        ConsumedCapacity c = Units.reportTransactional(mode, table.meta(), u, Map.of(), false);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
