package dev.keyway.aws;

import dev.keyway.spi.Backend;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link Backend} over any AWS SDK v2 {@link DynamoDbClient}: Amazon DynamoDB, Keyway's own
 * server, or anything else that speaks DynamoDB's protocol. Each method calls the client method of its
 * {@link Operations} entry, converting through {@link SdkOperation}; service errors become
 * Keyway's {@link dev.keyway.error.DynamoDbException} subclasses by {@link SdkErrors}.
 */
public final class AwsBackend implements Backend {
  private final DynamoDbClient client;
  private final boolean ownsClient;

  private AwsBackend(DynamoDbClient client, boolean ownsClient) {
    this.client = Objects.requireNonNull(client, "client");
    this.ownsClient = ownsClient;
  }

  /** A backend over a client the caller keeps and closes. */
  public static AwsBackend of(DynamoDbClient client) {
    return new AwsBackend(client, false);
  }

  /** A backend that closes the client when it is closed. */
  public static AwsBackend owning(DynamoDbClient client) {
    return new AwsBackend(client, true);
  }

  public DynamoDbClient client() {
    return client;
  }

  private <Q extends Record, R> R call(Operation<Q, R> operation, Q request) {
    return SdkOperation.of(operation).call(client, request);
  }

  @Override
  public dev.keyway.ops.PutItemResponse putItem(dev.keyway.ops.PutItemRequest request) {
    return call(Operations.PUT_ITEM, request);
  }

  @Override
  public dev.keyway.ops.GetItemResponse getItem(dev.keyway.ops.GetItemRequest request) {
    return call(Operations.GET_ITEM, request);
  }

  @Override
  public dev.keyway.ops.UpdateItemResponse updateItem(dev.keyway.ops.UpdateItemRequest request) {
    return call(Operations.UPDATE_ITEM, request);
  }

  @Override
  public dev.keyway.ops.DeleteItemResponse deleteItem(dev.keyway.ops.DeleteItemRequest request) {
    return call(Operations.DELETE_ITEM, request);
  }

  @Override
  public dev.keyway.ops.QueryResponse query(dev.keyway.ops.QueryRequest request) {
    return call(Operations.QUERY, request);
  }

  @Override
  public dev.keyway.ops.ScanResponse scan(dev.keyway.ops.ScanRequest request) {
    return call(Operations.SCAN, request);
  }

  @Override
  public dev.keyway.ops.BatchGetItemResponse batchGetItem(dev.keyway.ops.BatchGetItemRequest request) {
    return call(Operations.BATCH_GET_ITEM, request);
  }

  @Override
  public dev.keyway.ops.BatchWriteItemResponse batchWriteItem(dev.keyway.ops.BatchWriteItemRequest request) {
    return call(Operations.BATCH_WRITE_ITEM, request);
  }

  @Override
  public dev.keyway.ops.TransactGetItemsResponse transactGetItems(dev.keyway.ops.TransactGetItemsRequest request) {
    return call(Operations.TRANSACT_GET_ITEMS, request);
  }

  @Override
  public dev.keyway.ops.TransactWriteItemsResponse transactWriteItems(dev.keyway.ops.TransactWriteItemsRequest request) {
    return call(Operations.TRANSACT_WRITE_ITEMS, request);
  }

  @Override
  public dev.keyway.ops.ExecuteStatementResponse executeStatement(dev.keyway.ops.ExecuteStatementRequest request) {
    return call(Operations.EXECUTE_STATEMENT, request);
  }

  @Override
  public dev.keyway.ops.BatchExecuteStatementResponse batchExecuteStatement(dev.keyway.ops.BatchExecuteStatementRequest request) {
    return call(Operations.BATCH_EXECUTE_STATEMENT, request);
  }

  @Override
  public dev.keyway.ops.ExecuteTransactionResponse executeTransaction(dev.keyway.ops.ExecuteTransactionRequest request) {
    return call(Operations.EXECUTE_TRANSACTION, request);
  }

  @Override
  public dev.keyway.ops.CreateTableResponse createTable(dev.keyway.ops.CreateTableRequest request) {
    return call(Operations.CREATE_TABLE, request);
  }

  @Override
  public dev.keyway.ops.DescribeTableResponse describeTable(dev.keyway.ops.DescribeTableRequest request) {
    return call(Operations.DESCRIBE_TABLE, request);
  }

  @Override
  public dev.keyway.ops.UpdateTableResponse updateTable(dev.keyway.ops.UpdateTableRequest request) {
    return call(Operations.UPDATE_TABLE, request);
  }

