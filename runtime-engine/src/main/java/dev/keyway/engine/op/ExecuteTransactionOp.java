package dev.keyway.engine.op;

import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.expr.eval.ConditionEvaluator;
import dev.keyway.engine.op.TransactWritePlan.Planned;
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
import dev.keyway.engine.txn.ItemLocks;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ExecuteTransactionRequest;
import dev.keyway.ops.ExecuteTransactionResponse;
import dev.keyway.ops.ItemResponse;
import dev.keyway.ops.ParameterizedStatement;
import dev.keyway.ops.ReturnValuesOnConditionCheckFailure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ExecuteTransaction: up to 100 statements, all single-item SELECTs (read as one snapshot, like
 * TransactGetItems) or all writes and EXISTS checks (all or nothing, through TransactWriteItems'
 * commit: cancellation reasons, ClientRequestToken idempotency for ten minutes).
 */
public final class ExecuteTransactionOp {
  private final Catalog catalog;
  private final Committer committer;
  private final ClientTokens tokens;
  private final Throughput throughput;

  public ExecuteTransactionOp(Catalog catalog, Committer committer, Clock clock,
      Throughput throughput) {
    this.catalog = catalog;
    this.throughput = throughput;
    this.committer = committer;
    this.tokens = new ClientTokens(clock);
  }

  public ExecuteTransactionResponse execute(ExecuteTransactionRequest r) {
    PartiqlConstraints.executeTransaction(Errors.start(), r).throwIfAny();
    return tokens.once(r.clientRequestToken(), r, ExecuteTransactionResponse.class, () -> {
      List<Statement> statements = parse(r.transactStatements());
      return statements.get(0).isRead() ? read(r, statements) : write(r, statements);
    });
  }

  private static List<Statement> parse(List<ParameterizedStatement> given) {
    List<Statement> statements = new ArrayList<>(given.size());
    for (ParameterizedStatement s : given) {
      Statement statement = PartiqlParser.parse(s.statement(), s.parameters());
      if (!statements.isEmpty() && statements.get(0).isRead() != statement.isRead()) {
        throw new ValidationException("ExecuteTransaction API does not support both read and "
            + "write operations in the same request.");
      }
      statements.add(statement);
    }
    return statements;
  }

  private ExecuteTransactionResponse write(ExecuteTransactionRequest r, List<Statement> statements) {
    List<Planned> plan = new ArrayList<>(statements.size());
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      PartiqlWrites.Planned p = PartiqlWrites.plan(catalog, statements.get(i),
          r.transactStatements().get(i).returnValuesOnConditionCheckFailure()
              == ReturnValuesOnConditionCheckFailure.ALL_OLD);
      if (!seen.add(List.of(p.action().table().name(), p.action().key()))) {
        throw new ValidationException(
            "Transaction request cannot include multiple operations on one item");
      }
      plan.add(new Planned(p.action(), p.check()));
    }
    return new ExecuteTransactionResponse(null,
        TransactWriteItemsOp.commit(committer, throughput, plan, r.returnConsumedCapacity()));
  }

  /** Single-item SELECTs on tables, read under the items' locks as one snapshot. */
  private ExecuteTransactionResponse read(ExecuteTransactionRequest r, List<Statement> statements) {
    List<Table> tables = new ArrayList<>();
    List<EntryKey> keys = new ArrayList<>();
    List<WhereKeys.Target> targets = new ArrayList<>();
    List<ItemLocks.Target> locks = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Statement s : statements) {
      Statement.Select select = (Statement.Select) s;
      Table table = catalog.require(select.table());
      if (select.index() != null) {
        throw PartiqlErrors.indexInTransaction();
      }
      WhereKeys.Target target;
      try {
        target = WhereKeys.target(select.where(), table.key());
      } catch (ValidationException incomplete) {
        throw PartiqlErrors.transactionReadKey();
      }
      EntryKey key = table.key().entryKey(target.key());
      if (!seen.add(List.of(table.name(), key))) {
        throw new ValidationException(
            "Transaction request cannot include multiple operations on one item");
      }
      tables.add(table);
      keys.add(key);
      targets.add(target);
      locks.add(new ItemLocks.Target(table, key));
    }
    for (int i = 0; i < tables.size(); i++) { // refused whole, as TransactGetItems
      throughput.admitRead(tables.get(i).meta(), null, keys.get(i).hashKey());
    }
    List<ItemResponse> responses = new ArrayList<>();
    Map<String, Double> units = new LinkedHashMap<>();
    try (ItemLocks held = ItemLocks.acquire(locks)) {
      for (int i = 0; i < tables.size(); i++) {
        StoredItem item = tables.get(i).get(keys.get(i));
        double itemUnits = 2 * Units.read(item == null ? 0 : item.sizeInBytes(), true);
        throughput.read(tables.get(i).meta(), null, keys.get(i).hashKey(), itemUnits);
        units.merge(tables.get(i).name(), itemUnits, Double::sum);
        responses.add(new ItemResponse(selected((Statement.Select) statements.get(i),
            targets.get(i), item)));
      }
    }
    return new ExecuteTransactionResponse(responses,
        TransactGetItemsOp.capacity(r.returnConsumedCapacity(), tables, units));
  }

  private static Map<String, AttributeValue> selected(
      Statement.Select select, WhereKeys.Target target, StoredItem item) {
    if (item == null || (target.rest() != null
        && !ConditionEvaluator.test(target.rest(), item.attributes()))) {
      return null;
    }
    ItemProjection projection = PartiqlReader.projection(select);
    return projection == null ? item.attributes() : projection.apply(item.attributes());
  }
}
