package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.capacity.IndexWriteUnits;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.MultiItemWrite;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.TransactConstraints;
import dev.keyway.engine.op.TransactWritePlan.Planned;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.engine.txn.ItemLocks;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DuplicateItemException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.ItemCollectionMetrics;
import dev.keyway.ops.ReturnConsumedCapacity;
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
    TransactConstraints.transactWriteItems(Errors.start(), r).throwIfAny();
    return tokens.once(r.clientRequestToken(), r, TransactWriteItemsResponse.class,
        () -> run(r, TransactWritePlan.plan(catalog, r.transactItems())));
  }

  private TransactWriteItemsResponse run(TransactWriteItemsRequest r, List<Planned> plan) {
    return new TransactWriteItemsResponse(
        commit(plan, r.returnConsumedCapacity()), metrics(r, plan));
  }

  /**
   * Decides and applies planned actions all or nothing (TransactionCanceledException with one
   * reason per action when any fails); the consumed capacity when {@code capacity} asks for it.
   */
  static List<ConsumedCapacity> commit(Committer committer, Throughput throughput,
      List<Planned> plan, ReturnConsumedCapacity capacity) {
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
    Decision decision = new Decision(plan, throughput);
    try {
      committer.writeAll(targets, decision);
    } catch (RequestFailure f) {
      throw f.error;
    }
    if (throughput.counting()) {
      charge(throughput, plan, decision.outcome);
    }
    return capacity(capacity, plan, decision.outcome);
  }

  private List<ConsumedCapacity> commit(List<Planned> plan, ReturnConsumedCapacity capacity) {
    return commit(committer, throughput, plan, capacity);
  }

  /**
   * Decides the transaction with every item locked: all conditions first, then every new item;
   * any failure cancels it. Keeps each action's outcome (a ConditionCheck's item unchanged) for
   * the capacity report; only the writes go into the commit.
   */
  private static final class Decision implements MultiItemWrite {
    private final List<Planned> plan;
    private final ItemChange[] outcome;
    private final Throughput throughput;

    Decision(List<Planned> plan, Throughput throughput) {
      this.throughput = throughput;
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
        } catch (DuplicateItemException e) {
          failed = true; // a PartiQL INSERT of an existing key (ExecuteTransaction)
          reasons.add(new CancellationReason("DuplicateItem", e.getMessage(), null));
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
      for (int i = 0; i < plan.size(); i++) { // refused whole when a GSI partition is hot
        if (!plan.get(i).check()) {
          throughput.admitIndexWrites(plan.get(i).action().table().meta(), current[i], next[i]);
        }
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
  private static void charge(Throughput throughput, List<Planned> plan, ItemChange[] written) {
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
        throughput.chargeIndexPartitions(meta, w, 2);
      }
    }
  }

  private static List<ConsumedCapacity> capacity(
      ReturnConsumedCapacity mode, List<Planned> plan, ItemChange[] written) {
    if (mode == null) {
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
        ConsumedCapacity c = Units.reportTransactional(mode, p.action().table().meta(),
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
