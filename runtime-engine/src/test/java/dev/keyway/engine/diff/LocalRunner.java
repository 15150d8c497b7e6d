package dev.keyway.engine.diff;

import static dev.keyway.engine.diff.EngineRunner.fields;
import static dev.keyway.engine.diff.SdkValues.fromSdk;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Runs requests on DynamoDB Local embedded, through the AWS SDK v2. */
public final class LocalRunner implements Runner, AutoCloseable {
  private final AmazonDynamoDBLocal local = DynamoDBEmbedded.create();
  private final DynamoDbClient client = local.dynamoDbClient();

  @Override
  public void close() {
    client.close();
    local.shutdown();
  }

  private static Outcome run(Supplier<Outcome> call) {
    try {
      return call.get();
    } catch (TransactionCanceledException e) {
      List<Object> reasons = new ArrayList<>();
      e.cancellationReasons().forEach(r -> reasons.add(r.code()
          + (r.hasItem() ? " " + Canon.render(fromSdk(r.item())) : "")));
      return new Outcome("TransactionCanceledException", e.awsErrorDetails().errorMessage(),
          Map.of("reasons", reasons));
    } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException e) {
      return new Outcome("ConditionalCheckFailedException", e.awsErrorDetails().errorMessage(),
          e.hasItem() ? Map.of("item", fromSdk(e.item())) : Map.of());
    } catch (DynamoDbException e) {
      return Outcome.error(e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage());
    }
  }

  private static String breakdown(software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity c) {
    if (c == null || c.table() == null) {
      return null;
    }
    Map<String, Object> m = new java.util.TreeMap<>();
    m.put("table", c.table().capacityUnits());
    c.globalSecondaryIndexes().forEach((k, v) -> m.put("gsi " + k, v.capacityUnits()));
    c.localSecondaryIndexes().forEach((k, v) -> m.put("lsi " + k, v.capacityUnits()));
    return m.toString();
  }

  private static Double units(software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity c) {
    return c == null ? null : c.capacityUnits();
  }

  private static List<Map<String, AttributeValue>> items(
      List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    items.forEach(i -> out.add(fromSdk(i)));
    return out;
  }

  private static Map<String, AttributeValue> attrs(
      boolean has, Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> m) {
    return has ? fromSdk(m) : null;
  }

  @Override
  public Outcome createTable(CreateTableRequest r) {
    return run(() -> {
      var d = client.createTable(SdkRequests.create(r)).tableDescription();
      return Outcome.ok(fields("status", d.tableStatusAsString(), "count", d.itemCount()));
    });
  }

  @Override
  public Outcome describeTable(String table) {
    return run(() -> {
      var d = client.describeTable(b -> b.tableName(table)).table();
      List<String> gsis = new ArrayList<>();
      d.globalSecondaryIndexes().forEach(g -> gsis.add(g.indexName() + "=" + g.itemCount()));
      List<KeySchemaElement> keys = new ArrayList<>();
      d.keySchema().forEach(k -> keys.add(new KeySchemaElement(k.attributeName(),
          KeyType.valueOf(k.keyTypeAsString()))));
      return Outcome.ok(fields("count", d.itemCount(), "size", d.tableSizeBytes(),
          "keys", keys.toString(), "gsis", gsis));
    });
  }

  @Override
  public Outcome updateTable(UpdateTableRequest r) {
    return run(() -> {
      var d = client.updateTable(SdkRequests.updateTable(r)).tableDescription();
      return Outcome.ok(fields("status", d.tableStatusAsString()));
    });
  }

  @Override
  public Outcome deleteTable(String table) {
    return run(() -> {
      client.deleteTable(b -> b.tableName(table));
      return Outcome.ok();
    });
  }

  @Override
  public Outcome listTables(String start, Integer limit) {
    return run(() -> {
      var r = client.listTables(b -> b.exclusiveStartTableName(start).limit(limit));
      return Outcome.ok(fields("names", r.tableNames(), "last", r.lastEvaluatedTableName()));
    });
  }

  @Override
  public Outcome put(PutItemRequest r) {
    return run(() -> {
      var p = client.putItem(SdkRequests.put(r));
      var icm = p.itemCollectionMetrics();
      return Outcome.ok(fields("attributes", attrs(p.hasAttributes(), p.attributes()),
          "units", units(p.consumedCapacity()), "breakdown", breakdown(p.consumedCapacity()),
          "collection", icm == null ? null : fromSdk(icm.itemCollectionKey()) + " "
              + icm.sizeEstimateRangeGB()));
    });
  }

  @Override
  public Outcome get(GetItemRequest r) {
    return run(() -> {
      var g = client.getItem(SdkRequests.get(r));
      return Outcome.ok(fields("item", attrs(g.hasItem(), g.item()),
          "units", units(g.consumedCapacity())));
    });
  }

  @Override
  public Outcome update(UpdateItemRequest r) {
    return run(() -> {
      var u = client.updateItem(SdkRequests.update(r));
      return Outcome.ok(fields("attributes", attrs(u.hasAttributes(), u.attributes()),
          "units", units(u.consumedCapacity())));
    });
  }

  @Override
  public Outcome delete(DeleteItemRequest r) {
    return run(() -> {
      var d = client.deleteItem(SdkRequests.delete(r));
      return Outcome.ok(fields("attributes", attrs(d.hasAttributes(), d.attributes()),
          "units", units(d.consumedCapacity())));
    });
  }

  @Override
  public Outcome query(QueryRequest r) {
    return run(() -> {
      var q = client.query(SdkRequests.query(r));
      return Outcome.ok(fields("items", q.hasItems() ? items(q.items()) : null, "count", q.count(),
          "scanned", q.scannedCount(), "lek", attrs(q.hasLastEvaluatedKey(), q.lastEvaluatedKey()),
          "units", units(q.consumedCapacity()), "breakdown", breakdown(q.consumedCapacity())));
    });
  }

  @Override
  public Outcome scan(ScanRequest r) {
    return run(() -> {
      var q = client.scan(SdkRequests.scan(r));
      return Outcome.ok(fields("items", q.hasItems() ? Sorting.sorted(items(q.items())) : null,
          "count", q.count(), "scanned", q.scannedCount(), "units", units(q.consumedCapacity())));
    });
  }

  @Override
  public Outcome batchGet(BatchGetItemRequest r) {
    return run(() -> {
      var b = client.batchGetItem(SdkRequests.batchGet(r));
      Map<String, Object> responses = new LinkedHashMap<>();
      b.responses().forEach((t, list) -> responses.put(t, Sorting.sorted(items(list))));
      return Outcome.ok(fields("responses", responses, "unprocessed", b.unprocessedKeys().size()));
    });
  }

  @Override
  public Outcome batchWrite(BatchWriteItemRequest r) {
    return run(() -> {
      var b = client.batchWriteItem(SdkRequests.batchWrite(r));
      return Outcome.ok(fields("unprocessed", b.unprocessedItems().size()));
    });
  }

  @Override
  public Outcome transactWrite(TransactWriteItemsRequest r) {
    return run(() -> {
      client.transactWriteItems(SdkRequests.transactWrite(r));
      return Outcome.ok();
    });
  }

  @Override
  public Outcome transactGet(TransactGetItemsRequest r) {
    return run(() -> {
      List<Object> out = new ArrayList<>();
      client.transactGetItems(SdkRequests.transactGet(r)).responses().forEach(i ->
          out.add(i.hasItem() ? fromSdk(i.item()) : "none"));
      return Outcome.ok(fields("items", out));
    });
  }
}
