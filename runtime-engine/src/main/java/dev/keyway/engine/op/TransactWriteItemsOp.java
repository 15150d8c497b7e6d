package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.capacity.IndexWriteUnits;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.MultiItemWrite;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.TransactWritePlan.Planned;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.txn.ItemLocks;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.IdempotentParameterMismatchException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.ItemCollectionMetrics;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.TransactWriteItemsResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TransactWriteItems: every item is locked in global order, every condition is checked, every new
 * item is computed and checked, and only then is anything written: all or nothing, serializable
 * with every other write. A ClientRequestToken makes a repeat within 10 minutes a no-op.
 */
public final class TransactWriteItemsOp {
  private final Catalog catalog;
  private final Committer committer;
  private final ClientTokens tokens;
  private final Throughput throughput;

  public TransactWriteItemsOp(Catalog catalog, Committer committer, Clock clock,
      Throughput throughput) {
    this.catalog = catalog;
    this.committer = committer;
    this.tokens = new ClientTokens(clock);
    this.throughput = throughput;
  }

  public TransactWriteItemsResponse execute(TransactWriteItemsRequest r) {
    Errors errors = Errors.start().notNull(r.transactItems(), "transactItems");
    errors.maxLength(r.transactItems(), 100, "transactItems");
    errors.minLength(r.transactItems(), 1, "transactItems");
    if (r.clientRequestToken() != null && (r.clientRequestToken().isEmpty()
        || r.clientRequestToken().length() > 36)) {
      errors.add(r.clientRequestToken(), "clientRequestToken",
          "Member must have length less than or equal to 36");
    }
    errors.throwIfAny();
    String token = r.clientRequestToken();
    if (token != null) {
      ClientTokens.Completed done = tokens.find(token);
      if (done != null) {
        if (!done.sameRequest(r)) {
          throw new IdempotentParameterMismatchException("Transaction request with the same "
              + "client request token has different parameters");
        }
        return done.response();
      }
    }
    List<Planned> plan = TransactWritePlan.plan(catalog, r.transactItems());
    TransactWriteItemsResponse response = run(r, plan);
    if (token != null) {
      tokens.record(token, r, response);
    }
    return response;
  }

  private TransactWriteItemsResponse run(TransactWriteItemsRequest r, List<Planned> plan) {
    List<ItemLocks.Target> targets = new ArrayList<>(plan.size());
    for (Planned p : plan) {
      targets.add(new ItemLocks.Target(p.action().table(), p.action().key()));
    }
    for (Planned p : plan) { // the whole transaction is refused when any item lacks capacity
      TableMeta meta = p.action().table().meta();
      if (p.check()) {
        throughput.admitRead(meta, null, p.action().key().hashKey());
      } else {
        throughput.admitWrite(meta, p.action().key().hashKey());
      }
    }
    Decision decision = new Decision(plan);
    try {
      committer.writeAll(targets, decision);
    } catch (RequestFailure f) {
      throw f.error;
    }
    if (throughput.counting()) {
      charge(plan, decision.outcome);
    }
    return new TransactWriteItemsResponse(
        capacity(r, plan, decision.outcome), metrics(r, plan));
  }

  /**
   * Decides the transaction with every item locked: all conditions first, then every new item;
   * any failure cancels it. Keeps each action's outcome (a ConditionCheck's item unchanged) for
   * the capacity report; only the writes go into the commit.
   */
  private static final class Decision implements MultiItemWrite {
    private final List<Planned> plan;
    private final ItemChange[] outcome;

    Decision(List<Planned> plan) {
      this.plan = plan;
      this.outcome = new ItemChange[plan.size()];
    }

