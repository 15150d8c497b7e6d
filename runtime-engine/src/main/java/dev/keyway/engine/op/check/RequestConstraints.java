package dev.keyway.engine.op.check;

import dev.keyway.ops.BatchExecuteStatementRequest;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteTransactionRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.ListBackupsRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.RestoreTableFromBackupRequest;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.WriteRequest;
import dev.keyway.ops.streams.GetShardIteratorRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The member constraints of an operation's request (lengths, patterns, ranges, required members):
 * DynamoDB checks them all before anything else and reports every violation in one "N validation
 * errors detected" message. An operation runs them first; the wire reader adds them to the enum
 * values outside their set it found, which DynamoDB gathers in the same message. Every request
 * with an enum member is registered: item operations are here, transactions, PartiQL and backups
 * have their own classes, and CreateTable's and UpdateTable's live with the rest of their checks.
 */
public final class RequestConstraints {
  private static final Map<Class<?>, BiFunction<Errors, Object, Errors>> BY_REQUEST = new HashMap<>();

  static {
    on(GetItemRequest.class, RequestConstraints::getItem);
    on(PutItemRequest.class, RequestConstraints::putItem);
    on(UpdateItemRequest.class, RequestConstraints::updateItem);
    on(DeleteItemRequest.class, RequestConstraints::deleteItem);
    on(QueryRequest.class, RequestConstraints::query);
    on(ScanRequest.class, RequestConstraints::scan);
    on(BatchGetItemRequest.class, RequestConstraints::batchGetItem);
    on(BatchWriteItemRequest.class, RequestConstraints::batchWriteItem);
    on(TransactWriteItemsRequest.class, TransactConstraints::transactWriteItems);
    on(TransactGetItemsRequest.class, TransactConstraints::transactGetItems);
    on(CreateTableRequest.class, CreateTableCheck::constraints);
    on(UpdateTableRequest.class, UpdateTableCheck::constraints);
    on(ExecuteStatementRequest.class, PartiqlConstraints::executeStatement);
    on(BatchExecuteStatementRequest.class, PartiqlConstraints::batchExecuteStatement);
    on(ExecuteTransactionRequest.class, PartiqlConstraints::executeTransaction);
    on(ListBackupsRequest.class, BackupConstraints::listBackups);
    on(RestoreTableFromBackupRequest.class, BackupConstraints::restoreTableFromBackup);
    on(RestoreTableToPointInTimeRequest.class, BackupConstraints::restoreTableToPointInTime);
    on(GetShardIteratorRequest.class, RequestConstraints::getShardIterator);
  }

  private RequestConstraints() {}

  private static <R> void on(Class<R> type, BiFunction<Errors, R, Errors> constraints) {
    BY_REQUEST.put(type, (errors, request) -> constraints.apply(errors, type.cast(request)));
  }

  /** Adds the violations of {@code request}'s operation; other requests add nothing. */
  public static Errors check(Errors errors, Object request) {
    BiFunction<Errors, Object, Errors> constraints = BY_REQUEST.get(request.getClass());
    return constraints == null ? errors : constraints.apply(errors, request);
  }

  /** The Streams API's GetShardIterator: three required members, a shard ID of 28 to 65 chars. */
  public static Errors getShardIterator(Errors errors, GetShardIteratorRequest r) {
    return errors.notNull(r.streamArn(), "streamArn").notNull(r.shardId(), "shardId")
        .length(r.shardId(), 28, 65, "shardId").notNull(r.shardIteratorType(), "shardIteratorType");
  }

  public static Errors getItem(Errors errors, GetItemRequest r) {
    return errors.tableName(r.tableName(), "tableName").notNull(r.key(), "key")
        .minLength(r.attributesToGet(), 1, "attributesToGet");
  }

  public static Errors putItem(Errors errors, PutItemRequest r) {
    return errors.tableName(r.tableName(), "tableName").notNull(r.item(), "item");
  }

  public static Errors updateItem(Errors errors, UpdateItemRequest r) {
    return errors.tableName(r.tableName(), "tableName").notNull(r.key(), "key");
  }

  public static Errors deleteItem(Errors errors, DeleteItemRequest r) {
    return errors.tableName(r.tableName(), "tableName").notNull(r.key(), "key");
  }

  public static Errors query(Errors errors, QueryRequest r) {
    errors.tableName(r.tableName(), "tableName").indexName(r.indexName(), "indexName")
        .minimum(r.limit(), 1, "limit").minLength(r.attributesToGet(), 1, "attributesToGet");
    NestedRules.conditions(errors, r.keyConditions(), "keyConditions");
    NestedRules.conditions(errors, r.queryFilter(), "queryFilter");
    return errors;
  }

  public static Errors scan(Errors errors, ScanRequest r) {
    errors.tableName(r.tableName(), "tableName").indexName(r.indexName(), "indexName")
        .minimum(r.limit(), 1, "limit").minLength(r.attributesToGet(), 1, "attributesToGet")
        .minimum(r.segment(), 0, "segment").maximum(r.segment(), 999999, "segment")
        .minimum(r.totalSegments(), 1, "totalSegments")
        .maximum(r.totalSegments(), 1000000, "totalSegments");
    NestedRules.conditions(errors, r.scanFilter(), "scanFilter");
    return errors;
  }

  public static Errors batchGetItem(Errors errors, BatchGetItemRequest r) {
    Map<String, KeysAndAttributes> items = r.requestItems();
    if (!requestItems(errors, items)) {
      return errors;
    }
    items.forEach((table, get) -> {
      String path = NestedRules.entry("requestItems", table) + ".keys";
      List<?> keys = get == null ? null : get.keys();
      errors.notNull(keys, path).minLength(keys, 1, path).maxLength(keys, 100, path);
    });
    return errors;
  }

  public static Errors batchWriteItem(Errors errors, BatchWriteItemRequest r) {
    Map<String, List<WriteRequest>> items = r.requestItems();
    if (!requestItems(errors, items)) {
      return errors;
    }
    if (items.values().stream().anyMatch(list -> list == null || list.isEmpty()
        || list.size() > 25)) {
      errors.add(items, "requestItems", "Map value must satisfy constraint: [Member must have "
          + "length less than or equal to 25, Member must have length greater than or equal to 1]");
    }
    items.forEach((table, writes) -> {
      for (int i = 0; writes != null && i < writes.size(); i++) {
        WriteRequest w = writes.get(i);
        String path = NestedRules.element(NestedRules.entry("requestItems", table), i);
        if (w == null) {
          continue; // neither request: BatchWriteItemOp refuses it after the constraints
        }
        if (w.deleteRequest() != null) {
          errors.notNull(w.deleteRequest().key(), path + ".deleteRequest.key");
        }
        if (w.putRequest() != null) {
          errors.notNull(w.putRequest().item(), path + ".putRequest.item");
        }
      }
    });
    return errors;
  }

  /** A batch's RequestItems as a whole; false when it is missing. */
  private static boolean requestItems(Errors errors, Map<String, ?> items) {
    errors.notNull(items, "requestItems");
    if (items == null) {
      return false;
    }
    if (items.isEmpty()) {
      errors.add(items, "requestItems", "Member must have length greater than or equal to 1");
    }
    errors.tableNameKeys(items, "requestItems");
    return true;
  }
}
