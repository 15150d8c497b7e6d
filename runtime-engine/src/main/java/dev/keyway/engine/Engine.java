package dev.keyway.engine;

import dev.keyway.engine.capacity.AutoScaler;
import dev.keyway.engine.capacity.AutoScalingDefault;
import dev.keyway.engine.capacity.AutoScalingPolicy;
import dev.keyway.engine.capacity.CapacityGovernor;
import dev.keyway.engine.capacity.CapacityMeter;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.backup.PitrHistory;
import dev.keyway.engine.commit.CommitListener;
import dev.keyway.engine.consistency.StaleReads;
import dev.keyway.engine.commit.CommitLog;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.metrics.EngineMetrics;
import dev.keyway.engine.op.BackupOp;
import dev.keyway.engine.op.BatchExecuteStatementOp;
import dev.keyway.engine.op.BatchGetItemOp;
import dev.keyway.engine.op.BatchWriteItemOp;
import dev.keyway.engine.op.ContinuousBackupsOp;
import dev.keyway.engine.op.CreateTableOp;
import dev.keyway.engine.op.DeleteItemOp;
import dev.keyway.engine.op.DeleteTableOp;
import dev.keyway.engine.op.DescribeTableOp;
import dev.keyway.engine.op.ExecuteStatementOp;
import dev.keyway.engine.op.ExecuteTransactionOp;
import dev.keyway.engine.op.GetItemOp;
import dev.keyway.engine.op.ImportOp;
import dev.keyway.engine.op.ListTablesOp;
import dev.keyway.engine.op.PutItemOp;
import dev.keyway.engine.op.QueryOp;
import dev.keyway.engine.op.RestoreOp;
import dev.keyway.engine.op.ScanOp;
import dev.keyway.engine.op.ResourcePolicyOp;
import dev.keyway.engine.op.TagResourceOp;
import dev.keyway.engine.op.TimeToLiveOp;
import dev.keyway.engine.op.TransactGetItemsOp;
import dev.keyway.engine.op.TransactWriteItemsOp;
import dev.keyway.engine.op.UpdateItemOp;
import dev.keyway.engine.op.UpdateTableOp;
import dev.keyway.engine.replication.GlobalTables;
import dev.keyway.engine.replication.ReplicaNetwork;
import dev.keyway.engine.replication.ReplicaUpdates;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.DurableStore;
import dev.keyway.engine.storage.memory.MemoryCatalog;
import dev.keyway.ops.*;
import dev.keyway.engine.stream.StreamJournal;
import dev.keyway.engine.stream.StreamLog;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.stream.StreamsService;
import dev.keyway.engine.ttl.TtlSweeper;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.DescribeStreamResponse;
import dev.keyway.ops.streams.GetRecordsRequest;
import dev.keyway.ops.streams.GetRecordsResponse;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import dev.keyway.ops.streams.GetShardIteratorResponse;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.ListStreamsResponse;
import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keyway's bundled DynamoDB-compatible engine, in process. Safe for use by many threads; writes to
 * different items proceed in parallel. Every change goes through one {@link Committer}; see
 * {@link Builder} for what can be plugged in.
 */
public final class Engine implements Backend, StreamsBackend {
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
  private final BackupOp backups;
  private final ContinuousBackupsOp continuousBackups;
  private final RestoreOp restores;
  private final ImportOp imports;
  private final ExecuteStatementOp executeStatement;
  private final BatchExecuteStatementOp batchExecuteStatement;
  private final ExecuteTransactionOp executeTransaction;
  private final DurableStore durable; // null in memory
  private final EngineMetrics metrics; // null: not measured, and Micrometer never loaded
  private final AutoScaler autoScaler; // null without policies
  private final StreamsService streams;
  private final TtlSweeper ttlSweeper;
  private final GlobalTables globalTables;
  private final Clock clock;

