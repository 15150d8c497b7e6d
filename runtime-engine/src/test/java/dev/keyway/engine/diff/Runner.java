package dev.keyway.engine.diff;

import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateItemRequest;

/** One backend under differential test: runs a Keyway request and reports its outcome. */
public interface Runner {
  Outcome createTable(CreateTableRequest r);

  Outcome describeTable(String table);

  Outcome updateTable(dev.keyway.ops.UpdateTableRequest r);

  Outcome deleteTable(String table);

  Outcome listTables(String start, Integer limit);

  Outcome put(PutItemRequest r);

  Outcome get(GetItemRequest r);

  Outcome update(UpdateItemRequest r);

  Outcome delete(DeleteItemRequest r);

  Outcome query(QueryRequest r);

  Outcome scan(ScanRequest r);

  Outcome batchGet(BatchGetItemRequest r);

  Outcome batchWrite(BatchWriteItemRequest r);

  Outcome transactWrite(TransactWriteItemsRequest r);

  Outcome transactGet(TransactGetItemsRequest r);
}
