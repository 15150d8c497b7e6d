package dev.keyway.engine.diff;

import dev.keyway.error.DynamoDbException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs requests on a Keyway {@link Backend}: the engine itself, or DynamoDB Local reached through
 * {@link dev.keyway.aws.AwsBackend}, so the differential suite also checks the SDK adapter.
 */
class BackendRunner implements Runner, AutoCloseable {
  private final Backend engine;

  BackendRunner(Backend backend) {
    this.engine = backend;
  }

  @Override
  public void close() {
    engine.close();
  }

  private static Outcome run(Supplier<Outcome> call) {
    try {
      return call.get();
    } catch (TransactionCanceledException e) {
      Outcome o = Outcome.error(e.errorType(), e.getMessage());
      List<Object> reasons = new ArrayList<>();
      e.reasons().forEach(r -> reasons.add(fields("Code", r.code(), "Item", r.item())));
      return new Outcome(o.errorType(), o.errorMessage(), Map.of("CancellationReasons", reasons));
    } catch (ConditionalCheckFailedException e) {
      return new Outcome(e.errorType(), e.getMessage(),
          e.item().isPresent() ? Map.of("Item", e.item().get()) : Map.of());
    } catch (DynamoDbException e) {
      return Outcome.error(e.errorType(), e.getMessage());
    }
  }

  static Map<String, Object> fields(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        m.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return m;
  }

  static Map<String, Object> breakdown(ConsumedCapacity c) {
    if (c == null || c.table() == null) {
      return null;
    }
    Map<String, Object> m = new java.util.TreeMap<>();
    m.put("table", c.table().capacityUnits());
    if (c.globalSecondaryIndexes() != null) {
      c.globalSecondaryIndexes().forEach((k, v) -> m.put("gsi " + k, v.capacityUnits()));
    }
    if (c.localSecondaryIndexes() != null) {
      c.localSecondaryIndexes().forEach((k, v) -> m.put("lsi " + k, v.capacityUnits()));
    }
    return m;
  }

  static Double units(ConsumedCapacity c) {
    return c == null ? null : c.capacityUnits();
  }

  @Override
  public Outcome createTable(CreateTableRequest r) {
    Recorder.capture("CreateTable", r);
    return run(() -> {
      TableDescription d = engine.createTable(r).tableDescription();
      return Outcome.ok(fields("status", d.tableStatus().name(), "count", d.itemCount()));
    });
  }

  @Override
  public Outcome describeTable(String table) {
    Recorder.capture("DescribeTable", new DescribeTableRequest(table));
    return run(() -> {
      TableDescription d = engine.describeTable(new DescribeTableRequest(table)).table();
      List<String> gsis = new ArrayList<>();
      if (d.globalSecondaryIndexes() != null) {
        d.globalSecondaryIndexes().forEach(g -> gsis.add(g.indexName() + "=" + g.itemCount()));
      }
      return Outcome.ok(fields("count", d.itemCount(), "size", d.tableSizeBytes(),
          "keys", d.keySchema().stream().map(k -> k.attributeName() + " " + k.keyType()).toList(), "gsis", gsis));
    });
  }

  @Override
  public Outcome updateTable(UpdateTableRequest r) {
    Recorder.capture("UpdateTable", r);
    return run(() -> {
      TableDescription d = engine.updateTable(r).tableDescription();
      return Outcome.ok(fields("status", d.tableStatus().name()));
    });
  }

  @Override
  public Outcome deleteTable(String table) {
    Recorder.capture("DeleteTable", new DeleteTableRequest(table));
    return run(() -> {
      engine.deleteTable(new DeleteTableRequest(table));
      return Outcome.ok();
    });
  }

  @Override
  public Outcome listTables(String start, Integer limit) {
    Recorder.capture("ListTables", new ListTablesRequest(start, limit));
    return run(() -> {
      ListTablesResponse r = engine.listTables(new ListTablesRequest(start, limit));
      return Outcome.ok(fields("names", r.tableNames(), "last", r.lastEvaluatedTableName()));
    });
  }