  @Override
  public dev.keyway.ops.DeleteTableResponse deleteTable(dev.keyway.ops.DeleteTableRequest request) {
    return call(Operations.DELETE_TABLE, request);
  }

  @Override
  public dev.keyway.ops.ListTablesResponse listTables(dev.keyway.ops.ListTablesRequest request) {
    return call(Operations.LIST_TABLES, request);
  }

  @Override
  public dev.keyway.ops.UpdateTimeToLiveResponse updateTimeToLive(dev.keyway.ops.UpdateTimeToLiveRequest request) {
    return call(Operations.UPDATE_TIME_TO_LIVE, request);
  }

  @Override
  public dev.keyway.ops.DescribeTimeToLiveResponse describeTimeToLive(dev.keyway.ops.DescribeTimeToLiveRequest request) {
    return call(Operations.DESCRIBE_TIME_TO_LIVE, request);
  }

  @Override
  public dev.keyway.ops.ListTagsOfResourceResponse listTagsOfResource(dev.keyway.ops.ListTagsOfResourceRequest request) {
    return call(Operations.LIST_TAGS_OF_RESOURCE, request);
  }

  @Override
  public dev.keyway.ops.DescribeLimitsResponse describeLimits(dev.keyway.ops.DescribeLimitsRequest request) {
    return call(Operations.DESCRIBE_LIMITS, request);
  }

  @Override
  public dev.keyway.ops.DescribeEndpointsResponse describeEndpoints(dev.keyway.ops.DescribeEndpointsRequest request) {
    return call(Operations.DESCRIBE_ENDPOINTS, request);
  }

  // --- backups and point-in-time recovery ---

  @Override
  public dev.keyway.ops.CreateBackupResponse createBackup(dev.keyway.ops.CreateBackupRequest request) {
    return call(Operations.CREATE_BACKUP, request);
  }

  @Override
  public dev.keyway.ops.DescribeBackupResponse describeBackup(dev.keyway.ops.DescribeBackupRequest request) {
    return call(Operations.DESCRIBE_BACKUP, request);
  }

  @Override
  public dev.keyway.ops.ListBackupsResponse listBackups(dev.keyway.ops.ListBackupsRequest request) {
    return call(Operations.LIST_BACKUPS, request);
  }

  @Override
  public dev.keyway.ops.DeleteBackupResponse deleteBackup(dev.keyway.ops.DeleteBackupRequest request) {
    return call(Operations.DELETE_BACKUP, request);
  }

  @Override
  public dev.keyway.ops.RestoreTableFromBackupResponse restoreTableFromBackup(dev.keyway.ops.RestoreTableFromBackupRequest request) {
    return call(Operations.RESTORE_TABLE_FROM_BACKUP, request);
  }

  @Override
  public dev.keyway.ops.UpdateContinuousBackupsResponse updateContinuousBackups(dev.keyway.ops.UpdateContinuousBackupsRequest request) {
    return call(Operations.UPDATE_CONTINUOUS_BACKUPS, request);
  }

  @Override
  public dev.keyway.ops.DescribeContinuousBackupsResponse describeContinuousBackups(dev.keyway.ops.DescribeContinuousBackupsRequest request) {
    return call(Operations.DESCRIBE_CONTINUOUS_BACKUPS, request);
  }

  @Override
  public dev.keyway.ops.RestoreTableToPointInTimeResponse restoreTableToPointInTime(dev.keyway.ops.RestoreTableToPointInTimeRequest request) {
    return call(Operations.RESTORE_TABLE_TO_POINT_IN_TIME, request);
  }

  @Override
  public dev.keyway.ops.PutResourcePolicyResponse putResourcePolicy(dev.keyway.ops.PutResourcePolicyRequest request) {
    return call(Operations.PUT_RESOURCE_POLICY, request);
  }

  @Override
  public dev.keyway.ops.GetResourcePolicyResponse getResourcePolicy(dev.keyway.ops.GetResourcePolicyRequest request) {
    return call(Operations.GET_RESOURCE_POLICY, request);
  }

  @Override
  public dev.keyway.ops.DeleteResourcePolicyResponse deleteResourcePolicy(dev.keyway.ops.DeleteResourcePolicyRequest request) {
    return call(Operations.DELETE_RESOURCE_POLICY, request);
  }

  @Override
  public void tagResource(dev.keyway.ops.TagResourceRequest request) {
    call(Operations.TAG_RESOURCE, request);
  }

  @Override
  public void untagResource(dev.keyway.ops.UntagResourceRequest request) {
    call(Operations.UNTAG_RESOURCE, request);
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
