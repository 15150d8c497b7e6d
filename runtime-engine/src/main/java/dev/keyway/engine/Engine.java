package dev.keyway.engine;

import dev.keyway.engine.op.BatchGetItemOp;
import dev.keyway.engine.op.BatchWriteItemOp;
import dev.keyway.engine.op.CreateTableOp;
import dev.keyway.engine.op.DeleteItemOp;
import dev.keyway.engine.op.DeleteTableOp;
import dev.keyway.engine.op.DescribeTableOp;
import dev.keyway.engine.op.GetItemOp;
import dev.keyway.engine.op.ListTablesOp;
import dev.keyway.engine.op.PutItemOp;
import dev.keyway.engine.op.QueryOp;
import dev.keyway.engine.op.ScanOp;
import dev.keyway.engine.op.TagResourceOp;
import dev.keyway.engine.op.TimeToLiveOp;
import dev.keyway.engine.op.TransactGetItemsOp;
import dev.keyway.engine.op.TransactWriteItemsOp;
import dev.keyway.engine.op.UpdateItemOp;
import dev.keyway.engine.op.UpdateTableOp;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.ops.*;
import dev.keyway.spi.Backend;
import java.util.List;
import java.util.Objects;

/**
 * Keyway's bundled DynamoDB-compatible engine, in process. Safe for use by many threads; writes to
 * different items proceed in parallel.
 */
public final class Engine implements Backend {
  private final Catalog catalog = new Catalog();
  private final CreateTableOp createTable = new CreateTableOp(catalog);
  private final DescribeTableOp describeTable = new DescribeTableOp(catalog);
  private final UpdateTableOp updateTable = new UpdateTableOp(catalog);
  private final DeleteTableOp deleteTable = new DeleteTableOp(catalog);
  private final ListTablesOp listTables = new ListTablesOp(catalog);
  private final TagResourceOp tags = new TagResourceOp(catalog);
  private final TimeToLiveOp ttl = new TimeToLiveOp(catalog);
  private final PutItemOp putItem = new PutItemOp(catalog);
  private final GetItemOp getItem = new GetItemOp(catalog);
  private final UpdateItemOp updateItem = new UpdateItemOp(catalog);
  private final DeleteItemOp deleteItem = new DeleteItemOp(catalog);
  private final QueryOp query = new QueryOp(catalog);
  private final ScanOp scan = new ScanOp(catalog);
  private final BatchGetItemOp batchGet = new BatchGetItemOp(catalog);
  private final BatchWriteItemOp batchWrite = new BatchWriteItemOp(catalog);
  private final TransactGetItemsOp transactGet = new TransactGetItemsOp(catalog);
  private final TransactWriteItemsOp transactWrite = new TransactWriteItemsOp(catalog);

  private Engine() {}

  /** A new, empty engine holding its tables in memory. */
  public static Engine inMemory() {
    return new Engine();
  }

  private static <T> T req(T request) {
    return Objects.requireNonNull(request, "request");
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return putItem.execute(req(request));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return getItem.execute(req(request));
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return updateItem.execute(req(request));
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return deleteItem.execute(req(request));
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return query.execute(req(request));
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return scan.execute(req(request));
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return batchGet.execute(req(request));
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return batchWrite.execute(req(request));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return transactGet.execute(req(request));
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return transactWrite.execute(req(request));
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return createTable.execute(req(request));
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    return describeTable.execute(req(request));
  }

  @Override
  public UpdateTableResponse updateTable(UpdateTableRequest request) {
    return updateTable.execute(req(request));
  }

  @Override
  public DeleteTableResponse deleteTable(DeleteTableRequest request) {
    return deleteTable.execute(req(request));
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return listTables.execute(req(request));
  }

  @Override
  public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
    return ttl.update(req(request));
  }

  @Override
  public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
    return ttl.describe(req(request));
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    tags.tag(req(request));
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    tags.untag(req(request));
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return tags.list(req(request));
  }

  @Override
  public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
    return new DescribeLimitsResponse(80000L, 80000L, 40000L, 40000L);
  }

  @Override
  public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
    return new DescribeEndpointsResponse(
        List.of(new Endpoint("dynamodb." + Catalog.REGION + ".amazonaws.com", 1440L)));
  }

  @Override
  public void close() {}
}
