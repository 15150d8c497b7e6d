package dev.keyway.spi;

import dev.keyway.ops.BatchExecuteStatementRequest;
import dev.keyway.ops.BatchExecuteStatementResponse;
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
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteStatementResponse;
import dev.keyway.ops.ExecuteTransactionRequest;
import dev.keyway.ops.ExecuteTransactionResponse;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetItemResponse;
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
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.TransactWriteItemsResponse;
import dev.keyway.ops.UntagResourceRequest;
import dev.keyway.ops.PutResourcePolicyRequest;
import dev.keyway.ops.PutResourcePolicyResponse;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.GetResourcePolicyResponse;
import dev.keyway.ops.DeleteResourcePolicyRequest;
import dev.keyway.ops.DeleteResourcePolicyResponse;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateItemResponse;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTableResponse;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.UpdateTimeToLiveResponse;

/**
 * A DynamoDB API (version 2012-08-10): what generated code and users call. Keyway's bundled engine
 * and the AWS SDK v2 adapter implement it; requests and responses have DynamoDB's field names and
 * meanings.
 *
 * <p>Failures are thrown as subclasses of {@link dev.keyway.error.DynamoDbException} carrying
 * DynamoDB's error type and message. Implementations are safe for use by many threads.
 *
 * <p>Each method has one entry in {@link Operations}, through which generic layers (the server,
 * the SDK adapters) dispatch; {@link Interceptors#wrap} puts interceptors in front of every method.
 */
public interface Backend extends AutoCloseable {

  // --- items ---------------------------------------------------------------------------------

  PutItemResponse putItem(PutItemRequest request);

  GetItemResponse getItem(GetItemRequest request);

  UpdateItemResponse updateItem(UpdateItemRequest request);

  DeleteItemResponse deleteItem(DeleteItemRequest request);

  QueryResponse query(QueryRequest request);

  ScanResponse scan(ScanRequest request);

  BatchGetItemResponse batchGetItem(BatchGetItemRequest request);

  BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request);

  TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request);

  TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request);

  // --- PartiQL ------------------------------------------------------------------------------

  ExecuteStatementResponse executeStatement(ExecuteStatementRequest request);

  BatchExecuteStatementResponse batchExecuteStatement(BatchExecuteStatementRequest request);

  ExecuteTransactionResponse executeTransaction(ExecuteTransactionRequest request);

  // --- tables --------------------------------------------------------------------------------

  CreateTableResponse createTable(CreateTableRequest request);

  DescribeTableResponse describeTable(DescribeTableRequest request);

  UpdateTableResponse updateTable(UpdateTableRequest request);

  DeleteTableResponse deleteTable(DeleteTableRequest request);

  ListTablesResponse listTables(ListTablesRequest request);

  UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request);

  DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request);

  void tagResource(TagResourceRequest request);

  void untagResource(UntagResourceRequest request);

  ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request);

  PutResourcePolicyResponse putResourcePolicy(PutResourcePolicyRequest request);

  GetResourcePolicyResponse getResourcePolicy(GetResourcePolicyRequest request);

  DeleteResourcePolicyResponse deleteResourcePolicy(DeleteResourcePolicyRequest request);

  DescribeLimitsResponse describeLimits(DescribeLimitsRequest request);

  DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request);


  // --- backups and point-in-time recovery (docs/backups.md) ---------------------------------

  /** An on-demand backup of a table's items and definition. */
  dev.keyway.ops.CreateBackupResponse createBackup(dev.keyway.ops.CreateBackupRequest request);

  /** A backup and the table it was taken of. */
  dev.keyway.ops.DescribeBackupResponse describeBackup(dev.keyway.ops.DescribeBackupRequest request);

  /** Backups by creation time, optionally of one table and within a time range. */
  dev.keyway.ops.ListBackupsResponse listBackups(dev.keyway.ops.ListBackupsRequest request);

  /** Deletes a backup; the answer describes it as DELETED. */
  dev.keyway.ops.DeleteBackupResponse deleteBackup(dev.keyway.ops.DeleteBackupRequest request);

  /** A new table with a backup's items and indexes. */
  dev.keyway.ops.RestoreTableFromBackupResponse restoreTableFromBackup(dev.keyway.ops.RestoreTableFromBackupRequest request);

  /** Turns point-in-time recovery on or off for a table. */
  dev.keyway.ops.UpdateContinuousBackupsResponse updateContinuousBackups(dev.keyway.ops.UpdateContinuousBackupsRequest request);

  /** A table's point-in-time recovery status and restorable window. */
  dev.keyway.ops.DescribeContinuousBackupsResponse describeContinuousBackups(dev.keyway.ops.DescribeContinuousBackupsRequest request);

  /** A new table as the source table was at a second of its recovery window. */
  dev.keyway.ops.RestoreTableToPointInTimeResponse restoreTableToPointInTime(dev.keyway.ops.RestoreTableToPointInTimeRequest request);

  /**
   * The time of this backend: the generated repositories stamp {@code @CreatedAt} and {@code
   * @UpdatedAt} with it. The system clock (UTC) unless the backend keeps its own, as the engine
   * does (the clock it was built with: a {@code ManualClock} in tests moves the stamps too).
   */
  default java.time.Clock clock() {
    return java.time.Clock.systemUTC();
  }

  /** Releases what the backend holds (threads, files, connections). Idempotent. */
  @Override
  void close();
}
