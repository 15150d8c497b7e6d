package dev.keyway.bench;

import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BatchWriteItemResponse;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.CreateTableResponse;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteItemResponse;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DeleteTableResponse;
import dev.keyway.ops.DescribeEndpointsRequest;
import dev.keyway.ops.DescribeEndpointsResponse;
import dev.keyway.ops.DescribeLimitsRequest;
import dev.keyway.ops.DescribeLimitsResponse;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTableResponse;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.DescribeTimeToLiveResponse;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetItemResponse;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ListTablesResponse;
import dev.keyway.ops.ListTagsOfResourceRequest;
import dev.keyway.ops.ListTagsOfResourceResponse;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.PutItemResponse;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.TagResourceRequest;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactGetItemsResponse;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.TransactWriteItemsResponse;
import dev.keyway.ops.UntagResourceRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateItemResponse;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTableResponse;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.UpdateTimeToLiveResponse;
import dev.keyway.ops.WriteRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bare floor of the engine benchmark: the same {@link Backend} requests served by plain
 * concurrent maps, with no validation, no expression parsing, no capacity, no size limits and no
 * isolation between the puts of a transaction. Each operation does the least its request needs:
 * find the table, read the key attributes, touch the map. What Keyway costs above this is what
 * its checks and DynamoDB's semantics cost.
 *
 * <p>It serves exactly the benchmark's requests: string keys, the key condition {@code PK = :pk}
 * (any single value is taken as the partition) and the update {@link BenchItems#UPDATE_EXPRESSION}
 * under {@link BenchItems#UPDATE_CONDITION}. Everything else throws.
 */
final class FloorBackend implements dev.keyway.spi.Backend {
  private final Map<String, FloorTable> tables = new ConcurrentHashMap<>();

  private FloorTable table(String name) {
    FloorTable table = tables.get(name);
    if (table == null) {
      throw new IllegalArgumentException("no table " + name);
    }
    return table;
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    String hash = null;
    String range = null;
    for (KeySchemaElement e : request.keySchema()) {
      if (e.keyType() == KeyType.HASH) {
        hash = e.attributeName();
      } else {
        range = e.attributeName();
      }
    }
    tables.put(request.tableName(), new FloorTable(hash, range));
    return CreateTableResponse.builder().build();
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    table(request.tableName()).put(request.item());
    return PutItemResponse.builder().build();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return GetItemResponse.builder().item(table(request.tableName()).get(request.key())).build();
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    table(request.tableName()).delete(request.key());
    return DeleteItemResponse.builder().build();
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    if (!BenchItems.UPDATE_EXPRESSION.equals(request.updateExpression())
        || !BenchItems.UPDATE_CONDITION.equals(request.conditionExpression())) {
      throw new UnsupportedOperationException("the floor serves the benchmark's update only");
    }
    Map<String, String> names = request.expressionAttributeNames();
    Map<String, AttributeValue> values = request.expressionAttributeValues();
    String set = names.get("#st");
    String add = names.get("#cnt");
    AttributeValue setValue = values.get(":st");
    AttributeValue.N addValue = (AttributeValue.N) values.get(":one");
    boolean updated =
        table(request.tableName())
            .update(
                request.key(),
                old -> {
                  Map<String, AttributeValue> item = new HashMap<>(old);
                  item.put(set, setValue);
                  AttributeValue.N count = (AttributeValue.N) old.get(add);
                  item.put(
                      add,
                      count == null ? addValue : new AttributeValue.N(count.value().add(addValue.value())));
                  return item;
                });
    if (!updated) {
      throw new ConditionalCheckFailedException();
    }
    return UpdateItemResponse.builder().build();
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    Map<String, AttributeValue> values = request.expressionAttributeValues();
    if (values == null || values.size() != 1) {
      throw new UnsupportedOperationException("the floor serves partition-equality queries only");
    }
    AttributeValue.S partition = (AttributeValue.S) values.values().iterator().next();
    List<Map<String, AttributeValue>> items = table(request.tableName()).partition(partition.value());
    return QueryResponse.builder().items(items).count(items.size()).scannedCount(items.size()).build();
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    request
        .requestItems()
        .forEach(
            (name, writes) -> {
              FloorTable table = table(name);
              for (WriteRequest write : writes) {
                if (write.putRequest() != null) {
                  table.put(write.putRequest().item());
                } else {
                  table.delete(write.deleteRequest().key());
                }
              }
            });
    return BatchWriteItemResponse.builder().unprocessedItems(Map.of()).build();
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    for (TransactWriteItem action : request.transactItems()) {
      if (action.put() == null) {
        throw new UnsupportedOperationException("the floor serves transactions of puts only");
      }
      table(action.put().tableName()).put(action.put().item());
    }
    return TransactWriteItemsResponse.builder().build();
  }

  @Override
  public void close() {
    tables.clear();
  }

  // --- not part of the benchmark -------------------------------------------------------------

  private static UnsupportedOperationException notMeasured() {
    return new UnsupportedOperationException("not part of the benchmark");
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    throw notMeasured();
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    throw notMeasured();
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    throw notMeasured();
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    throw notMeasured();
  }

  @Override
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    throw notMeasured();
  }

  @Override
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    throw notMeasured();
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    throw notMeasured();
  }

  @Override
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
    throw notMeasured();
  }

  @Override
  public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
    throw notMeasured();
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    throw notMeasured();
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    throw notMeasured();
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    throw notMeasured();
  }

  @Override
  public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
    throw notMeasured();
  }

  @Override
  public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.PutResourcePolicyResponse putResourcePolicy(dev.keyway.ops.PutResourcePolicyRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.GetResourcePolicyResponse getResourcePolicy(dev.keyway.ops.GetResourcePolicyRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.DeleteResourcePolicyResponse deleteResourcePolicy(dev.keyway.ops.DeleteResourcePolicyRequest request) {
    throw notMeasured();
  }

  // --- backups and point-in-time recovery: not measured ---

  @Override
  public dev.keyway.ops.CreateBackupResponse createBackup(dev.keyway.ops.CreateBackupRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.DescribeBackupResponse describeBackup(dev.keyway.ops.DescribeBackupRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.ListBackupsResponse listBackups(dev.keyway.ops.ListBackupsRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.DeleteBackupResponse deleteBackup(dev.keyway.ops.DeleteBackupRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.RestoreTableFromBackupResponse restoreTableFromBackup(dev.keyway.ops.RestoreTableFromBackupRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.UpdateContinuousBackupsResponse updateContinuousBackups(dev.keyway.ops.UpdateContinuousBackupsRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.DescribeContinuousBackupsResponse describeContinuousBackups(dev.keyway.ops.DescribeContinuousBackupsRequest request) {
    throw notMeasured();
  }

  @Override
  public dev.keyway.ops.RestoreTableToPointInTimeResponse restoreTableToPointInTime(dev.keyway.ops.RestoreTableToPointInTimeRequest request) {
    throw notMeasured();
  }
}
