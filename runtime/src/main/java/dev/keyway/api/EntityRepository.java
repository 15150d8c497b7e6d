package dev.keyway.api;

import dev.keyway.error.ConditionalCheckFailedException;
import dev.keyway.expr.Condition;
import dev.keyway.expr.ExpressionSet;
import dev.keyway.expr.Paths;
import dev.keyway.expr.Projection;
import dev.keyway.expr.Update;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.DynamoNumber;
import dev.keyway.model.ItemKey;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.GetItemResponse;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.UpdateItemRequest;
import dev.keyway.spi.Backend;
import java.util.Map;
import java.util.Optional;

/**
 * Item operations for one entity type; generated repositories ({@code <Entity>Repository}) extend it
 * with typed keys and queries. With a {@code @Version} attribute, {@link #put} writes version + 1 on
 * the condition that the stored version is the entity's (or that no item exists for version 0),
 * {@link #update} increments it (and checks it when the update carries the expected version), and
 * {@link #delete(Object)} checks it. {@link #upsert} creates the item when it is absent.
 */
public class EntityRepository<T> {
  protected final Backend backend;
  protected final String tableName;
  protected final EntitySchema<T> schema;
  private final String partitionKey;
  private final String versionAttribute;
  private final java.util.Set<String> protectedAttributes;

  /**
   * {@code versionAttribute} is null for an unversioned entity; {@code protectedAttributes} are the
   * attributes a raw {@link #update(ItemKey, Update)} may not touch (keys, key fields, type, version).
   */
  protected EntityRepository(Backend backend, String tableName, String partitionKey, EntitySchema<T> schema,
      String versionAttribute, java.util.Collection<String> protectedAttributes) {
    this.backend = backend;
    this.protectedAttributes = java.util.Set.copyOf(protectedAttributes);
    this.tableName = tableName;
    this.partitionKey = partitionKey;
    this.schema = schema;
    this.versionAttribute = versionAttribute;
  }

  public EntitySchema<T> schema() {
    return schema;
  }

  /** Writes the entity; returns it as stored (with its new version, if versioned). */
  public T put(T entity) {
    return put(entity, null);
  }

  /** Writes the entity if {@code condition} (and the version check) holds, else ConditionalCheckFailedException. */
  public T put(T entity, Condition condition) {
    PreparedPut prepared = preparePut(entity, condition);
    PutItemRequest.Builder request = PutItemRequest.builder().tableName(tableName).item(prepared.item());
    if (prepared.expressions() != null) {
      ExpressionSet ex = prepared.expressions();
      request.conditionExpression(ex.conditionExpression().orElseThrow());
      names(ex, request::expressionAttributeNames);
      values(ex, request::expressionAttributeValues);
    }
    backend.putItem(request.build());
    return schema.fromItem(prepared.item());
  }

  /** The item a put writes and its rendered condition (null when unconditional). */
  record PreparedPut(Map<String, AttributeValue> item, ExpressionSet expressions) {}

  /** The item and condition of a put, version handling included (shared with transactions). */
  PreparedPut preparePut(T entity, Condition condition) {
    Map<String, AttributeValue> item = new java.util.LinkedHashMap<>(schema.toItem(entity));
    schema.stamp(item, clock().instant());
    Condition all = condition;
    if (versionAttribute != null) {
      AttributeValue current = item.get(versionAttribute);
      DynamoNumber expected = current instanceof AttributeValue.N n ? n.value() : DynamoNumber.of(0);
      Condition versionOk = expected.signum() == 0
          ? Paths.string(partitionKey).notExists()
          : Paths.number(versionAttribute, Long.class).eq(expected.bigDecimalValue());
      all = all == null ? versionOk : all.and(versionOk);
      item.put(versionAttribute, new AttributeValue.N(expected.add(DynamoNumber.of(1))));
    }
    return new PreparedPut(item, all == null ? null : ExpressionSet.builder().condition(all).build());
  }

  String partitionKey() {
    return partitionKey;
  }

  /** The clock of {@code @CreatedAt}/{@code @UpdatedAt} stamps: the backend's ({@link Backend#clock()}). */
  protected java.time.Clock clock() {
    return backend.clock();
  }