  @Override
  public Outcome put(PutItemRequest r) {
    Recorder.capture("PutItem", r);
    return run(() -> {
      PutItemResponse p = engine.putItem(r);
      return Outcome.ok(fields("attributes", p.attributes(), "units", units(p.consumedCapacity()),
          "breakdown", breakdown(p.consumedCapacity()), "collection", p.itemCollectionMetrics() == null
              ? null : fields("key", p.itemCollectionMetrics().itemCollectionKey(), "sizeEstimateRangeGB",
              p.itemCollectionMetrics().sizeEstimateRangeGB())));
    });
  }

  @Override
  public Outcome get(GetItemRequest r) {
    Recorder.capture("GetItem", r);
    return run(() -> {
      GetItemResponse g = engine.getItem(r);
      return Outcome.ok(fields("item", g.item(), "units", units(g.consumedCapacity())));
    });
  }

  @Override
  public Outcome update(UpdateItemRequest r) {
    Recorder.capture("UpdateItem", r);
    return run(() -> {
      UpdateItemResponse u = engine.updateItem(r);
      return Outcome.ok(fields("attributes", u.attributes(), "units", units(u.consumedCapacity())));
    });
  }

  @Override
  public Outcome delete(DeleteItemRequest r) {
    Recorder.capture("DeleteItem", r);
    return run(() -> {
      DeleteItemResponse d = engine.deleteItem(r);
      return Outcome.ok(fields("attributes", d.attributes(), "units", units(d.consumedCapacity())));
    });
  }

  @Override
  public Outcome query(QueryRequest r) {
    Recorder.capture("Query", r);
    return run(() -> {
      QueryResponse q = engine.query(r);
      return Outcome.ok(fields("items", q.items(), "count", q.count(), "scanned",
          q.scannedCount(), "lek", q.lastEvaluatedKey(), "units", units(q.consumedCapacity()),
          "breakdown", breakdown(q.consumedCapacity())));
    });
  }

  @Override
  public Outcome scan(ScanRequest r) {
    Recorder.capture("Scan", r);
    return run(() -> {
      ScanResponse q = engine.scan(r);
      return Outcome.ok(fields("items", q.items() == null ? null : Sorting.sorted(q.items()),
          "count", q.count(), "scanned", q.scannedCount(), "units",
          units(q.consumedCapacity())));
    });
  }

  @Override
  public Outcome batchGet(BatchGetItemRequest r) {
    Recorder.capture("BatchGetItem", r);
    return run(() -> {
      BatchGetItemResponse b = engine.batchGetItem(r);
      Map<String, Object> responses = new LinkedHashMap<>();
      b.responses().forEach((t, items) -> responses.put(t, Sorting.sorted(items)));
      return Outcome.ok(fields("responses", responses, "unprocessed", b.unprocessedKeys().size()));
    });
  }

  @Override
  public Outcome batchWrite(BatchWriteItemRequest r) {
    Recorder.capture("BatchWriteItem", r);
    return run(() -> {
      BatchWriteItemResponse b = engine.batchWriteItem(r);
      return Outcome.ok(fields("unprocessed", b.unprocessedItems().size()));
    });
  }

  @Override
  public Outcome transactWrite(TransactWriteItemsRequest r) {
    Recorder.capture("TransactWriteItems", r);
    return run(() -> {
      engine.transactWriteItems(r);
      return Outcome.ok();
    });
  }

  @Override
  public Outcome transactGet(TransactGetItemsRequest r) {
    Recorder.capture("TransactGetItems", r);
    return run(() -> {
      List<Object> items = new ArrayList<>();
      engine.transactGetItems(r).responses().forEach(i -> items.add(
          i.item() == null ? "none" : i.item()));
      return Outcome.ok(fields("items", items));
    });
  }
}