  private Engine(Builder b) {
    clock = b.clock;
    CatalogStore catalog;
    CommitLog log;
    PitrHistory pitr = new PitrHistory(b.clock);
    if (b.dataDirectory != null) {
      DurableStore store = DurableStore.open(b.dataDirectory, b.durableOptions, pitr);
      catalog = store.catalog();
      log = store;
      durable = store;
    } else {
      catalog = b.storage == null ? new MemoryCatalog() : b.storage;
      log = b.log;
      durable = null;
    }
    StaleReads stale = b.maxLag == null ? null : new StaleReads(b.clock, b.maxLag, b.lagSeed);
    StreamLog streamLog = new StreamLog(b.clock, durable != null ? durable.streams() : StreamJournal.NONE);
    streamLog.reconcile(catalog.byName().values().stream().map(Table::meta).toList());
    streams = new StreamsService(streamLog);
    ttlSweeper = new TtlSweeper(catalog, b.clock, b.ttlSweepInterval);
    for (Table table : catalog.byName().values()) {
      if (table.pointInTimeRecovery() != null) {
        pitr.resume(table); // storage given by the caller, with settings but no history
      }
    }
    List<CommitListener> listeners = new ArrayList<>();
    listeners.add(streamLog);
    listeners.add(ttlSweeper);
    listeners.addAll(b.listeners);
    if (stale != null) {
      listeners.add(stale);
    }
    metrics = b.metrics;
    globalTables = new GlobalTables(b.region, b.clock, catalog,
        b.replicas != null ? b.replicas : ReplicaNetwork.manual(), metrics);
    listeners.add(globalTables);
    Committer committer = new Committer(catalog, log, listeners, pitr, b.clock);
    ttlSweeper.start(committer);
    globalTables.start(committer);
    CapacityGovernor governor = b.throttling ? new CapacityGovernor(b.clock) : null;
    Consumer<TableMeta> settleBuckets = governor == null ? meta -> { } : governor::settle;
    autoScaler = b.scalingPolicies.isEmpty() && b.scalingDefault == null ? null
        : new AutoScaler(b.scalingPolicies, b.scalingDefault, catalog, committer, b.clock,
            settleBuckets);
    List<CapacityMeter> meters = new ArrayList<>();
    if (metrics != null) {
      meters.add(metrics);
    }
    if (autoScaler != null) {
      meters.add(autoScaler);
    }
    Throughput throughput = Throughput.of(governor, CapacityMeter.all(meters));
    resourcePolicies = new ResourcePolicyOp(catalog, committer, b.clock, streams::keeps);
    createTable = new CreateTableOp(committer, b.clock, resourcePolicies);
    describeTable = new DescribeTableOp(catalog);
    List<AutoScalingPolicy> policies = List.copyOf(b.scalingPolicies);
    boolean everyTableScales = b.scalingDefault != null;
    updateTable = new UpdateTableOp(catalog, committer, b.clock, () -> new ReplicaUpdates(globalTables,
        table -> policies.stream()
            .anyMatch(p -> p.write() && p.index() == null && p.table().equals(table))
            || everyTableScales && policies.stream() // the default covers unnamed tables
                .noneMatch(p -> p.index() == null && p.table().equals(table))),
        settleBuckets);
    deleteTable = new DeleteTableOp(catalog, committer);
    listTables = new ListTablesOp(catalog);
    tags = new TagResourceOp(catalog, committer);
    ttl = new TimeToLiveOp(catalog, committer);
    putItem = new PutItemOp(catalog, committer, throughput);
    getItem = new GetItemOp(catalog, throughput, stale);
    updateItem = new UpdateItemOp(catalog, committer, throughput);
    deleteItem = new DeleteItemOp(catalog, committer, throughput);
    query = new QueryOp(catalog, throughput, stale);
    scan = new ScanOp(catalog, throughput, stale);
    batchGet = new BatchGetItemOp(catalog, throughput, stale);
    batchWrite = new BatchWriteItemOp(catalog, committer, throughput);
    transactGet = new TransactGetItemsOp(catalog, throughput);
    transactWrite = new TransactWriteItemsOp(catalog, committer, b.clock, throughput);
    backups = new BackupOp(catalog, committer, b.clock);
    continuousBackups = new ContinuousBackupsOp(catalog, committer, pitr, b.clock);
    restores = new RestoreOp(catalog, committer, pitr, backups, b.clock);
    imports = new ImportOp(catalog, committer, createTable);
    executeStatement = new ExecuteStatementOp(catalog, committer, throughput, stale);
    batchExecuteStatement = new BatchExecuteStatementOp(catalog, committer, throughput);
    executeTransaction = new ExecuteTransactionOp(catalog, committer, b.clock, throughput);
  }

  /** How often expired items are swept unless {@link Builder#ttlSweepInterval} says otherwise. */
  public static final Duration DEFAULT_TTL_SWEEP_INTERVAL = Duration.ofMinutes(3);

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
    private boolean throttling;
    private EngineMetrics metrics;
    private final List<AutoScalingPolicy> scalingPolicies = new ArrayList<>();
    private AutoScalingDefault scalingDefault;
    private Duration maxLag;
    private long lagSeed;
    private Duration ttlSweepInterval = DEFAULT_TTL_SWEEP_INTERVAL;
    private String region = Catalog.REGION;
    private ReplicaNetwork replicas;

    private Builder() {}