  /** The {@code @Version} attribute, or null for an unversioned entity. */
  String versionAttribute() {
    return versionAttribute;
  }

  /** {@code version = <the entity's version>} for a versioned entity, else null. */
  Condition versionCondition(T entity) {
    if (versionAttribute == null) {
      return null;
    }
    AttributeValue current = schema.toItem(entity).get(versionAttribute);
    DynamoNumber expected = current instanceof AttributeValue.N n ? n.value() : DynamoNumber.of(0);
    return Paths.number(versionAttribute, Long.class).eq(expected.bigDecimalValue());
  }

  /** Writes the entity only if no item has its key; false (nothing written) when one exists. */
  public boolean putIfAbsent(T entity) {
    try {
      put(entity, Paths.string(partitionKey).notExists());
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }

  public Optional<T> get(ItemKey key) {
    return get(key, false);
  }

  /** Reads an item, strongly consistent when asked. */
  public Optional<T> get(ItemKey key, boolean consistentRead) {
    Map<String, AttributeValue> item = read(key, consistentRead, null);
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(schema.fromItem(item));
  }

  /**
   * Reads only {@code projection}'s attributes of an item, as an {@link dev.keyway.model.Item} view
   * (never as an entity, which would carry nulls and zeros for the attributes not read).
   */
  public Optional<dev.keyway.model.Item> getProjected(ItemKey key, Projection projection, boolean consistentRead) {
    Map<String, AttributeValue> item = read(key, consistentRead, java.util.Objects.requireNonNull(projection));
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(dev.keyway.model.Item.of(item));
  }

  private Map<String, AttributeValue> read(ItemKey key, boolean consistentRead, Projection projection) {
    GetItemRequest.Builder request = GetItemRequest.builder().tableName(tableName).key(key.attributes())
        .consistentRead(consistentRead);
    if (projection != null) {
      ExpressionSet ex = ExpressionSet.builder().projection(projection).build();
      request.projectionExpression(ex.projectionExpression().orElseThrow());
      names(ex, request::expressionAttributeNames);
    }
    GetItemResponse response = backend.getItem(request.build());
    return response.item();
  }

  /**
   * Applies a raw {@code update} to an existing item of an <em>unversioned</em> entity and returns the
   * entity after it. It may not touch key attributes, fields used in key templates, the type or the
   * version attribute (IllegalArgumentException): use the generated {@code <Entity>Update} (through the
   * generated {@code update(<key fields>, u -> ...)}) to change index key fields. A key carries no
   * version, so for a {@code @Version} entity this is an IllegalStateException: say which you mean with
   * {@link #update(ItemKey, Update, long)} (checks) or {@link #updateUnversioned(ItemKey, Update)}.
   */
  public T update(ItemKey key, Update update) {
    return update(key, update, (Condition) null);
  }

  /** As {@link #update(ItemKey, Update)}, applied only if {@code condition} (nullable) holds. */
  public T update(ItemKey key, Update update, Condition condition) {
    if (versionAttribute != null) {
      throw new IllegalStateException(schema.typeName() + " has a @Version that a raw update from a key cannot"
          + " check: use update(key, update, expectedVersion) to check it, or updateUnversioned(key, update)");
    }
    return raw(key, update, condition);
  }

  /**
   * A raw update of a {@code @Version} entity that applies only if the stored version is
   * {@code expectedVersion} (ConditionalCheckFailedException otherwise), and increments it.
   */
  public T update(ItemKey key, Update update, long expectedVersion) {
    if (versionAttribute == null) {
      throw new IllegalStateException(schema.typeName() + " has no @Version to check; use update(key, update)");
    }
    return raw(key, update, Paths.number(versionAttribute, Long.class).eq(expectedVersion));
  }

  /**
   * A raw update that never checks a {@code @Version} (last writer wins); the version is still
   * incremented. Same rules as {@link #update(ItemKey, Update)} otherwise.
   */
  public T updateUnversioned(ItemKey key, Update update) {
    return raw(key, update, null);
  }

  /** As {@link #updateUnversioned(ItemKey, Update)}, applied only if {@code condition} (nullable) holds. */
  public T updateUnversioned(ItemKey key, Update update, Condition condition) {
    return raw(key, update, condition);
  }

  private T raw(ItemKey key, Update update, Condition condition) {
    for (dev.keyway.expr.UpdateAction a : update.actions()) {
      String top = a.path().segments().get(0).toString();
      if (protectedAttributes.contains(top)) {
        throw new IllegalArgumentException("Attribute '" + top + "' belongs to a key (or is the type or version"
            + " attribute); change it through the generated update builder or put the whole entity");
      }
    }
    Update all = update;
    if (versionAttribute != null) {
      all = all.add(Paths.number(versionAttribute, Long.class), 1);
    }
    return run(key, all, condition);
  }

  /**
   * Runs a generated update builder as one UpdateItem (changed fields, recomputed index keys and the
   * version increment together) if the item exists and the builder's condition holds.
   */
  public T update(EntityUpdate<?> update) {
    return run(update.key(), update.update(clock()), update.condition());
  }

  /**
   * Runs a generated update builder as one UpdateItem that creates the item when it is absent
   * (DynamoDB's UpdateItem semantics: {@code ADD count 1} on a missing item stores 1), writing the
   * key fields, the type attribute and index keys fixed by the primary key as well; returns the
   * entity after the update. The builder's condition still applies; a version is incremented, never
   * checked.
   */
  public T upsert(EntityUpdate<?> update) {
    return schema.fromItem(send(update.key(), update.upsertUpdate(clock()), update.condition(), ReturnValue.ALL_NEW));
  }

  /**
   * As {@link #upsert}, returning only the new value of number attribute {@code attribute}
   * (ReturnValues UPDATED_NEW): an atomic counter. Generated {@code increment<Field>} methods call it.
   */
  public DynamoNumber upsertNumber(EntityUpdate<?> update, String attribute) {
    AttributeValue v = send(update.key(), update.upsertUpdate(clock()), update.condition(), ReturnValue.UPDATED_NEW)
        .get(attribute);
    if (!(v instanceof AttributeValue.N n)) {
      throw new IllegalStateException("Attribute '" + attribute + "' is not a number after the update: " + v);
    }
    return n.value();
  }

  private T run(ItemKey key, Update all, Condition condition) {
    Condition exists = Paths.string(partitionKey).exists();
    return schema.fromItem(send(key, all, condition == null ? exists : exists.and(condition), ReturnValue.ALL_NEW));
  }

  private Map<String, AttributeValue> send(ItemKey key, Update all, Condition condition, ReturnValue returns) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("An update needs at least one change");
    }
    ExpressionSet.Builder expressions = ExpressionSet.builder().update(all);
    if (condition != null) {
      expressions.condition(condition);
    }
    ExpressionSet ex = expressions.build();
    UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(tableName).key(key.attributes())
        .updateExpression(ex.updateExpression().orElseThrow())
        .returnValues(returns);
    ex.conditionExpression().ifPresent(request::conditionExpression);
    names(ex, request::expressionAttributeNames);
    values(ex, request::expressionAttributeValues);
    return backend.updateItem(request.build()).attributes();
  }

  public void delete(ItemKey key) {
    delete(key, null);
  }

  /**
   * Deletes the item of this entity; for a {@code @Version} entity only if the stored version is the
   * entity's (ConditionalCheckFailedException otherwise). {@link #delete(ItemKey)} never checks.
   */
  public void delete(T entity) {
    delete(new dev.keyway.model.Key(schema.keyOf(entity)), versionCondition(entity));
  }

  /** Deletes the item if {@code condition} (nullable) holds. */
  public void delete(ItemKey key, Condition condition) {
    DeleteItemRequest.Builder request = DeleteItemRequest.builder().tableName(tableName).key(key.attributes());
    if (condition != null) {
      ExpressionSet ex = ExpressionSet.builder().condition(condition).build();
      request.conditionExpression(ex.conditionExpression().orElseThrow());
      names(ex, request::expressionAttributeNames);
      values(ex, request::expressionAttributeValues);
    }
    backend.deleteItem(request.build());
  }

  // --- batches ------------------------------------------------------------------------------------

  /**
   * Reads the items with these keys through BatchGetItem (100 keys per request, unprocessed keys
   * retried with backoff); entities come back in the order of {@code keys}, absent items skipped.
   */
  public java.util.List<T> batchGet(java.util.Collection<? extends ItemKey> keys) {
    return batchGet(keys, false);
  }

  public java.util.List<T> batchGet(java.util.Collection<? extends ItemKey> keys, boolean consistentRead) {
    java.util.List<Map<String, AttributeValue>> wanted = new java.util.ArrayList<>();
    for (ItemKey k : new java.util.LinkedHashSet<>(keys)) {
      wanted.add(k.attributes());
    }
    Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new java.util.HashMap<>();
    for (Map<String, AttributeValue> item : batches().get(wanted, consistentRead)) {
      found.put(keyOf(item, wanted.isEmpty() ? null : wanted.get(0)), item);
    }
    java.util.List<T> out = new java.util.ArrayList<>();
    for (Map<String, AttributeValue> k : wanted) {
      Map<String, AttributeValue> item = found.get(k);
      if (item != null) {
        out.add(schema.fromItem(item));
      }
    }
    return out;
  }

  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, Map<String, AttributeValue> like) {
    Map<String, AttributeValue> key = new java.util.HashMap<>();
    for (String name : like.keySet()) {
      key.put(name, item.get(name));
    }
    return key;
  }

  /**
   * Writes these entities through BatchWriteItem (25 per request, unprocessed items retried with
   * backoff). BatchWriteItem has no conditions, so a versioned entity cannot be checked: batchPut of a
   * {@code @Version} entity is an IllegalStateException (use put or a transaction).
   */
  public void batchPut(java.util.Collection<? extends T> entities) {
    if (versionAttribute != null) {
      throw new IllegalStateException("batchPut cannot check @Version '" + versionAttribute
          + "' (BatchWriteItem has no conditions); use put(entity) or transact(...)");
    }
    java.util.List<dev.keyway.ops.WriteRequest> writes = new java.util.ArrayList<>();
    java.time.Instant now = clock().instant();
    for (T e : entities) {
      Map<String, AttributeValue> item = new java.util.LinkedHashMap<>(schema.toItem(e));
      schema.stamp(item, now);
      writes.add(dev.keyway.ops.WriteRequest.builder()
          .putRequest(dev.keyway.ops.PutRequest.builder().item(item).build()).build());
    }
    batches().write(writes);
  }

  /** Deletes the items with these keys through BatchWriteItem (no conditions; absent keys are fine). */
  public void batchDelete(java.util.Collection<? extends ItemKey> keys) {
    java.util.List<dev.keyway.ops.WriteRequest> writes = new java.util.ArrayList<>();
    for (ItemKey k : keys) {
      writes.add(dev.keyway.ops.WriteRequest.builder()
          .deleteRequest(dev.keyway.ops.DeleteRequest.builder().key(k.attributes()).build()).build());
    }
    batches().write(writes);
  }

  /** The batch runner (retries and backoff); override to tune. */
  protected BatchRunner batches() {
    return BatchRunner.defaults(backend, tableName);
  }

  /** A scan of the table (index null) or an index, keeping items that match {@code typeFilter} (nullable). */
  protected EntityScan<T> scan(String index, Condition typeFilter) {
    return new EntityScan<>(backend, tableName, index, schema, typeFilter);
  }

  /** A query on the table (index null) or an index, for one partition key value. */
  protected EntityQuery<T> query(String index, String partitionAttribute, String partitionValue,
      String sortAttribute) {
    return new EntityQuery<>(backend, tableName, index, schema, partitionAttribute, partitionValue, sortAttribute);
  }

  /**
   * A query on an index with a multi-attribute key, given equality on each partition key attribute (in key
   * schema order, with the values as items store them); add sort key conditions with {@link
   * EntityQuery#keyEquals} and {@link EntityQuery#keyCondition}.
   */
  protected EntityQuery<T> query(String index, Map<String, AttributeValue> partition) {
    return new EntityQuery<>(backend, tableName, index, schema, partition);
  }

  static void names(ExpressionSet ex, java.util.function.Consumer<Map<String, String>> to) {
    if (!ex.names().isEmpty()) {
      to.accept(ex.names());
    }
  }

  static void values(ExpressionSet ex, java.util.function.Consumer<Map<String, AttributeValue>> to) {
    if (!ex.values().isEmpty()) {
      to.accept(ex.values());
    }
  }
}
