package dev.keyway.aws;

import dev.keyway.spi.Backend;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link Backend} over any AWS SDK v2 {@link DynamoDbClient}: Amazon DynamoDB, Keyway's own server,
 * or anything else that speaks DynamoDB's protocol. Requests and responses are converted by
 * {@link SdkModelMapper}; service errors become Keyway's {@link dev.keyway.error.DynamoDbException}
 * subclasses by {@link SdkErrors}.
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

  private static <R extends Record, Q extends SdkPojo, S extends SdkPojo> R call(
      Record request, Class<Q> sdkRequestType, Function<Q, S> operation, Class<R> responseType) {
    Q sdkRequest = SdkModelMapper.toSdk(request, sdkRequestType);
    S sdkResponse;
    try {
      sdkResponse = operation.apply(sdkRequest);
    } catch (AwsServiceException e) {
      throw SdkErrors.fromSdk(e);
    }
    return responseType == null ? null : SdkModelMapper.fromSdk(sdkResponse, responseType);
  }

  @Override
  public dev.keyway.ops.PutItemResponse putItem(dev.keyway.ops.PutItemRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.PutItemRequest.class, client::putItem, dev.keyway.ops.PutItemResponse.class);
  }

  @Override
  public dev.keyway.ops.GetItemResponse getItem(dev.keyway.ops.GetItemRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.GetItemRequest.class, client::getItem, dev.keyway.ops.GetItemResponse.class);
  }

  @Override
  public dev.keyway.ops.UpdateItemResponse updateItem(dev.keyway.ops.UpdateItemRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.class, client::updateItem, dev.keyway.ops.UpdateItemResponse.class);
  }

  @Override
  public dev.keyway.ops.DeleteItemResponse deleteItem(dev.keyway.ops.DeleteItemRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest.class, client::deleteItem, dev.keyway.ops.DeleteItemResponse.class);
  }

  @Override
  public dev.keyway.ops.QueryResponse query(dev.keyway.ops.QueryRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.QueryRequest.class, client::query, dev.keyway.ops.QueryResponse.class);
  }

  @Override
  public dev.keyway.ops.ScanResponse scan(dev.keyway.ops.ScanRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.ScanRequest.class, client::scan, dev.keyway.ops.ScanResponse.class);
  }

  @Override
  public dev.keyway.ops.BatchGetItemResponse batchGetItem(dev.keyway.ops.BatchGetItemRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest.class, client::batchGetItem, dev.keyway.ops.BatchGetItemResponse.class);
  }

  @Override
  public dev.keyway.ops.BatchWriteItemResponse batchWriteItem(dev.keyway.ops.BatchWriteItemRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest.class, client::batchWriteItem, dev.keyway.ops.BatchWriteItemResponse.class);
  }

  @Override
  public dev.keyway.ops.TransactGetItemsResponse transactGetItems(dev.keyway.ops.TransactGetItemsRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest.class, client::transactGetItems, dev.keyway.ops.TransactGetItemsResponse.class);
  }

  @Override
  public dev.keyway.ops.TransactWriteItemsResponse transactWriteItems(dev.keyway.ops.TransactWriteItemsRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest.class, client::transactWriteItems, dev.keyway.ops.TransactWriteItemsResponse.class);
  }

  @Override
  public dev.keyway.ops.CreateTableResponse createTable(dev.keyway.ops.CreateTableRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.class, client::createTable, dev.keyway.ops.CreateTableResponse.class);
  }

  @Override
  public dev.keyway.ops.DescribeTableResponse describeTable(dev.keyway.ops.DescribeTableRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest.class, client::describeTable, dev.keyway.ops.DescribeTableResponse.class);
  }

  @Override
  public dev.keyway.ops.UpdateTableResponse updateTable(dev.keyway.ops.UpdateTableRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest.class, client::updateTable, dev.keyway.ops.UpdateTableResponse.class);
  }

  @Override
  public dev.keyway.ops.DeleteTableResponse deleteTable(dev.keyway.ops.DeleteTableRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest.class, client::deleteTable, dev.keyway.ops.DeleteTableResponse.class);
  }

  @Override
  public dev.keyway.ops.ListTablesResponse listTables(dev.keyway.ops.ListTablesRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.ListTablesRequest.class, client::listTables, dev.keyway.ops.ListTablesResponse.class);
  }

  @Override
  public dev.keyway.ops.UpdateTimeToLiveResponse updateTimeToLive(dev.keyway.ops.UpdateTimeToLiveRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest.class, client::updateTimeToLive, dev.keyway.ops.UpdateTimeToLiveResponse.class);
  }

  @Override
  public dev.keyway.ops.DescribeTimeToLiveResponse describeTimeToLive(dev.keyway.ops.DescribeTimeToLiveRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest.class, client::describeTimeToLive, dev.keyway.ops.DescribeTimeToLiveResponse.class);
  }

  @Override
  public dev.keyway.ops.ListTagsOfResourceResponse listTagsOfResource(dev.keyway.ops.ListTagsOfResourceRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest.class, client::listTagsOfResource, dev.keyway.ops.ListTagsOfResourceResponse.class);
  }

  @Override
  public dev.keyway.ops.DescribeLimitsResponse describeLimits(dev.keyway.ops.DescribeLimitsRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest.class, client::describeLimits, dev.keyway.ops.DescribeLimitsResponse.class);
  }

  @Override
  public dev.keyway.ops.DescribeEndpointsResponse describeEndpoints(dev.keyway.ops.DescribeEndpointsRequest request) {
    return call(request, software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest.class, client::describeEndpoints, dev.keyway.ops.DescribeEndpointsResponse.class);
  }

  @Override
  public void tagResource(dev.keyway.ops.TagResourceRequest request) {
    call(request, software.amazon.awssdk.services.dynamodb.model.TagResourceRequest.class, client::tagResource, null);
  }

  @Override
  public void untagResource(dev.keyway.ops.UntagResourceRequest request) {
    call(request, software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest.class, client::untagResource, null);
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
