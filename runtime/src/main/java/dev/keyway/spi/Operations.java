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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The registry: every operation Keyway serves, each listed once. The wire protocol, the server, the
 * SDK adapters and {@link Interceptors} all derive from this list; a test in the engine module
 * fails when a layer lacks one of its entries. To add an operation, see docs/operations.md.
 */
public final class Operations {
  // Filled by define() as the constants below initialize, so it must be declared first.
  private static final List<Operation<?, ?>> ALL = new ArrayList<>();

  // --- items ---------------------------------------------------------------------------------

  // snippet:start put-item (docs/operations.md)
  public static final Operation<PutItemRequest, PutItemResponse> PUT_ITEM =
      define("PutItem", PutItemRequest.class, PutItemResponse.class, Backend::putItem);
  // snippet:end put-item
  public static final Operation<GetItemRequest, GetItemResponse> GET_ITEM =
      define("GetItem", GetItemRequest.class, GetItemResponse.class, Backend::getItem);
  public static final Operation<UpdateItemRequest, UpdateItemResponse> UPDATE_ITEM =
      define("UpdateItem", UpdateItemRequest.class, UpdateItemResponse.class, Backend::updateItem);
  public static final Operation<DeleteItemRequest, DeleteItemResponse> DELETE_ITEM =
      define("DeleteItem", DeleteItemRequest.class, DeleteItemResponse.class, Backend::deleteItem);
  public static final Operation<QueryRequest, QueryResponse> QUERY =
      define("Query", QueryRequest.class, QueryResponse.class, Backend::query);
  public static final Operation<ScanRequest, ScanResponse> SCAN =
      define("Scan", ScanRequest.class, ScanResponse.class, Backend::scan);
  public static final Operation<BatchGetItemRequest, BatchGetItemResponse> BATCH_GET_ITEM =
      define("BatchGetItem", BatchGetItemRequest.class, BatchGetItemResponse.class, Backend::batchGetItem);
  public static final Operation<BatchWriteItemRequest, BatchWriteItemResponse> BATCH_WRITE_ITEM =
      define("BatchWriteItem", BatchWriteItemRequest.class, BatchWriteItemResponse.class, Backend::batchWriteItem);
  public static final Operation<TransactGetItemsRequest, TransactGetItemsResponse> TRANSACT_GET_ITEMS =
      define("TransactGetItems", TransactGetItemsRequest.class, TransactGetItemsResponse.class, Backend::transactGetItems);
  public static final Operation<TransactWriteItemsRequest, TransactWriteItemsResponse> TRANSACT_WRITE_ITEMS =
      define("TransactWriteItems", TransactWriteItemsRequest.class, TransactWriteItemsResponse.class, Backend::transactWriteItems);

  // --- PartiQL ------------------------------------------------------------------------------

  public static final Operation<ExecuteStatementRequest, ExecuteStatementResponse> EXECUTE_STATEMENT =
      define("ExecuteStatement", ExecuteStatementRequest.class, ExecuteStatementResponse.class, Backend::executeStatement);
  public static final Operation<BatchExecuteStatementRequest, BatchExecuteStatementResponse> BATCH_EXECUTE_STATEMENT =
      define("BatchExecuteStatement", BatchExecuteStatementRequest.class, BatchExecuteStatementResponse.class, Backend::batchExecuteStatement);
  public static final Operation<ExecuteTransactionRequest, ExecuteTransactionResponse> EXECUTE_TRANSACTION =
      define("ExecuteTransaction", ExecuteTransactionRequest.class, ExecuteTransactionResponse.class, Backend::executeTransaction);

  // --- tables --------------------------------------------------------------------------------

  public static final Operation<CreateTableRequest, CreateTableResponse> CREATE_TABLE =
      define("CreateTable", CreateTableRequest.class, CreateTableResponse.class, Backend::createTable);
  public static final Operation<DescribeTableRequest, DescribeTableResponse> DESCRIBE_TABLE =
      define("DescribeTable", DescribeTableRequest.class, DescribeTableResponse.class, Backend::describeTable);
  public static final Operation<UpdateTableRequest, UpdateTableResponse> UPDATE_TABLE =
      define("UpdateTable", UpdateTableRequest.class, UpdateTableResponse.class, Backend::updateTable);
  public static final Operation<DeleteTableRequest, DeleteTableResponse> DELETE_TABLE =
      define("DeleteTable", DeleteTableRequest.class, DeleteTableResponse.class, Backend::deleteTable);
  public static final Operation<ListTablesRequest, ListTablesResponse> LIST_TABLES =
      define("ListTables", ListTablesRequest.class, ListTablesResponse.class, Backend::listTables);
  public static final Operation<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse> UPDATE_TIME_TO_LIVE =
      define("UpdateTimeToLive", UpdateTimeToLiveRequest.class, UpdateTimeToLiveResponse.class, Backend::updateTimeToLive);
  public static final Operation<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse> DESCRIBE_TIME_TO_LIVE =
      define("DescribeTimeToLive", DescribeTimeToLiveRequest.class, DescribeTimeToLiveResponse.class, Backend::describeTimeToLive);
  public static final Operation<TagResourceRequest, Void> TAG_RESOURCE =
      defineWithoutResponse("TagResource", TagResourceRequest.class, Backend::tagResource);
  public static final Operation<UntagResourceRequest, Void> UNTAG_RESOURCE =
      defineWithoutResponse("UntagResource", UntagResourceRequest.class, Backend::untagResource);
  public static final Operation<ListTagsOfResourceRequest, ListTagsOfResourceResponse> LIST_TAGS_OF_RESOURCE =
      define("ListTagsOfResource", ListTagsOfResourceRequest.class, ListTagsOfResourceResponse.class, Backend::listTagsOfResource);
  public static final Operation<DescribeLimitsRequest, DescribeLimitsResponse> DESCRIBE_LIMITS =
      define("DescribeLimits", DescribeLimitsRequest.class, DescribeLimitsResponse.class, Backend::describeLimits);
  public static final Operation<DescribeEndpointsRequest, DescribeEndpointsResponse> DESCRIBE_ENDPOINTS =
      define("DescribeEndpoints", DescribeEndpointsRequest.class, DescribeEndpointsResponse.class, Backend::describeEndpoints);

