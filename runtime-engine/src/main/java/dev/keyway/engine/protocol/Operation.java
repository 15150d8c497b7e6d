package dev.keyway.engine.protocol;

import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeEndpointsRequest;
import dev.keyway.ops.DescribeLimitsRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ListTagsOfResourceRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TagResourceRequest;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UntagResourceRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.spi.Backend;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The operations of DynamoDB API 2012-08-10 that Keyway serves: the name in
 * {@code X-Amz-Target: DynamoDB_20120810.<name>}, the request record, and the {@link Backend} call.
 */
public enum Operation {
  PUT_ITEM("PutItem", PutItemRequest.class, (b, r) -> b.putItem((PutItemRequest) r)),
  GET_ITEM("GetItem", GetItemRequest.class, (b, r) -> b.getItem((GetItemRequest) r)),
  UPDATE_ITEM("UpdateItem", UpdateItemRequest.class, (b, r) -> b.updateItem((UpdateItemRequest) r)),
  DELETE_ITEM("DeleteItem", DeleteItemRequest.class, (b, r) -> b.deleteItem((DeleteItemRequest) r)),
  QUERY("Query", QueryRequest.class, (b, r) -> b.query((QueryRequest) r)),
  SCAN("Scan", ScanRequest.class, (b, r) -> b.scan((ScanRequest) r)),
  BATCH_GET_ITEM("BatchGetItem", BatchGetItemRequest.class, (b, r) -> b.batchGetItem((BatchGetItemRequest) r)),
  BATCH_WRITE_ITEM(
      "BatchWriteItem", BatchWriteItemRequest.class, (b, r) -> b.batchWriteItem((BatchWriteItemRequest) r)),
  TRANSACT_GET_ITEMS(
      "TransactGetItems",
      TransactGetItemsRequest.class,
      (b, r) -> b.transactGetItems((TransactGetItemsRequest) r)),
  TRANSACT_WRITE_ITEMS(
      "TransactWriteItems",
      TransactWriteItemsRequest.class,
      (b, r) -> b.transactWriteItems((TransactWriteItemsRequest) r)),
  CREATE_TABLE("CreateTable", CreateTableRequest.class, (b, r) -> b.createTable((CreateTableRequest) r)),
  DESCRIBE_TABLE("DescribeTable", DescribeTableRequest.class, (b, r) -> b.describeTable((DescribeTableRequest) r)),
  UPDATE_TABLE("UpdateTable", UpdateTableRequest.class, (b, r) -> b.updateTable((UpdateTableRequest) r)),
  DELETE_TABLE("DeleteTable", DeleteTableRequest.class, (b, r) -> b.deleteTable((DeleteTableRequest) r)),
  LIST_TABLES("ListTables", ListTablesRequest.class, (b, r) -> b.listTables((ListTablesRequest) r)),
  UPDATE_TIME_TO_LIVE(
      "UpdateTimeToLive",
      UpdateTimeToLiveRequest.class,
      (b, r) -> b.updateTimeToLive((UpdateTimeToLiveRequest) r)),
  DESCRIBE_TIME_TO_LIVE(
      "DescribeTimeToLive",
      DescribeTimeToLiveRequest.class,
      (b, r) -> b.describeTimeToLive((DescribeTimeToLiveRequest) r)),
  TAG_RESOURCE(
      "TagResource",
      TagResourceRequest.class,
      (b, r) -> {
        b.tagResource((TagResourceRequest) r);
        return null;
      }),
  UNTAG_RESOURCE(
      "UntagResource",
      UntagResourceRequest.class,
      (b, r) -> {
        b.untagResource((UntagResourceRequest) r);
        return null;
      }),
  LIST_TAGS_OF_RESOURCE(
      "ListTagsOfResource",
      ListTagsOfResourceRequest.class,
      (b, r) -> b.listTagsOfResource((ListTagsOfResourceRequest) r)),
  DESCRIBE_LIMITS("DescribeLimits", DescribeLimitsRequest.class, (b, r) -> b.describeLimits((DescribeLimitsRequest) r)),
  DESCRIBE_ENDPOINTS(
      "DescribeEndpoints",
      DescribeEndpointsRequest.class,
      (b, r) -> b.describeEndpoints((DescribeEndpointsRequest) r));

  /** The API prefix of {@code X-Amz-Target}. */
  public static final String TARGET_PREFIX = "DynamoDB_20120810.";

  private static final Map<String, Operation> BY_TARGET = new HashMap<>();

  static {
    for (Operation op : values()) {
      BY_TARGET.put(TARGET_PREFIX + op.apiName, op);
    }
  }

  private final String apiName;
  private final Class<? extends Record> requestType;
  private final BiFunction<Backend, Object, Object> call;

  Operation(String apiName, Class<? extends Record> requestType, BiFunction<Backend, Object, Object> call) {
    this.apiName = apiName;
    this.requestType = requestType;
    this.call = call;
  }

  /** The operation named by an {@code X-Amz-Target} header value, or null. */
  public static Operation forTarget(String target) {
    return target == null ? null : BY_TARGET.get(target);
  }

  public String apiName() {
    return apiName;
  }

  public Class<? extends Record> requestType() {
    return requestType;
  }

  /** Runs the operation; null for operations whose response has no members. */
  public Object invoke(Backend backend, Object request) {
    return call.apply(backend, request);
  }
}
