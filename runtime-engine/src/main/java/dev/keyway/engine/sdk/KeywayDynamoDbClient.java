package dev.keyway.engine.sdk;

import dev.keyway.aws.SdkErrors;
import dev.keyway.aws.SdkModelMapper;
import dev.keyway.error.DynamoDbException;
import dev.keyway.spi.Backend;
import java.util.Objects;
import java.util.function.Function;
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
 * Client works unchanged. Requests and responses are converted by {@link SdkModelMapper}; Keyway
 * errors become the SDK's exception types with the same error code, message and HTTP status.
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

  private static <Q extends Record, R extends Record> SdkPojo call(
      SdkPojo request, Class<Q> opsRequestType, Function<Q, R> operation, Class<? extends SdkPojo> sdkResponseType) {
    Q opsRequest;
    R opsResponse;
    try {
      opsRequest = SdkModelMapper.fromSdk(request, opsRequestType);
      opsResponse = operation.apply(opsRequest);
    } catch (DynamoDbException e) {
      throw SdkErrors.toSdk(e);
    }
    return SdkModelMapper.toSdk(opsResponse, sdkResponseType);
  }

  private static <Q extends Record> void run(SdkPojo request, Class<Q> opsRequestType, Function<Q, Void> operation) {
    try {
      operation.apply(SdkModelMapper.fromSdk(request, opsRequestType));
    } catch (DynamoDbException e) {
      throw SdkErrors.toSdk(e);
    }
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return PutItemResponse.class.cast(
        call(request, dev.keyway.ops.PutItemRequest.class, backend::putItem, PutItemResponse.class));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return GetItemResponse.class.cast(
        call(request, dev.keyway.ops.GetItemRequest.class, backend::getItem, GetItemResponse.class));
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return UpdateItemResponse.class.cast(
        call(request, dev.keyway.ops.UpdateItemRequest.class, backend::updateItem, UpdateItemResponse.class));
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return DeleteItemResponse.class.cast(
        call(request, dev.keyway.ops.DeleteItemRequest.class, backend::deleteItem, DeleteItemResponse.class));
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return QueryResponse.class.cast(
        call(request, dev.keyway.ops.QueryRequest.class, backend::query, QueryResponse.class));
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return ScanResponse.class.cast(
        call(request, dev.keyway.ops.ScanRequest.class, backend::scan, ScanResponse.class));
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return BatchGetItemResponse.class.cast(
        call(request, dev.keyway.ops.BatchGetItemRequest.class, backend::batchGetItem, BatchGetItemResponse.class));
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return BatchWriteItemResponse.class.cast(
        call(request, dev.keyway.ops.BatchWriteItemRequest.class, backend::batchWriteItem, BatchWriteItemResponse.class));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return TransactGetItemsResponse.class.cast(
        call(request, dev.keyway.ops.TransactGetItemsRequest.class, backend::transactGetItems, TransactGetItemsResponse.class));
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return TransactWriteItemsResponse.class.cast(
        call(request, dev.keyway.ops.TransactWriteItemsRequest.class, backend::transactWriteItems, TransactWriteItemsResponse.class));
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return CreateTableResponse.class.cast(
        call(request, dev.keyway.ops.CreateTableRequest.class, backend::createTable, CreateTableResponse.class));
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    return DescribeTableResponse.class.cast(
        call(request, dev.keyway.ops.DescribeTableRequest.class, backend::describeTable, DescribeTableResponse.class));
  }

  @Override
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    return UpdateTableResponse.class.cast(
        call(request, dev.keyway.ops.UpdateTableRequest.class, backend::updateTable, UpdateTableResponse.class));
  }

  @Override
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    return DeleteTableResponse.class.cast(
        call(request, dev.keyway.ops.DeleteTableRequest.class, backend::deleteTable, DeleteTableResponse.class));
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return ListTablesResponse.class.cast(
        call(request, dev.keyway.ops.ListTablesRequest.class, backend::listTables, ListTablesResponse.class));
  }

  @Override
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
    return UpdateTimeToLiveResponse.class.cast(
        call(request, dev.keyway.ops.UpdateTimeToLiveRequest.class, backend::updateTimeToLive, UpdateTimeToLiveResponse.class));
  }

  @Override
  public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
    return DescribeTimeToLiveResponse.class.cast(
        call(request, dev.keyway.ops.DescribeTimeToLiveRequest.class, backend::describeTimeToLive, DescribeTimeToLiveResponse.class));
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return ListTagsOfResourceResponse.class.cast(
        call(request, dev.keyway.ops.ListTagsOfResourceRequest.class, backend::listTagsOfResource, ListTagsOfResourceResponse.class));
  }

  @Override
  public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
    return DescribeLimitsResponse.class.cast(
        call(request, dev.keyway.ops.DescribeLimitsRequest.class, backend::describeLimits, DescribeLimitsResponse.class));
  }

  @Override
  public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
    return DescribeEndpointsResponse.class.cast(
        call(request, dev.keyway.ops.DescribeEndpointsRequest.class, backend::describeEndpoints, DescribeEndpointsResponse.class));
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    run(request, dev.keyway.ops.TagResourceRequest.class, r -> {
      backend.tagResource(r);
      return null;
    });
    return TagResourceResponse.builder().build();
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    run(request, dev.keyway.ops.UntagResourceRequest.class, r -> {
      backend.untagResource(r);
      return null;
    });
    return UntagResourceResponse.builder().build();
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
