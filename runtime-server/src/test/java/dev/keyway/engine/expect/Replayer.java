package dev.keyway.engine.expect;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.ops.*;
import dev.keyway.spi.Backend;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs one recorded request on a {@link Backend} and reduces the answer to the members an
 * expectation records: {@code {"ok": {...}}} with the compared response members, or
 * {@code {"error": {"__type", "message", ...}}}. The request is read by the engine's own JSON
 * protocol, so a file holds requests exactly as a DynamoDB client sends them.
 */
final class Replayer {
  private static final DynamoJsonProtocol PROTOCOL = new DynamoJsonProtocol();

  private final Backend backend;

  Replayer(Backend backend) {
    this.backend = backend;
  }

  /** The outcome tree of {@code op} (DynamoDB's operation name) with the request tree. */
  Map<String, Object> run(String op, Object request) {
    try {
      return Map.of("ok", AttributeJson.tree(fields(op, request)));
    } catch (TransactionCanceledException e) {
      List<Object> reasons = new ArrayList<>();
      e.reasons().forEach(r -> reasons.add(members("Code", r.code(), "Item", r.item())));
      return error(e, "CancellationReasons", reasons);
    } catch (ConditionalCheckFailedException e) {
      return error(e, "Item", e.item().orElse(null));
    } catch (DynamoDbException e) {
      return error(e, null, null);
    }
  }

  private static Map<String, Object> error(DynamoDbException e, String member, Object value) {
    Map<String, Object> error = members("__type", e.errorType(), "message", e.getMessage(), member, value);
    return Map.of("error", AttributeJson.tree(error));
  }

  private <R extends Record> R read(Class<R> type, Object request) {
    byte[] json = JsonText.compact(Repeats.expand(request)).getBytes(StandardCharsets.UTF_8);
    return PROTOCOL.read(type, json, 0, json.length);
  }

  private <R extends Record> Map<String, Object> call(Object request, Class<R> type,
      Function<R, Map<String, Object>> call) {
    return call.apply(read(type, request));
  }

  private Map<String, Object> fields(String op, Object request) {
    return switch (op) {
      case "CreateTable" -> call(request, CreateTableRequest.class, r -> {
        TableDescription d = backend.createTable(r).tableDescription();
        return members("status", d.tableStatus().name(), "count", d.itemCount());
      });
      case "DescribeTable" -> call(request, DescribeTableRequest.class, r -> {
        TableDescription d = backend.describeTable(r).table();
        List<String> gsis = new ArrayList<>();
        if (d.globalSecondaryIndexes() != null) {
          d.globalSecondaryIndexes().forEach(g -> gsis.add(g.indexName() + "=" + g.itemCount()));
        }
        return members("count", d.itemCount(), "size", d.tableSizeBytes(), "keys",
            d.keySchema().stream().map(k -> k.attributeName() + " " + k.keyType()).toList(),
            "gsis", gsis);
      });
      case "UpdateTable" -> call(request, UpdateTableRequest.class,
          r -> members("status", backend.updateTable(r).tableDescription().tableStatus().name()));
      case "DeleteTable" -> call(request, DeleteTableRequest.class, r -> {
        backend.deleteTable(r);
        return Map.of();
      });
      case "UpdateTimeToLive" -> call(request, UpdateTimeToLiveRequest.class, r -> {
        backend.updateTimeToLive(r);
        return Map.of();
      });
      case "ListTables" -> call(request, ListTablesRequest.class, r -> {
        ListTablesResponse l = backend.listTables(r);
        return members("names", l.tableNames(), "last", l.lastEvaluatedTableName());
      });
      case "PutItem" -> call(request, PutItemRequest.class, r -> {
        PutItemResponse p = backend.putItem(r);
        ItemCollectionMetrics m = p.itemCollectionMetrics();
        return members("attributes", p.attributes(), "units", units(p.consumedCapacity()),
            "breakdown", breakdown(p.consumedCapacity()), "collection", m == null ? null
                : members("key", m.itemCollectionKey(), "sizeEstimateRangeGB", m.sizeEstimateRangeGB()));
      });
      case "GetItem" -> call(request, GetItemRequest.class, r -> {
        GetItemResponse g = backend.getItem(r);
        return members("item", g.item(), "units", units(g.consumedCapacity()));
      });
      case "UpdateItem" -> call(request, UpdateItemRequest.class, r -> {
        UpdateItemResponse u = backend.updateItem(r);
        return members("attributes", u.attributes(), "units", units(u.consumedCapacity()));
      });
      case "DeleteItem" -> call(request, DeleteItemRequest.class, r -> {
        DeleteItemResponse d = backend.deleteItem(r);
        return members("attributes", d.attributes(), "units", units(d.consumedCapacity()));
      });
      case "Query" -> call(request, QueryRequest.class, r -> {
        QueryResponse q = backend.query(r);
        return members("items", q.items(), "count", q.count(), "scanned", q.scannedCount(),
            "lek", q.lastEvaluatedKey(), "units", units(q.consumedCapacity()),
            "breakdown", breakdown(q.consumedCapacity()));
      });
      case "Scan" -> call(request, ScanRequest.class, r -> {
        ScanResponse s = backend.scan(r);
        return members("items", s.items(), "count", s.count(), "scanned", s.scannedCount(),
            "units", units(s.consumedCapacity()));
      });
      case "BatchGetItem" -> call(request, BatchGetItemRequest.class, r -> {
        BatchGetItemResponse b = backend.batchGetItem(r);
        return members("responses", b.responses(), "unprocessed", b.unprocessedKeys().size());
      });
      case "BatchWriteItem" -> call(request, BatchWriteItemRequest.class,
          r -> members("unprocessed", backend.batchWriteItem(r).unprocessedItems().size()));
      case "TransactWriteItems" -> call(request, TransactWriteItemsRequest.class, r -> {
        backend.transactWriteItems(r);
        return Map.of();
      });
      case "TransactGetItems" -> call(request, TransactGetItemsRequest.class, r -> {
        List<Object> items = new ArrayList<>();
        backend.transactGetItems(r).responses()
            .forEach(i -> items.add(i.item() == null ? "none" : i.item()));
        return members("items", items);
      });
      default -> throw new IllegalArgumentException("no recorded projection for operation " + op);
    };
  }

  private static Double units(ConsumedCapacity c) {
    return c == null ? null : c.capacityUnits();
  }

  /** Capacity per table and index, as ReturnConsumedCapacity INDEXES reports it. */
  private static Map<String, Object> breakdown(ConsumedCapacity c) {
    if (c == null || c.table() == null) {
      return null;
    }
    Map<String, Object> m = new TreeMap<>();
    m.put("table", c.table().capacityUnits());
    if (c.globalSecondaryIndexes() != null) {
      c.globalSecondaryIndexes().forEach((k, v) -> m.put("gsi " + k, v.capacityUnits()));
    }
    if (c.localSecondaryIndexes() != null) {
      c.localSecondaryIndexes().forEach((k, v) -> m.put("lsi " + k, v.capacityUnits()));
    }
    return m;
  }

  /** Alternating names and values; absent (null) values are left out, as DynamoDB omits them. */
  private static Map<String, Object> members(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i] != null && pairs[i + 1] != null) {
        m.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return m;
  }
}
