package dev.keyway.engine.op;

import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.TransactWritePlan.Planned;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.error.CancellationReason;
import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.IdempotentParameterMismatchException;
import dev.keyway.error.TransactionCanceledException;
import dev.keyway.ops.ConsumedCapacity;
import dev.keyway.ops.ItemCollectionMetrics;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.TransactWriteItemsResponse;
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
  private final ClientTokens tokens = new ClientTokens();

  public TransactWriteItemsOp(Catalog catalog) {
    this.catalog = catalog;
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
        if (!done.request().equals(r)) {
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
    List<ItemLocks.Target> targets = new ArrayList<>();
    for (Planned p : plan) {
      targets.add(new ItemLocks.Target(p.action().table(), p.action().key()));
    }
    List<ItemWriter.Written> written = new ArrayList<>();
    try (ItemLocks locks = ItemLocks.acquire(targets)) {
      return commitAll(r, plan, written);
    } catch (RequestFailure f) {
      throw f.error;
    }
  }

  private TransactWriteItemsResponse commitAll(
      TransactWriteItemsRequest r, List<Planned> plan, List<ItemWriter.Written> written) {
    {
      List<StoredItem> current = new ArrayList<>();
      List<CancellationReason> reasons = new ArrayList<>();
      boolean failed = false;
      for (Planned p : plan) {
        StoredItem item = p.action().table().get(p.action().key());
        current.add(item);
        try {
          ItemWriter.checkCondition(p.action(), item);
          reasons.add(CancellationReason.NONE);
        } catch (ConditionalCheckFailedException e) {
          failed = true;
          reasons.add(CancellationReason.conditionalCheckFailed(e.item().orElse(null)));
        }
      }
      List<StoredItem> next = new ArrayList<>();
      if (!failed) {
        for (int i = 0; i < plan.size(); i++) {
          Planned p = plan.get(i);
          // Errors while applying an update expression fail the request itself (as DynamoDB
          // Local does); a new item that breaks a limit cancels the transaction.
          try {
            StoredItem computed = p.check() ? current.get(i) : mutate(p, current.get(i));
            if (!p.check()) {
              ItemWriter.validate(p.action(), current.get(i), computed);
            }
            next.add(computed);
          } catch (DynamoDbException e) {
            failed = true;
            next.add(null);
            reasons.set(i, new CancellationReason(
                e.errorType().equals("ItemCollectionSizeLimitExceededException")
                    ? "ItemCollectionSizeLimitExceeded" : "ValidationError", e.getMessage(), null));
          }
        }
      }
      if (failed) {
        throw new TransactionCanceledException(reasons);
      }
      for (int i = 0; i < plan.size(); i++) {
        Planned p = plan.get(i);
        written.add(p.check() ? new ItemWriter.Written(current.get(i), current.get(i), Map.of())
            : ItemWriter.commit(p.action(), current.get(i), next.get(i)));
      }
    }
    return new TransactWriteItemsResponse(capacity(r, plan, written), metrics(r, plan));
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

  private static List<ConsumedCapacity> capacity(
      TransactWriteItemsRequest r, List<Planned> plan, List<ItemWriter.Written> written) {
    if (r.returnConsumedCapacity() == null) {
      return null;
    }
    Map<String, double[]> tableUnits = new LinkedHashMap<>();
    Map<String, Map<String, Double>> indexUnits = new LinkedHashMap<>();
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      ItemWriter.Written w = written.get(i);
      String name = p.action().table().name();
      double units = p.check() ? Units.read(w.largerSize(), true) * 2
          : Units.write(w.largerSize()) * 2;
      tableUnits.computeIfAbsent(name, n -> new double[1])[0] += units;
      Map<String, Double> idx = indexUnits.computeIfAbsent(name, n -> new LinkedHashMap<>());
      w.indexUnits().forEach((k, v) -> idx.merge(k, v * 2, Double::sum));
    }
    List<ConsumedCapacity> out = new ArrayList<>();
    for (Planned p : plan) {
      String name = p.action().table().name();
      if (tableUnits.containsKey(name)) {
        ConsumedCapacity c = Units.report(r.returnConsumedCapacity(), p.action().table().meta(),
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