  // --- resource-based policies ----------------------------------------------------------------

  public static final Operation<PutResourcePolicyRequest, PutResourcePolicyResponse> PUT_RESOURCE_POLICY =
      define("PutResourcePolicy", PutResourcePolicyRequest.class, PutResourcePolicyResponse.class, Backend::putResourcePolicy);
  public static final Operation<GetResourcePolicyRequest, GetResourcePolicyResponse> GET_RESOURCE_POLICY =
      define("GetResourcePolicy", GetResourcePolicyRequest.class, GetResourcePolicyResponse.class, Backend::getResourcePolicy);
  public static final Operation<DeleteResourcePolicyRequest, DeleteResourcePolicyResponse> DELETE_RESOURCE_POLICY =
      define("DeleteResourcePolicy", DeleteResourcePolicyRequest.class, DeleteResourcePolicyResponse.class, Backend::deleteResourcePolicy);

  // --- backups and point-in-time recovery ----------------------------------------------------

  public static final Operation<dev.keyway.ops.CreateBackupRequest, dev.keyway.ops.CreateBackupResponse> CREATE_BACKUP =
      define("CreateBackup", dev.keyway.ops.CreateBackupRequest.class, dev.keyway.ops.CreateBackupResponse.class, Backend::createBackup);
  public static final Operation<dev.keyway.ops.DescribeBackupRequest, dev.keyway.ops.DescribeBackupResponse> DESCRIBE_BACKUP =
      define("DescribeBackup", dev.keyway.ops.DescribeBackupRequest.class, dev.keyway.ops.DescribeBackupResponse.class, Backend::describeBackup);
  public static final Operation<dev.keyway.ops.ListBackupsRequest, dev.keyway.ops.ListBackupsResponse> LIST_BACKUPS =
      define("ListBackups", dev.keyway.ops.ListBackupsRequest.class, dev.keyway.ops.ListBackupsResponse.class, Backend::listBackups);
  public static final Operation<dev.keyway.ops.DeleteBackupRequest, dev.keyway.ops.DeleteBackupResponse> DELETE_BACKUP =
      define("DeleteBackup", dev.keyway.ops.DeleteBackupRequest.class, dev.keyway.ops.DeleteBackupResponse.class, Backend::deleteBackup);
  public static final Operation<dev.keyway.ops.RestoreTableFromBackupRequest, dev.keyway.ops.RestoreTableFromBackupResponse> RESTORE_TABLE_FROM_BACKUP =
      define("RestoreTableFromBackup", dev.keyway.ops.RestoreTableFromBackupRequest.class, dev.keyway.ops.RestoreTableFromBackupResponse.class, Backend::restoreTableFromBackup);
  public static final Operation<dev.keyway.ops.UpdateContinuousBackupsRequest, dev.keyway.ops.UpdateContinuousBackupsResponse> UPDATE_CONTINUOUS_BACKUPS =
      define("UpdateContinuousBackups", dev.keyway.ops.UpdateContinuousBackupsRequest.class, dev.keyway.ops.UpdateContinuousBackupsResponse.class, Backend::updateContinuousBackups);
  public static final Operation<dev.keyway.ops.DescribeContinuousBackupsRequest, dev.keyway.ops.DescribeContinuousBackupsResponse> DESCRIBE_CONTINUOUS_BACKUPS =
      define("DescribeContinuousBackups", dev.keyway.ops.DescribeContinuousBackupsRequest.class, dev.keyway.ops.DescribeContinuousBackupsResponse.class, Backend::describeContinuousBackups);
  public static final Operation<dev.keyway.ops.RestoreTableToPointInTimeRequest, dev.keyway.ops.RestoreTableToPointInTimeResponse> RESTORE_TABLE_TO_POINT_IN_TIME =
      define("RestoreTableToPointInTime", dev.keyway.ops.RestoreTableToPointInTimeRequest.class, dev.keyway.ops.RestoreTableToPointInTimeResponse.class, Backend::restoreTableToPointInTime);

  private static final Map<String, Operation<?, ?>> BY_NAME = byName();

  private Operations() {}

  /** Every operation, in the order declared above. */
  public static List<Operation<?, ?>> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The operation with DynamoDB's name {@code name} (e.g. {@code "PutItem"}), if Keyway serves it. */
  public static Optional<Operation<?, ?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static <Q extends Record, R> Operation<Q, R> define(
      String name, Class<Q> requestType, Class<R> responseType, BiFunction<Backend, Q, R> call) {
    Operation<Q, R> operation = new Operation<>(name, requestType, responseType, call);
    ALL.add(operation);
    return operation;
  }

  private static <Q extends Record> Operation<Q, Void> defineWithoutResponse(
      String name, Class<Q> requestType, BiConsumer<Backend, Q> call) {
    return define(
        name,
        requestType,
        Void.class,
        (backend, request) -> {
          call.accept(backend, request);
          return null;
        });
  }

  private static Map<String, Operation<?, ?>> byName() {
    Map<String, Operation<?, ?>> byName = new HashMap<>();
    for (Operation<?, ?> operation : ALL) {
      if (byName.put(operation.name(), operation) != null) {
        throw new IllegalStateException("operation defined twice: " + operation.name());
      }
    }
    return byName;
  }
}
