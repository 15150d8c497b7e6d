package dev.keyway.engine;

import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.commit.CommitLog;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.op.BatchExecuteStatementOp;
import dev.keyway.engine.op.BatchGetItemOp;
import dev.keyway.engine.op.BatchWriteItemOp;
import dev.keyway.engine.op.CreateTableOp;
import dev.keyway.engine.op.DeleteItemOp;
import dev.keyway.engine.op.DeleteTableOp;
import dev.keyway.engine.op.DescribeTableOp;
import dev.keyway.engine.op.ExecuteStatementOp;
import dev.keyway.engine.op.ExecuteTransactionOp;
import dev.keyway.engine.op.GetItemOp;
import dev.keyway.engine.op.ListTablesOp;
import dev.keyway.engine.op.PutItemOp;
import dev.keyway.engine.op.QueryOp;
import dev.keyway.engine.op.ScanOp;
import dev.keyway.engine.op.ResourcePolicyOp;
import dev.keyway.engine.op.TagResourceOp;
import dev.keyway.engine.op.TimeToLiveOp;
import dev.keyway.engine.op.TransactGetItemsOp;
import dev.keyway.engine.op.TransactWriteItemsOp;
import dev.keyway.engine.op.UpdateItemOp;
import dev.keyway.engine.op.UpdateTableOp;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.DurableStore;
import dev.keyway.engine.storage.memory.MemoryCatalog;
import dev.keyway.ops.*;
import dev.keyway.spi.Backend;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keyway's bundled DynamoDB-compatible engine, in process. Safe for use by many threads; writes to
 * different items proceed in parallel. Every change goes through one {@link Committer}; see
 * {@link Builder} for what can be plugged in.
 */
public final class Engine implements Backend {
  private final CreateTableOp createTable;
  private final DescribeTableOp describeTable;
  private final UpdateTableOp updateTable;
  private final DeleteTableOp deleteTable;
  private final ListTablesOp listTables;
  private final TagResourceOp tags;
  private final TimeToLiveOp ttl;
  private final ResourcePolicyOp resourcePolicies;
  private final PutItemOp putItem;
  private final GetItemOp getItem;
  private final UpdateItemOp updateItem;
  private final DeleteItemOp deleteItem;
  private final QueryOp query;
  private final ScanOp scan;
  private final BatchGetItemOp batchGet;
  private final BatchWriteItemOp batchWrite;
  private final TransactGetItemsOp transactGet;
  private final TransactWriteItemsOp transactWrite;
  private final ExecuteStatementOp executeStatement;
  private final BatchExecuteStatementOp batchExecuteStatement;
  private final ExecuteTransactionOp executeTransaction;
  private final DurableStore durable; // null in memory

  private Engine(Builder b) {
    CatalogStore catalog;
    CommitLog log;
    if (b.dataDirectory != null) {
      DurableStore store = DurableStore.open(b.dataDirectory, b.durableOptions);
      catalog = store.catalog();
      log = store;
      durable = store;
    } else {
      catalog = b.storage == null ? new MemoryCatalog() : b.storage;
      log = b.log;
      durable = null;
    }
    Committer committer = new Committer(catalog, log, b.listeners);
    resourcePolicies = new ResourcePolicyOp(catalog, committer, b.clock);
    createTable = new CreateTableOp(committer, b.clock, resourcePolicies);
    describeTable = new DescribeTableOp(catalog);
    updateTable = new UpdateTableOp(catalog, committer);
    deleteTable = new DeleteTableOp(catalog, committer);
    listTables = new ListTablesOp(catalog);
    tags = new TagResourceOp(catalog, committer);
    ttl = new TimeToLiveOp(catalog, committer);
    putItem = new PutItemOp(catalog, committer);
    getItem = new GetItemOp(catalog);
    updateItem = new UpdateItemOp(catalog, committer);
    deleteItem = new DeleteItemOp(catalog, committer);
    query = new QueryOp(catalog);
    scan = new ScanOp(catalog);
    batchGet = new BatchGetItemOp(catalog);
    batchWrite = new BatchWriteItemOp(catalog, committer);
    transactGet = new TransactGetItemsOp(catalog);
    transactWrite = new TransactWriteItemsOp(catalog, committer, b.clock);
    executeStatement = new ExecuteStatementOp(catalog, committer);
    batchExecuteStatement = new BatchExecuteStatementOp(catalog, committer);
    executeTransaction = new ExecuteTransactionOp(catalog, committer, b.clock);
  }

  /** A new, empty engine holding its tables in memory, on the system clock. */
  public static Engine inMemory() {
    return builder().build();
  }

  /**
   * An engine whose tables live in a data directory (created if absent), with the default
   * {@link DurableOptions}: group commit without a window. Recovers what the directory holds;
   * {@link #close()} writes a checkpoint and releases the directory. See docs/durability.md.
   */
  public static Engine open(Path dataDirectory) {
    return builder().durable(dataDirectory, DurableOptions.defaults()).build();
  }

  /** An engine to configure: storage, clock, commit log and listeners. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link Engine}; every setting has a default, so {@code build()} alone works. */
  public static final class Builder {
    private CatalogStore storage;
    private Clock clock = Clock.systemUTC();
    private CommitLog log = CommitLog.NONE;
    private final List<CommitListener> listeners = new ArrayList<>();
    private Path dataDirectory;
    private DurableOptions durableOptions;

    private Builder() {}

    /**
     * Keeps tables in a data directory: a write-ahead log and checkpoints, recovered when the
     * engine is built. Replaces {@link #storage} and {@link #log}, which must not be set too.
     */
    public Builder durable(Path dataDirectory, DurableOptions options) {
      this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
      this.durableOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Where tables live; a new in-memory store when not set. Used by one engine only. */
    public Builder storage(CatalogStore storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Where time comes from: table creation times, the ten-minute window of transaction client
     * tokens, and every later time-based behaviour. The system clock (UTC) when not set; tests pass
     * a fixed or settable clock instead of sleeping.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Records each commit before it is applied (a write-ahead log); nothing when not set. */
    public Builder log(CommitLog log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /** Adds a listener that sees every applied commit, in order (see {@link CommitListener}). */
    public Builder listener(CommitListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public Engine build() {
      if (dataDirectory != null && (storage != null || log != CommitLog.NONE)) {
        throw new IllegalStateException("durable(...) brings its own storage and log: set neither storage nor log with it");
      }
      return new Engine(this);
    }
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
  public ExecuteStatementResponse executeStatement(ExecuteStatementRequest request) {
    return executeStatement.execute(req(request));
  }

  @Override
  public BatchExecuteStatementResponse batchExecuteStatement(BatchExecuteStatementRequest request) {
    return batchExecuteStatement.execute(req(request));
  }

  @Override
  public ExecuteTransactionResponse executeTransaction(ExecuteTransactionRequest request) {
    return executeTransaction.execute(req(request));
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
  public PutResourcePolicyResponse putResourcePolicy(PutResourcePolicyRequest request) {
    return resourcePolicies.put(req(request));
  }

  @Override
  public GetResourcePolicyResponse getResourcePolicy(GetResourcePolicyRequest request) {
    return resourcePolicies.get(req(request));
  }

  @Override
  public DeleteResourcePolicyResponse deleteResourcePolicy(DeleteResourcePolicyRequest request) {
    return resourcePolicies.delete(req(request));
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

  /** Releases durable storage (a final checkpoint, then the data directory); nothing in memory. */
  @Override
  public void close() {
    if (durable != null) {
      durable.close();
    }
  }
}
