package dev.keyway.engine.op;

import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.PartiqlConstraints;
import dev.keyway.engine.partiql.PartiqlErrors;
import dev.keyway.engine.partiql.PartiqlParser;
import dev.keyway.engine.partiql.Statement;
import dev.keyway.engine.partiql.WhereKeys;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchExecuteStatementRequest;
import dev.keyway.ops.BatchExecuteStatementResponse;
import dev.keyway.ops.BatchStatementError;
import dev.keyway.ops.BatchStatementErrorCodeEnum;
import dev.keyway.ops.BatchStatementRequest;
import dev.keyway.ops.BatchStatementResponse;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * BatchExecuteStatement: up to 25 statements, all reads (single-item SELECTs, like BatchGetItem)
 * or all writes, each run on its own and throttled and metered as a GetItem or a single write; a
 * statement's failure (a throttled one too) is its response's error, not the request's.
 */
public final class BatchExecuteStatementOp {
  private final Catalog catalog;
  private final Committer committer;
  private final Throughput throughput;

  public BatchExecuteStatementOp(Catalog catalog, Committer committer, Throughput throughput) {
    this.catalog = catalog;
    this.committer = committer;
    this.throughput = throughput;
  }

  public BatchExecuteStatementResponse execute(BatchExecuteStatementRequest r) {
    PartiqlConstraints.batchExecuteStatement(Errors.start(), r).throwIfAny();
    List<Object> parsed = new ArrayList<>(); // a Statement, or the DynamoDbException that refused it
    Boolean reads = null;
    for (BatchStatementRequest s : r.statements()) {
      Object p = parse(s);
      if (p instanceof Statement statement) {
        if (reads != null && reads != statement.isRead()) {
          throw new ValidationException(
              "Read and write requests together in the same batch is not supported.");
        }
        reads = statement.isRead();
      }
      parsed.add(p);
    }
    PartiqlCapacity capacity = new PartiqlCapacity();
    List<BatchStatementResponse> responses = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      BatchStatementRequest request = r.statements().get(i);
      Object p = parsed.get(i);
      if (p instanceof DynamoDbException e) {
        responses.add(failed(e, null));
        continue;
      }
      Statement statement = (Statement) p;
      try {
        responses.add(statement instanceof Statement.Select select
            ? read(select, request, capacity) : write(statement, request, capacity));
      } catch (DynamoDbException e) {
        responses.add(failed(e, statement.table()));
      }
    }
    return new BatchExecuteStatementResponse(responses, capacity.report(r.returnConsumedCapacity()));
  }

  /** The statement, or the ValidationException refusing it (reported as that statement's error). */
  private static Object parse(BatchStatementRequest s) {
    try {
      Statement statement = PartiqlParser.parse(s.statement(), s.parameters());
      if (statement instanceof Statement.Exists) {
        throw PartiqlErrors.existsOutsideTransaction();
      }
      return statement;
    } catch (ValidationException refused) {
      return refused;
    }
  }

  /** A single-item SELECT: the full primary key pinned, no index. */
  private BatchStatementResponse read(Statement.Select select, BatchStatementRequest request,
      PartiqlCapacity capacity) {
    Table table = catalog.require(select.table());
    WhereKeys.Target target;
    try {
      if (select.index() != null || select.where() == null) {
        throw PartiqlErrors.incompleteKey();
      }
      target = WhereKeys.target(select.where(), table.key());
    } catch (ValidationException notSingleItem) {
      throw new ValidationException("Only single item select is supported");
    }
    EntryKey key = table.key().entryKey(target.key());
    throughput.admitRead(table.meta(), null, key.hashKey()); // refused: this statement's error
    StoredItem item = table.get(key);
    double units = Units.read(item == null ? 0 : item.sizeInBytes(),
        Boolean.TRUE.equals(request.consistentRead()));
    throughput.read(table.meta(), null, key.hashKey(), units);
    capacity.add(table, units);
    Map<String, AttributeValue> out = null;
    if (item != null && (target.rest() == null
        || dev.keyway.engine.expr.eval.ConditionEvaluator.test(target.rest(), item.attributes()))) {
      ItemProjection projection = PartiqlReader.projection(select);
      out = projection == null ? item.attributes() : projection.apply(item.attributes());
    }
    return new BatchStatementResponse(null, table.name(), out);
  }

  private BatchStatementResponse write(Statement statement, BatchStatementRequest request,
      PartiqlCapacity capacity) {
    PartiqlWrites.Planned planned = PartiqlWrites.plan(catalog, statement,
        request.returnValuesOnConditionCheckFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD);
    ItemChange change = ItemWriter.write(committer, throughput, planned.action());
    capacity.add(planned.action().table(), Units.write(change.largerSize()));
    return new BatchStatementResponse(null, planned.action().table().name(), null);
  }

  private static BatchStatementResponse failed(DynamoDbException e, String table) {
    Map<String, AttributeValue> item = e instanceof ConditionalCheckFailedException ccf
        ? ccf.item().orElse(null) : null;
    return new BatchStatementResponse(
        new BatchStatementError(code(e), e.getMessage(), item), table, null);
  }

  /** DynamoDB's per-statement code for an error: its type without "Exception". */
  static BatchStatementErrorCodeEnum code(DynamoDbException e) {
    String type = e.errorType();
    String name = type.endsWith("Exception") ? type.substring(0, type.length() - "Exception".length()) : type;
    if (name.equals("Validation")) {
      return BatchStatementErrorCodeEnum.ValidationError;
    }
    if (name.equals("Throttling")) {
      return BatchStatementErrorCodeEnum.ThrottlingError;
    }
    try {
      return BatchStatementErrorCodeEnum.valueOf(name);
    } catch (IllegalArgumentException other) {
      return BatchStatementErrorCodeEnum.InternalServerError;
    }
  }
}
