package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.capacity.IndexWriteUnits;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ThrottlingReason;
import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BatchWriteItemResponse;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.ItemCollectionMetrics;
import dev.keyway.ops.ReturnConsumedCapacity;
import dev.keyway.ops.WriteRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchWriteItem: up to 25 puts and deletes, each applied on its own; writes refused capacity come
 * back as UnprocessedItems (and when none could go ahead, the request fails as DynamoDB's does).
 */
public final class BatchWriteItemOp {
  /** One validated write: the request, its key and the item to put (null for a delete). */
  private record Prepared(WriteRequest request, EntryKey key, StoredItem item) {}

  private final Catalog catalog;
  private final Committer committer;
  private final Throughput throughput;

  public BatchWriteItemOp(Catalog catalog, Committer committer, Throughput throughput) {
    this.catalog = catalog;
    this.committer = committer;
    this.throughput = throughput;
  }

  public BatchWriteItemResponse execute(BatchWriteItemRequest r) {
    RequestConstraints.batchWriteItem(Errors.start(), r).throwIfAny();
    int total = 0;
    for (List<WriteRequest> list : r.requestItems().values()) {
      total += list.size();
    }
    if (total > 25) {
      throw new ValidationException("Too many items requested for the BatchWriteItem call");
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, List<Prepared>> preparedByTable = new LinkedHashMap<>();
    for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
      Table table = catalog.require(e.getKey());
      tables.put(e.getKey(), table);
      List<Prepared> prepared = new ArrayList<>(e.getValue().size());
      preparedByTable.put(e.getKey(), prepared);
      Set<EntryKey> seen = new HashSet<>();
      for (WriteRequest w : e.getValue()) {
        if (w == null || (w.putRequest() == null) == (w.deleteRequest() == null)) {
          throw new ValidationException("Supplied AttributeValue has more than one datatypes set, "
              + "must contain exactly one of the supported datatypes");
        }
        Map<String, AttributeValue> key;
        StoredItem stored = null;
        if (w.putRequest() != null) {
          Map<String, AttributeValue> item = w.putRequest().item(); // not null: constraints
          ItemRules.batchItem(table.meta(), item);
          stored = StoredItem.of(item);
          ItemRules.size(stored, PutItemOp.SIZE_MESSAGE);
          ItemRules.indexKeys(table.meta(), item);
          key = item;
        } else {
          key = w.deleteRequest().key(); // not null: constraints
          ItemRules.key(table.key(), key);
        }
        EntryKey entryKey = table.key().entryKey(key);
        if (!seen.add(entryKey)) {
          throw new ValidationException("Provided list of item keys contains duplicates");
        }
        prepared.add(new Prepared(w, entryKey, stored));
      }
    }
    boolean reportCapacity = r.returnConsumedCapacity() != null
        && r.returnConsumedCapacity() != ReturnConsumedCapacity.NONE;
    List<ConsumedCapacity> capacity = new ArrayList<>();
    Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
    ThrottlingReason firstRefusal = null;
    Table firstRefused = null;
    int applied = 0;
    for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
      Table table = tables.get(e.getKey());
      double units = 0;
      Map<String, Double> indexUnits = new LinkedHashMap<>();
      for (Prepared p : preparedByTable.get(e.getKey())) {
        // validated, converted and keyed once, in the first pass
        StoredItem item = p.item();
        EntryKey key = p.key();
        ThrottlingReason refused = throughput.refuseWrite(table.meta(), key.hashKey());
        ItemChange written = null;
        if (refused == null) {
          try { // each write is a commit of its own: a batch is not atomic
            written = ItemWriter.writeWithIndexCapacity(committer, throughput,
                new ItemWriter.Action(table, key, null, false, current -> item,
                    PutItemOp.SIZE_MESSAGE));
          } catch (ProvisionedThroughputExceededException hotIndexKey) {
            refused = hotIndexKey.throttlingReasons().get(0);
          } catch (ThrottlingException hotIndexKey) {
            refused = hotIndexKey.throttlingReasons().get(0);
          }
        }
        if (refused != null) {
          unprocessed.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(p.request());
          if (firstRefusal == null) {
            firstRefusal = refused;
            firstRefused = table;
          }
          continue;
        }
        applied++;
        double itemUnits = Units.write(written.largerSize());
        units += itemUnits;
        throughput.write(table.meta(), key.hashKey(), itemUnits, written);
        if (reportCapacity) {
          Units.addInto(indexUnits,
              IndexWriteUnits.of(table.meta(), written.oldImage(), written.newImage()));
        }
        ItemCollectionMetrics m = ItemWriter.metrics(table, key, r.returnItemCollectionMetrics());
        if (m != null) {
          metrics.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(m);
        }
      }
      ConsumedCapacity c =
          Units.report(r.returnConsumedCapacity(), table.meta(), units, indexUnits, true);
      if (c != null) {
        capacity.add(c);
      }
    }
    if (applied == 0 && firstRefusal != null) {
      throw Throughput.error(firstRefused.meta(), firstRefusal);
    }
    return new BatchWriteItemResponse(unprocessed,
        r.returnItemCollectionMetrics() == null ? null : metrics,
        r.returnConsumedCapacity() == null ? null : capacity);
  }
}
