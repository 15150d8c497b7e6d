package dev.keyway.cache;

import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetItemResponse;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateItemResponse;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Interceptors;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;

/**
 * A read cache in front of any {@link Backend}, after DynamoDB Accelerator (DAX): an item cache for
 * GetItem and BatchGetItem, written through by the writes that pass it, and a query cache for
 * Query and Scan keyed by the whole request, which writes do not touch. Strongly consistent reads
 * and TransactGetItems always go to the backend and are not cached. Errors pass through unchanged
 * and are never cached. See docs/cache.md for what it promises.
 *
 * <pre>{@code
 * BackendCache cache = BackendCache.create(CacheOptions.defaults());
 * Shop shop = Shop.connect(cache.wrap(Engine.inMemory()));   // or AwsBackend.of(client)
 * cache.itemStatistics().hitRate();
 * }</pre>
 *
 * <p>It is an {@link Interceptor}, so it can also sit among others: {@code
 * Interceptors.of(metrics, cache).wrap(backend)}. Safe for use by many threads.
 */
public final class BackendCache implements Interceptor {
  private final ItemCache items;
  private final QueryCache queries;

  private BackendCache(CacheOptions options) {
    this.items = new ItemCache(options);
    this.queries = new QueryCache(options);
  }

  public static BackendCache create(CacheOptions options) {
    return new BackendCache(options);
  }

  /** A cache with DAX's defaults: five minutes for items and for query results. */
  public static BackendCache create() {
    return create(CacheOptions.defaults());
  }

  /** {@code backend} with this cache in front of it; closing the result closes {@code backend}. */
  public Backend wrap(Backend backend) {
    return Interceptors.of(this).wrap(backend);
  }

  /** GetItem and BatchGetItem: hits and misses per key. */
  public CacheStatistics itemStatistics() {
    return items.statistics();
  }

  /** Query and Scan: hits and misses per request. */
  public CacheStatistics queryStatistics() {
    return queries.statistics();
  }

  /** Empties both caches, as after a write made outside this cache. */
  public void invalidateAll() {
    items.clear();
    queries.clear();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
    Operation<Q, R> operation = chain.operation();
    Object request = chain.request();
    Object response;
    if (operation == Operations.GET_ITEM) {
      response = getItem((GetItemRequest) request, (Chain<GetItemRequest, GetItemResponse>) chain);
    } else if (operation == Operations.BATCH_GET_ITEM) {
      Chain<BatchGetItemRequest, BatchGetItemResponse> batch = (Chain<BatchGetItemRequest, BatchGetItemResponse>) chain;
      response = BatchGetReads.run(items, (BatchGetItemRequest) request, batch::proceed);
    } else if (operation == Operations.QUERY) {
      QueryRequest query = (QueryRequest) request;
      response = query(query.tableName(), query.consistentRead(), chain, QueryResponse.class);
    } else if (operation == Operations.SCAN) {
      ScanRequest scan = (ScanRequest) request;
      response = query(scan.tableName(), scan.consistentRead(), chain, ScanResponse.class);
    } else if (operation == Operations.PUT_ITEM
        || operation == Operations.UPDATE_ITEM
        || operation == Operations.DELETE_ITEM
        || operation == Operations.BATCH_WRITE_ITEM
        || operation == Operations.TRANSACT_WRITE_ITEMS) {
      response = write(chain);
    } else if (operation == Operations.DELETE_TABLE) {
      response = chain.proceed(chain.request());
      String table = ((DeleteTableRequest) request).tableName();
      items.forgetTable(table);
      queries.forgetTable(table);
    } else {
      response = chain.proceed(chain.request()); // TransactGetItems and the control plane
    }
    return (R) response;
  }

  private GetItemResponse getItem(GetItemRequest request, Chain<GetItemRequest, GetItemResponse> chain) {
    if (Boolean.TRUE.equals(request.consistentRead()) || request.key() == null) {
      return chain.proceed(request);
    }
    ReadShape shape = ReadShape.of(request);
    GetItemResponse cached = items.find(request.tableName(), request.key(), shape);
    if (cached != null) {
      items.tally().hit();
      return cached;
    }
    items.tally().miss();
    GetItemResponse response = chain.proceed(request);
    items.remember(request.tableName(), request.key(), shape, response.item());
    return response;
  }

  private <Q extends Record, R, S extends Record> S query(
      String table, Boolean consistentRead, Chain<Q, R> chain, Class<S> responseType) {
    if (Boolean.TRUE.equals(consistentRead) || table == null) {
      return responseType.cast(chain.proceed(chain.request()));
    }
    S cached = queries.find(table, chain.request(), responseType);
    if (cached != null) {
      return cached;
    }
    S response = responseType.cast(chain.proceed(chain.request()));
    queries.remember(table, chain.request(), response);
    return response;
  }

  /**
   * Runs a write, then brings the item cache up to date: a put's item and a delete's absence are
   * written through, everything else is forgotten. A failed write forgets its items too, since a
   * timeout can hide a write that happened.
   */
  private <Q extends Record, R> R write(Chain<Q, R> chain) {
    Q request = chain.request();
    R response;
    try {
      response = chain.proceed(request);
    } catch (RuntimeException e) {
      forgetWritten(request);
      throw e;
    }
    if (request instanceof PutItemRequest put && put.tableName() != null) {
      items.writeThrough(put.tableName(), put.item());
    } else if (request instanceof DeleteItemRequest delete && delete.tableName() != null) {
      items.writeDeleted(delete.tableName(), delete.key());
    } else if (request instanceof UpdateItemRequest update
        && update.returnValues() == ReturnValue.ALL_NEW
        && response instanceof UpdateItemResponse updated
        && updated.attributes() != null) {
      items.writeThrough(update.tableName(), updated.attributes());
    } else {
      forgetWritten(request);
    }
    return response;
  }

  private void forgetWritten(Record request) {
    if (request instanceof PutItemRequest put && put.tableName() != null && put.item() != null) {
      items.forgetItem(put.tableName(), put.item());
    } else if (request instanceof UpdateItemRequest update && update.tableName() != null && update.key() != null) {
      items.forget(update.tableName(), update.key());
    } else if (request instanceof DeleteItemRequest delete && delete.tableName() != null && delete.key() != null) {
      items.forget(delete.tableName(), delete.key());
    } else if (request instanceof BatchWriteItemRequest batch) {
      WrittenKeys.forget(items, batch);
    } else if (request instanceof TransactWriteItemsRequest transaction) {
      WrittenKeys.forget(items, transaction);
    }
  }
}