    @Override
    public List<ItemChange> changes(StoredItem[] current) {
      List<CancellationReason> reasons = new ArrayList<>();
      boolean failed = false;
      for (int i = 0; i < plan.size(); i++) {
        try {
          ItemWriter.checkCondition(plan.get(i).action(), current[i]);
          reasons.add(CancellationReason.NONE);
        } catch (ConditionalCheckFailedException e) {
          failed = true;
          reasons.add(CancellationReason.conditionalCheckFailed(e.item().orElse(null)));
        }
      }
      StoredItem[] next = new StoredItem[plan.size()];
      if (!failed) {
        for (int i = 0; i < plan.size(); i++) {
          Planned p = plan.get(i);
          // Errors while applying an update expression fail the request itself (as DynamoDB
          // Local does); a new item that breaks a limit cancels the transaction.
          try {
            next[i] = p.check() ? current[i] : mutate(p, current[i]);
            if (!p.check()) {
              ItemWriter.validate(p.action(), current[i], next[i]);
            }
          } catch (DynamoDbException e) {
            failed = true;
            reasons.set(i, new CancellationReason(
                e.errorType().equals("ItemCollectionSizeLimitExceededException")
                    ? "ItemCollectionSizeLimitExceeded" : "ValidationError", e.getMessage(), null));
          }
        }
      }
      if (failed) {
        throw new TransactionCanceledException(reasons);
      }
      List<ItemChange> writes = new ArrayList<>(plan.size());
      for (int i = 0; i < plan.size(); i++) {
        ItemWriter.Action a = plan.get(i).action();
        outcome[i] = new ItemChange(a.table(), a.key(), current[i], next[i]);
        if (!plan.get(i).check()) {
          writes.add(outcome[i]);
        }
      }
      return writes;
    }
  }

  /** Applies an action's mutation; key-attribute updates become cancellation reasons. */
  private static StoredItem mutate(Planned p, StoredItem current) {
    try {
      return p.action().mutation().apply(current);
    } catch (KeyAttributeUpdateException e) {
      throw e;
    } catch (DynamoDbException e) {
      throw new RequestFailure(e);
    }
  }

  /** Carries an error that fails the whole request instead of cancelling the transaction. */
  private static final class RequestFailure extends RuntimeException {
    final DynamoDbException error;

    RequestFailure(DynamoDbException error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  /** Reports what the applied transaction consumed: twice the units of the same plain requests. */
  private void charge(List<Planned> plan, ItemChange[] written) {
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      TableMeta meta = p.action().table().meta();
      ItemChange w = written[i];
      if (p.check()) {
        throughput.read(meta, null, p.action().key().hashKey(), Units.read(w.largerSize(), true) * 2);
      } else {
        Map<String, Double> indexUnits = new LinkedHashMap<>();
        IndexWriteUnits.of(meta, w.oldImage(), w.newImage())
            .forEach((k, v) -> indexUnits.put(k, v * 2));
        throughput.write(meta, p.action().key().hashKey(), Units.write(w.largerSize()) * 2,
            indexUnits);
      }
    }
  }

  private static List<ConsumedCapacity> capacity(
      TransactWriteItemsRequest r, List<Planned> plan, ItemChange[] written) {
    if (r.returnConsumedCapacity() == null) {
      return null;
    }
    Map<String, double[]> tableUnits = new LinkedHashMap<>();
    Map<String, Map<String, Double>> indexUnits = new LinkedHashMap<>();
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      ItemChange w = written[i];
      String name = p.action().table().name();
      double units = p.check() ? Units.read(w.largerSize(), true) * 2
          : Units.write(w.largerSize()) * 2;
      tableUnits.computeIfAbsent(name, n -> new double[1])[0] += units;
      Map<String, Double> idx = indexUnits.computeIfAbsent(name, n -> new LinkedHashMap<>());
      if (!p.check()) {
        IndexWriteUnits.of(p.action().table().meta(), w.oldImage(), w.newImage())
            .forEach((k, v) -> idx.merge(k, v * 2, Double::sum));
      }
    }
    List<ConsumedCapacity> out = new ArrayList<>();
    for (Planned p : plan) {
      String name = p.action().table().name();
      if (tableUnits.containsKey(name)) {
        ConsumedCapacity c = Units.reportTransactional(r.returnConsumedCapacity(), p.action().table().meta(),
            tableUnits.remove(name)[0], indexUnits.get(name), true);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static Map<String, List<ItemCollectionMetrics>> metrics(
      TransactWriteItemsRequest r, List<Planned> plan) {
    if (r.returnItemCollectionMetrics() == null) {
      return null;
    }
    Map<String, List<ItemCollectionMetrics>> out = new LinkedHashMap<>();
    for (Planned p : plan) {
      ItemCollectionMetrics m = ItemWriter.metrics(p.action().table(), p.action().key(),
          r.returnItemCollectionMetrics());
      if (m != null && !p.check()) {
        out.computeIfAbsent(p.action().table().name(), k -> new ArrayList<>()).add(m);
      }
    }
    return out;
  }
}
