package dev.keyway.engine.sdk;

import dev.keyway.aws.SdkErrors;
import dev.keyway.aws.SdkOperation;
import dev.keyway.engine.op.check.EnumViolations;
import dev.keyway.error.DynamoDbException;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;
import java.util.Objects;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/**
 * An AWS SDK v2 {@link DynamoDbClient} that runs every call on a {@link Backend} in this process
 * (normally Keyway's engine), without a network: code written against the SDK or the Enhanced
 * Client works unchanged. Each method runs its {@link Operations} entry on the backend, converting
 * through {@link SdkOperation}; Keyway errors become the SDK's exception types with the same error
 * code, message and HTTP status.
 * Operations Keyway does not serve throw {@link UnsupportedOperationException}, as the SDK's
 * defaults do.
 */
public final class KeywayDynamoDbClient implements DynamoDbClient {
  private final Backend backend;
  private final boolean ownsBackend;

  private KeywayDynamoDbClient(Backend backend, boolean ownsBackend) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.ownsBackend = ownsBackend;
  }

  /** A client over a backend the caller keeps and closes. */
  public static KeywayDynamoDbClient of(Backend backend) {
    return new KeywayDynamoDbClient(backend, false);
  }

  /** A client that closes the backend when it is closed. */
  public static KeywayDynamoDbClient owning(Backend backend) {
    return new KeywayDynamoDbClient(backend, true);
  }

  public Backend backend() {
    return backend;
  }

  private <S extends SdkPojo> S call(Operation<?, ?> operation, SdkPojo request, Class<S> responseClass) {
    return responseClass.cast(dispatch(operation, request));
  }

  private <Q extends Record, R> SdkPojo dispatch(Operation<Q, R> operation, SdkPojo request) {
    SdkOperation<Q, R> sdk = SdkOperation.of(operation);
    R response;
    try {
      // the SDK keeps any string in an enum member; DynamoDB refuses one outside the set
      EnumViolations unknown = new EnumViolations();
      Q record = sdk.fromSdkRequest(request, unknown::add);
      unknown.throwIfAny(record);
      response = operation.invoke(backend, record);
    } catch (DynamoDbException e) {
      throw SdkErrors.toSdk(e);
    }
    return sdk.toSdkResponse(response);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return call(Operations.PUT_ITEM, request, PutItemResponse.class);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return call(Operations.GET_ITEM, request, GetItemResponse.class);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return call(Operations.UPDATE_ITEM, request, UpdateItemResponse.class);
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return call(Operations.DELETE_ITEM, request, DeleteItemResponse.class);
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return call(Operations.QUERY, request, QueryResponse.class);
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return call(Operations.SCAN, request, ScanResponse.class);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return call(Operations.BATCH_GET_ITEM, request, BatchGetItemResponse.class);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return call(Operations.BATCH_WRITE_ITEM, request, BatchWriteItemResponse.class);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return call(Operations.TRANSACT_GET_ITEMS, request, TransactGetItemsResponse.class);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return call(Operations.TRANSACT_WRITE_ITEMS, request, TransactWriteItemsResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse executeStatement(
      software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest request) {
    return call(Operations.EXECUTE_STATEMENT, request,
        software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse batchExecuteStatement(
      software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest request) {
    return call(Operations.BATCH_EXECUTE_STATEMENT, request,
        software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse executeTransaction(
      software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest request) {
    return call(Operations.EXECUTE_TRANSACTION, request,
        software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse.class);
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return call(Operations.CREATE_TABLE, request, CreateTableResponse.class);
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    return call(Operations.DESCRIBE_TABLE, request, DescribeTableResponse.class);
  }

  @Override
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    return call(Operations.UPDATE_TABLE, request, UpdateTableResponse.class);
  }

  @Override
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    return call(Operations.DELETE_TABLE, request, DeleteTableResponse.class);
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return call(Operations.LIST_TABLES, request, ListTablesResponse.class);
  }

  @Override
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
    return call(Operations.UPDATE_TIME_TO_LIVE, request, UpdateTimeToLiveResponse.class);
  }

  @Override
  public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
    return call(Operations.DESCRIBE_TIME_TO_LIVE, request, DescribeTimeToLiveResponse.class);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return call(Operations.LIST_TAGS_OF_RESOURCE, request, ListTagsOfResourceResponse.class);
  }

  @Override
  public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
    return call(Operations.DESCRIBE_LIMITS, request, DescribeLimitsResponse.class);
  }

  @Override
  public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
    return call(Operations.DESCRIBE_ENDPOINTS, request, DescribeEndpointsResponse.class);
  }

  // --- backups and point-in-time recovery ---

  @Override
  public software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse createBackup(software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest request) {
    return call(Operations.CREATE_BACKUP, request, software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse describeBackup(software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest request) {
    return call(Operations.DESCRIBE_BACKUP, request, software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse listBackups(software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest request) {
    return call(Operations.LIST_BACKUPS, request, software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.DeleteBackupResponse deleteBackup(software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest request) {
    return call(Operations.DELETE_BACKUP, request, software.amazon.awssdk.services.dynamodb.model.DeleteBackupResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse restoreTableFromBackup(software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest request) {
    return call(Operations.RESTORE_TABLE_FROM_BACKUP, request, software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse updateContinuousBackups(software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest request) {
    return call(Operations.UPDATE_CONTINUOUS_BACKUPS, request, software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse describeContinuousBackups(software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest request) {
    return call(Operations.DESCRIBE_CONTINUOUS_BACKUPS, request, software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse.class);
  }

  @Override
  public software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse restoreTableToPointInTime(software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest request) {
    return call(Operations.RESTORE_TABLE_TO_POINT_IN_TIME, request, software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse.class);
  }

  @Override
  public PutResourcePolicyResponse putResourcePolicy(PutResourcePolicyRequest request) {
    return call(Operations.PUT_RESOURCE_POLICY, request, PutResourcePolicyResponse.class);
  }

  @Override
  public GetResourcePolicyResponse getResourcePolicy(GetResourcePolicyRequest request) {
    return call(Operations.GET_RESOURCE_POLICY, request, GetResourcePolicyResponse.class);
  }

  @Override
  public DeleteResourcePolicyResponse deleteResourcePolicy(DeleteResourcePolicyRequest request) {
    return call(Operations.DELETE_RESOURCE_POLICY, request, DeleteResourcePolicyResponse.class);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call(Operations.TAG_RESOURCE, request, TagResourceResponse.class);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call(Operations.UNTAG_RESOURCE, request, UntagResourceResponse.class);
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
    return DynamoDbServiceClientConfiguration.builder().region(Region.US_EAST_1).build();
  }

  @Override
  public void close() {
    if (ownsBackend) {
      backend.close();
    }
  }
}