    /**
     * The region this engine stands for ({@value Catalog#REGION} when not set): the region its
     * tables' replicas in other engines know it by. See docs/global-tables.md.
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Links this engine to the engines of other regions on {@code network}, so UpdateTable's
     * ReplicaUpdates can give its tables replicas there (global tables, version 2019.11.21),
     * replicated asynchronously, last writer wins. Each engine on a network has its own
     * {@link #region}. See docs/global-tables.md.
     */
    public Builder replicas(ReplicaNetwork network) {
      this.replicas = Objects.requireNonNull(network, "network");
      return this;
    }

    /**
     * Lets eventually consistent reads (GetItem, BatchGetItem, Query and Scan of tables and
     * indexes) return data as it was up to {@code maxLag} ago (a lag drawn per item read or per
     * page from a generator seeded with {@code seed}, so runs repeat), as DynamoDB allows;
     * strongly consistent reads always see the latest write. Off
     * (every read sees the latest write) when not set. See docs/capacity.md.
     */
    public Builder eventualConsistency(Duration maxLag, long seed) {
      this.maxLag = Objects.requireNonNull(maxLag, "maxLag");
      this.lagSeed = seed;
      return this;
    }

    /**
     * Scales a PROVISIONED table's (or GSI's) read or write units by this target-tracking policy,
     * as Application Auto Scaling does, by the units requests consume and the engine's clock;
     * DescribeTable shows the changes. Works with or without {@link #throttling}. See
     * docs/capacity.md for the rules.
     */
    public Builder autoScaling(AutoScalingPolicy policy) {
      scalingPolicies.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Scales the read and write units of every PROVISIONED table and GSI, including those created
     * later, by this target-tracking policy, except those an {@link #autoScaling(AutoScalingPolicy)}
     * policy names. See docs/capacity.md.
     */
    public Builder autoScaling(AutoScalingDefault everyTable) {
      this.scalingDefault = Objects.requireNonNull(everyTable, "everyTable");
      return this;
    }

    /**
     * Throttles as DynamoDB does (off when not set): PROVISIONED tables and their GSIs get token
     * buckets of their read and write units with 300 seconds of burst, every partition key value
     * DynamoDB's per-partition limits; a request over the limit fails with
     * ProvisionedThroughputExceededException, a batch returns what it could not do as unprocessed.
     * Time comes from {@link #clock}. See docs/capacity.md.
     */
    public Builder throttling(boolean enabled) {
      this.throttling = enabled;
      return this;
    }

    /**
     * Records the figures CloudWatch gives for DynamoDB (consumed units, throttles, latency,
     * returned items, errors) per table, index and operation in this Micrometer registry; nothing
     * is measured when not set. Needs micrometer-core on the class path. See docs/capacity.md.
     */
    public Builder metrics(io.micrometer.core.instrument.MeterRegistry registry) {
      this.metrics = new EngineMetrics(Objects.requireNonNull(registry, "registry"));
      return this;
    }

    /**
     * How often expired items are deleted while a table has TTL enabled: an item whose TTL has
     * passed is gone within about this long ({@link #DEFAULT_TTL_SWEEP_INTERVAL} when not set).
     * Zero for no background sweeps: then only {@link Engine#sweepExpiredItems()} deletes them.
     */
    public Builder ttlSweepInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("negative TTL sweep interval: " + interval);
      }
      this.ttlSweepInterval = interval;
      return this;
    }

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
    req(request);
    return metrics == null ? putItem.execute(request)
        : metrics.call("PutItem", request.tableName(), () -> putItem.execute(request), null);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    req(request);
    return metrics == null ? getItem.execute(request)
        : metrics.call("GetItem", request.tableName(), () -> getItem.execute(request), r -> r.item() == null ? 0 : 1);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    req(request);
    return metrics == null ? updateItem.execute(request)
        : metrics.call("UpdateItem", request.tableName(), () -> updateItem.execute(request), null);
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    req(request);
    return metrics == null ? deleteItem.execute(request)
        : metrics.call("DeleteItem", request.tableName(), () -> deleteItem.execute(request), null);
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    req(request);
    return metrics == null ? query.execute(request)
        : metrics.call("Query", request.tableName(), () -> query.execute(request), QueryResponse::count);
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    req(request);
    return metrics == null ? scan.execute(request)
        : metrics.call("Scan", request.tableName(), () -> scan.execute(request), ScanResponse::count);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    req(request);
    return metrics == null ? batchGet.execute(request)
        : metrics.call("BatchGetItem", null, () -> batchGet.execute(request), null);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    req(request);
    return metrics == null ? batchWrite.execute(request)
        : metrics.call("BatchWriteItem", null, () -> batchWrite.execute(request), null);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    req(request);
    return metrics == null ? transactGet.execute(request)
        : metrics.call("TransactGetItems", null, () -> transactGet.execute(request), null);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    req(request);
    return metrics == null ? transactWrite.execute(request)
        : metrics.call("TransactWriteItems", null, () -> transactWrite.execute(request), null);
  }

  @Override
  public ExecuteStatementResponse executeStatement(ExecuteStatementRequest request) {
    req(request);
    return metrics == null ? executeStatement.execute(request)
        : metrics.call("ExecuteStatement", null, () -> executeStatement.execute(request), null);
  }

  @Override
  public BatchExecuteStatementResponse batchExecuteStatement(BatchExecuteStatementRequest request) {
    req(request);
    return metrics == null ? batchExecuteStatement.execute(request)
        : metrics.call("BatchExecuteStatement", null,
            () -> batchExecuteStatement.execute(request), null);
  }

  @Override
  public ExecuteTransactionResponse executeTransaction(ExecuteTransactionRequest request) {
    req(request);
    return metrics == null ? executeTransaction.execute(request)
        : metrics.call("ExecuteTransaction", null, () -> executeTransaction.execute(request), null);
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return createTable.execute(req(request));
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    req(request);
    if (autoScaler == null) {
      return new DescribeTableResponse(globalTables.describe(describeTable.execute(request).table()));
    }
    autoScaler.scale(request.tableName());
    DescribeTableResponse described = describeTable.execute(request);
    dev.keyway.ops.TableDescription table = described.table();
    return new DescribeTableResponse(globalTables.describe(autoScaler.describe(table)));
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

  /**
   * The clock the engine was built with ({@link Builder#clock}): the time of every time-based
   * behaviour, and of the stamps that repositories on this engine write.
   */
  @Override
  public Clock clock() {
    return clock;
  }

  /** The region this engine stands for among replicas of global tables. */
  public String region() {
    return globalTables.region();
  }

  /**
   * The tables' streams: the DynamoDB Streams API in process, and {@link
   * StreamsService#subscribe subscriptions} to a table's change records.
   */
  public StreamsService streams() {
    return streams;
  }

  @Override
  public ListStreamsResponse listStreams(ListStreamsRequest request) {
    return streams.listStreams(req(request));
  }

  @Override
  public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
    return streams.describeStream(req(request));
  }

  @Override
  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
    return streams.getShardIterator(req(request));
  }

  @Override
  public GetRecordsResponse getRecords(GetRecordsRequest request) {
    return streams.getRecords(req(request));
  }

  /**
   * Deletes every item whose TTL has passed by the engine's clock, now, instead of waiting for the
   * next background sweep; returns how many were deleted. Tests with a settable clock call this.
   */
  public int sweepExpiredItems() {
    return ttlSweeper.sweep();
  }

  // --- backups and point-in-time recovery ---------------------------------------------------

  @Override
  public CreateBackupResponse createBackup(CreateBackupRequest request) {
    return backups.create(req(request));
  }

  @Override
  public DescribeBackupResponse describeBackup(DescribeBackupRequest request) {
    return backups.describe(req(request));
  }

  @Override
  public ListBackupsResponse listBackups(ListBackupsRequest request) {
    return backups.list(req(request));
  }

  @Override
  public DeleteBackupResponse deleteBackup(DeleteBackupRequest request) {
    return backups.delete(req(request));
  }

  @Override
  public RestoreTableFromBackupResponse restoreTableFromBackup(RestoreTableFromBackupRequest request) {
    return restores.fromBackup(req(request));
  }

  @Override
  public UpdateContinuousBackupsResponse updateContinuousBackups(UpdateContinuousBackupsRequest request) {
    return continuousBackups.update(req(request));
  }

  @Override
  public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
    return continuousBackups.describe(req(request));
  }

  @Override
  public RestoreTableToPointInTimeResponse restoreTableToPointInTime(RestoreTableToPointInTimeRequest request) {
    return restores.toPointInTime(req(request));
  }

  /**
   * ImportTable's semantics in process: creates the table {@code definition} describes holding
   * {@code items}, in one commit, so it appears whole or not at all (ResourceInUseException when
   * the name is taken). Items PutItem would refuse are left out and reported by position. The
   * command line's {@code import} reads DynamoDB JSON exports and CSV files into it.
   */
  public ImportResult importTable(CreateTableRequest definition, List<Map<String, dev.keyway.model.AttributeValue>> items) {
    return imports.execute(req(definition), Objects.requireNonNull(items, "items"));
  }

  /** Stops TTL sweeps and releases durable storage (a final checkpoint, then the data directory). */
  @Override
  public void close() {
    globalTables.stop();
    ttlSweeper.close();
    if (durable != null) {
      durable.close();
    }
  }
}
