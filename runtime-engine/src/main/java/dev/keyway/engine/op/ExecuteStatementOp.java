package dev.keyway.engine.op;

import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.consistency.StaleReads;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.PartiqlConstraints;
import dev.keyway.engine.partiql.PartiqlErrors;
import dev.keyway.engine.partiql.PartiqlParser;
import dev.keyway.engine.partiql.Statement;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ExecuteStatementRequest;
import dev.keyway.ops.ExecuteStatementResponse;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import java.util.Map;

/**
 * ExecuteStatement: one PartiQL statement, throttled and metered as the Query, Scan or single-item
 * write it stands for; a SELECT pages with NextToken.
 */
public final class ExecuteStatementOp {
  private final Catalog catalog;
  private final Committer committer;
  private final Throughput throughput;
  private final StaleReads stale; // null: every read sees the latest write

  public ExecuteStatementOp(Catalog catalog, Committer committer, Throughput throughput,
      StaleReads stale) {
    this.catalog = catalog;
    this.committer = committer;
    this.throughput = throughput;
    this.stale = stale;
  }

  public ExecuteStatementResponse execute(ExecuteStatementRequest r) {
    PartiqlConstraints.executeStatement(Errors.start(), r).throwIfAny();
    Statement s = PartiqlParser.parse(r.statement(), r.parameters());
    if (s instanceof Statement.Exists) {
      throw PartiqlErrors.existsOutsideTransaction();
    }
    if (s instanceof Statement.Select select) {
      return select(r, select);
    }
    PartiqlWrites.Planned planned = PartiqlWrites.plan(catalog, s,
        r.returnValuesOnConditionCheckFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD);
    ItemChange change = ItemWriter.write(committer, throughput, planned.action());
    return new ExecuteStatementResponse(planned.returned(change), null,
        Units.write(r.returnConsumedCapacity(), planned.action().table().meta(), change), null);
  }

  private ExecuteStatementResponse select(ExecuteStatementRequest r, Statement.Select select) {
    Table table = catalog.require(select.table());
    Map<String, AttributeValue> start =
        r.nextToken() == null ? null : NextTokens.decode(r.statement(), r.nextToken());
    PartiqlReader.Result result =
        PartiqlReader.select(table, select, r.limit(), start, r.consistentRead(), throughput, stale);
    Map<String, AttributeValue> last = result.page().lastEvaluatedKey();
    String indexName = result.index() == null ? null : result.index().spec().name();
    return new ExecuteStatementResponse(result.page().items(),
        last == null ? null : NextTokens.encode(r.statement(), last),
        Units.report(r.returnConsumedCapacity(), table.meta(),
            indexName == null ? result.units() : 0,
            indexName == null ? Map.of() : Map.of(indexName, result.units()), false),
        last);
  }
}
