package dev.keyway.api;

import dev.keyway.expr.Condition;
import dev.keyway.expr.ExpressionSet;
import dev.keyway.expr.Paths;
import dev.keyway.expr.Update;
import dev.keyway.model.ItemKey;
import dev.keyway.ops.ConditionCheck;
import dev.keyway.ops.Delete;
import dev.keyway.ops.Put;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An all-or-nothing write of up to 100 actions on one table (DynamoDB TransactWriteItems), built by a
 * generated facade's {@code transact(tx -> ...)}. Puts go through the entity's repository (version
 * checks included); updates require the item to exist. A generated {@code <Entity>Update} (see
 * {@link #update(EntityUpdate)}) writes recomputed index keys and the version increment in the same
 * action, and checks the version when it carries one; {@link #upsert(EntityUpdate)} creates the item
 * when absent; {@link #delete(Object)} of a {@code @Version} entity checks its version. A raw {@link
 * #update(ItemKey, Update)} must not change key attributes.
 */
public final class WriteTransaction {
  private final Backend backend;
  private final String tableName;
  private final String partitionKey;
  private final Map<Class<?>, EntityRepository<?>> repositories;
  private final List<TransactWriteItem> items = new ArrayList<>();
  private final List<TransactionAction> actions = new ArrayList<>();
  private final List<Object> stored = new ArrayList<>();

  public WriteTransaction(Backend backend, String tableName, String partitionKey,
      Map<Class<?>, EntityRepository<?>> repositories) {
    this.backend = backend;
    this.tableName = tableName;
    this.partitionKey = partitionKey;
    this.repositories = Map.copyOf(repositories);
  }

  public <T> WriteTransaction put(T entity) {
    return put(entity, null);
  }

  @SuppressWarnings("unchecked")
  private <T> EntityRepository<T> repository(T entity) {
    EntityRepository<T> repo = (EntityRepository<T>) repositories.get(entity.getClass());
    if (repo == null) {
      throw new IllegalArgumentException(entity.getClass().getName() + " is not an entity of table " + tableName);
    }
    return repo;
  }

  public <T> WriteTransaction put(T entity, Condition condition) {
    EntityRepository<T> repo = repository(entity);
    EntityRepository.PreparedPut prepared = repo.preparePut(entity, condition);
    Put.Builder put = Put.builder().tableName(tableName).item(prepared.item());
    ExpressionSet ex = prepared.expressions();
    if (ex != null) {
      put.conditionExpression(ex.conditionExpression().orElseThrow());
      EntityRepository.names(ex, put::expressionAttributeNames);
      EntityRepository.values(ex, put::expressionAttributeValues);
    }
    items.add(TransactWriteItem.builder().put(put.build()).build());
    actions.add(new TransactionAction(actions.size(), TransactionAction.Kind.PUT,
        new dev.keyway.model.Key(repo.schema().keyOf(entity)), entity));
    stored.add(repo.schema().fromItem(prepared.item()));
    return this;
  }

  /**
   * A raw update of an existing item of an <em>unversioned</em> entity. A key carries no version, so for a
   * typed key ({@code <Entity>Keys.of(..)}) of a {@code @Version} entity this is an IllegalStateException, as
   * in the repository: say which you mean with {@link #update(ItemKey, Update, long)} (checks and increments)
   * or {@link #updateUnversioned(ItemKey, Update)} (increments only).
   */
  public WriteTransaction update(ItemKey key, Update update) {
    return update(key, update, (Condition) null);
  }

  /**
   * A raw update of a {@code @Version} entity (typed key) that applies only if the stored version is {@code
   * expectedVersion}, and increments it.
   */
  public WriteTransaction update(ItemKey key, Update update, long expectedVersion) {
    String version = versionAttribute(key);
    if (version == null) {
      throw new IllegalStateException("update(key, update, expectedVersion) needs a typed key of a @Version "
          + "entity (<Entity>Keys.of(..)); " + key + " names none: use update(key, update)");
    }
    return update(key, update.add(Paths.number(version, Long.class), 1),
        Paths.number(version, Long.class).eq(expectedVersion), key);
  }

  /** A raw update that never checks a {@code @Version} (last writer wins); a versioned entity's version is still incremented. */
  public WriteTransaction updateUnversioned(ItemKey key, Update update) {
    String version = versionAttribute(key);
    return update(key, version == null ? update : update.add(Paths.number(version, Long.class), 1), null, key);
  }

  /** A generated update builder: its changes, recomputed index keys and version increment, atomically. */
  public WriteTransaction update(EntityUpdate<?> update) {
    return update(update.key(), update.update(backend.clock()), update.condition(), update);
  }

  /** As {@link #update(ItemKey, Update)}, applied only if {@code condition} (nullable) holds. */
  public WriteTransaction update(ItemKey key, Update update, Condition condition) {
    String version = versionAttribute(key);
    if (version != null) {
      throw new IllegalStateException(((EntityKey<?>) key).entityType().getSimpleName() + " has a @Version that a "
          + "raw update from a key cannot check: use update(key, update, expectedVersion) to check it, or "
          + "updateUnversioned(key, update)");
    }
    return update(key, update, condition, key);
  }

  /** The {@code @Version} attribute of the entity a typed key names; null for other keys and unversioned entities. */
  private String versionAttribute(ItemKey key) {
    if (key instanceof EntityKey<?> typed) {
      EntityRepository<?> repo = repositories.get(typed.entityType());
      return repo == null ? null : repo.versionAttribute();
    }
    return null;
  }

  /** A generated update builder that creates the item when it is absent (see {@link EntityRepository#upsert}). */
  public WriteTransaction upsert(EntityUpdate<?> update) {
    return write(update.key(), update.upsertUpdate(backend.clock()), update.condition(), update);
  }

  private WriteTransaction update(ItemKey key, Update update, Condition condition, Object source) {
    Condition exists = Paths.string(partitionKey).exists();
    return write(key, update, condition == null ? exists : exists.and(condition), source);
  }

  private WriteTransaction write(ItemKey key, Update update, Condition condition, Object source) {
    if (update.isEmpty()) {
      throw new IllegalArgumentException("An update needs at least one change");
    }
    ExpressionSet.Builder expressions = ExpressionSet.builder().update(update);
    if (condition != null) {
      expressions.condition(condition);
    }
    ExpressionSet ex = expressions.build();
    dev.keyway.ops.Update.Builder u = dev.keyway.ops.Update.builder().tableName(tableName).key(key.attributes())
        .updateExpression(ex.updateExpression().orElseThrow());
    ex.conditionExpression().ifPresent(u::conditionExpression);
    EntityRepository.names(ex, u::expressionAttributeNames);
    EntityRepository.values(ex, u::expressionAttributeValues);
    items.add(TransactWriteItem.builder().update(u.build()).build());
    actions.add(new TransactionAction(actions.size(), TransactionAction.Kind.UPDATE, key.toKey(), source));
    return this;
  }

  public WriteTransaction delete(ItemKey key) {
    return delete(key, null);
  }

  /** Deletes the item of {@code entity}; for a {@code @Version} entity only if the stored version is its own. */
  public <T> WriteTransaction delete(T entity) {
    EntityRepository<T> repo = repository(entity);
    return delete(new dev.keyway.model.Key(repo.schema().keyOf(entity)), repo.versionCondition(entity), entity);
  }

  public WriteTransaction delete(ItemKey key, Condition condition) {
    return delete(key, condition, key);
  }

  private WriteTransaction delete(ItemKey key, Condition condition, Object source) {
    Delete.Builder d = Delete.builder().tableName(tableName).key(key.attributes());
    if (condition != null) {
      ExpressionSet ex = ExpressionSet.builder().condition(condition).build();
      d.conditionExpression(ex.conditionExpression().orElseThrow());
      EntityRepository.names(ex, d::expressionAttributeNames);
      EntityRepository.values(ex, d::expressionAttributeValues);
    }
    items.add(TransactWriteItem.builder().delete(d.build()).build());
    actions.add(new TransactionAction(actions.size(), TransactionAction.Kind.DELETE, key.toKey(), source));
    return this;
  }

  /** Fails the whole transaction unless {@code condition} holds for the item at {@code key}. */
  public WriteTransaction check(ItemKey key, Condition condition) {
    ExpressionSet ex = ExpressionSet.builder().condition(condition).build();
    ConditionCheck.Builder c = ConditionCheck.builder().tableName(tableName).key(key.attributes())
        .conditionExpression(ex.conditionExpression().orElseThrow());
    EntityRepository.names(ex, c::expressionAttributeNames);
    EntityRepository.values(ex, c::expressionAttributeValues);
    items.add(TransactWriteItem.builder().conditionCheck(c.build()).build());
    actions.add(new TransactionAction(actions.size(), TransactionAction.Kind.CHECK, key.toKey(), key));
    return this;
  }

  public int size() {
    return items.size();
  }

  /** The actions so far, in request order. */
  public List<TransactionAction> actions() {
    return List.copyOf(actions);
  }

  /**
   * Runs the actions and returns them with the put entities as stored. A cancellation is a {@link
   * TransactionFailedException} (a TransactionCanceledException) matching each reason to its action.
   */
  public TransactionResult commit() {
    if (!items.isEmpty()) {
      try {
        backend.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(List.copyOf(items)).build());
      } catch (dev.keyway.error.TransactionCanceledException ex) {
        throw new TransactionFailedException(ex, actions);
      }
    }
    return new TransactionResult(actions, stored);
  }
}
