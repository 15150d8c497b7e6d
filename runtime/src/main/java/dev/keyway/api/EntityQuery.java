package dev.keyway.api;

import dev.keyway.expr.Condition;
import dev.keyway.expr.ExpressionSet;
import dev.keyway.expr.KeyCondition;
import dev.keyway.expr.Paths;
import dev.keyway.expr.SortKeyCondition;
import dev.keyway.expr.StringPath;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Item;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.Select;
import dev.keyway.spi.Backend;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A query for one entity type on one partition: an optional sort key condition (on encoded key
 * text), an optional filter, order and page size; read as a page, a list, a stream or a count. Items
 * of other entity types in the partition (a shared partition) are skipped by their type attribute.
 * Immutable: each method returns a new query.
 */
public final class EntityQuery<T> {
  /** The highest code point: appended to an upper bound to include everything that starts with it. */
  public static final String MAX_SUFFIX = new String(Character.toChars(Character.MAX_CODE_POINT));

  private final Backend backend;
  private final String table;
  private final String index;
  private final EntitySchema<T> schema;
  private final String pkName;
  private final String pkValue;
  private final String skName;
  private final SortKeyCondition sortKey;
  private final Condition filter;
  private final String typeAttribute;
  private final boolean consistentRead;
  private final String excludedSortKey;
  private final dev.keyway.expr.Projection projection;
  /** A multi-attribute key's equalities in key schema order (then {@code sortKey} on the next); else null. */
  private final Map<String, AttributeValue> attributeKey;

  EntityQuery(Backend backend, String table, String index, EntitySchema<T> schema, String pkName, String pkValue,
      String skName) {
    this(backend, table, index, schema, pkName, pkValue, skName, null, null, null, false, null, null, null);
  }

  /** A query on an index with a multi-attribute key: equality on each of its partition key attributes. */
  EntityQuery(Backend backend, String table, String index, EntitySchema<T> schema,
      Map<String, AttributeValue> partition) {
    this(backend, table, index, schema, partition.keySet().iterator().next(), null, null, null, null, null, false,
        null, null, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(partition)));
  }

  private EntityQuery(Backend backend, String table, String index, EntitySchema<T> schema, String pkName,
      String pkValue, String skName, SortKeyCondition sortKey, Condition filter, String typeAttribute,
      boolean consistentRead, String excludedSortKey, dev.keyway.expr.Projection projection,
      Map<String, AttributeValue> attributeKey) {
    this.backend = backend;
    this.table = table;
    this.index = index;
    this.schema = schema;
    this.pkName = pkName;
    this.pkValue = pkValue;
    this.skName = skName;
    this.sortKey = sortKey;
    this.filter = filter;
    this.typeAttribute = typeAttribute;
    this.consistentRead = consistentRead;
    this.excludedSortKey = excludedSortKey;
    this.projection = projection;
    this.attributeKey = attributeKey;
  }

  private EntityQuery<T> with(SortKeyCondition sk, Condition f, String type, boolean consistent) {
    return new EntityQuery<>(backend, table, index, schema, pkName, pkValue, skName, sk, f, type, consistent,
        sk == sortKey ? excludedSortKey : null, projection, attributeKey);
  }

  private StringPath sk() {
    if (attributeKey != null) {
      throw new IllegalStateException("a multi-attribute key takes keyEquals(..) and keyCondition(..) on its "
          + "typed sort key attributes");
    }
    if (skName == null) {
      throw new IllegalStateException("this key has no sort key");
    }
    return Paths.string(skName);
  }

  /**
   * Equality on the next sort key attribute of a multi-attribute key; sort key attributes are given left to
   * right, as the key schema orders them (DynamoDB rejects a gap).
   */
  public EntityQuery<T> keyEquals(String attribute, AttributeValue value) {
    if (attributeKey == null) {
      throw new IllegalStateException("keyEquals(..) is for a multi-attribute key; this key is " + pkName);
    }
    if (sortKey != null) {
      throw new IllegalStateException("the range condition on " + sortKey.path() + " must be the last key condition");
    }
    Map<String, AttributeValue> key = new java.util.LinkedHashMap<>(attributeKey);
    key.put(attribute, value);
    return new EntityQuery<>(backend, table, index, schema, pkName, pkValue, skName, null, filter, typeAttribute,
        consistentRead, null, projection, java.util.Collections.unmodifiableMap(key));
  }

  /**
   * The last key condition of a multi-attribute key, on the sort key attribute after the equal ones: {@code
   * LT}, {@code LE}, {@code GT}, {@code GE} (one value), {@code BETWEEN} (two, both inclusive) or {@code
   * BEGINS_WITH}, on the attribute's own type (numbers compare as numbers).
   */
  public EntityQuery<T> keyCondition(String attribute, SortKeyCondition.Operator operator, AttributeValue... values) {
    if (attributeKey == null) {
      throw new IllegalStateException("keyCondition(..) is for a multi-attribute key; this key is " + pkName);
    }
    return with(new SortKeyCondition(dev.keyway.expr.AttributePath.of(attribute), operator, List.of(values)), filter,
        typeAttribute, consistentRead);
  }

  /** {@code begins_with(sk, prefix)}; an empty prefix means no sort key condition. */
  public EntityQuery<T> sortKeyBeginsWith(String prefix) {
    return prefix.isEmpty() ? this : with(SortKeyCondition.beginsWith(sk(), prefix), filter, typeAttribute,
        consistentRead);
  }

  public EntityQuery<T> sortKeyEquals(String value) {
    return with(SortKeyCondition.eq(sk(), value), filter, typeAttribute, consistentRead);
  }

  /** {@code sk BETWEEN low AND high} on encoded key text (both inclusive). */
  public EntityQuery<T> sortKeyBetween(String low, String high) {
    return with(SortKeyCondition.between(sk(), low, high), filter, typeAttribute, consistentRead);
  }

  /**
   * {@code low <= sk < high}: a key condition has no exclusive BETWEEN, so this reads {@code sk BETWEEN
   * low AND high} and drops an item whose sort key is exactly {@code high} (a page may then hold one
   * item less than its limit).
   */
  public EntityQuery<T> sortKeyFromBefore(String low, String high) {
    return new EntityQuery<>(backend, table, index, schema, pkName, pkValue, skName,
        SortKeyCondition.between(sk(), low, high), filter, typeAttribute, consistentRead, high, projection,
        attributeKey);
  }

  public EntityQuery<T> sortKeyLessThan(String value) {
    return with(SortKeyCondition.lt(sk(), value), filter, typeAttribute, consistentRead);
  }

  public EntityQuery<T> sortKeyAtMost(String value) {
    return with(SortKeyCondition.le(sk(), value), filter, typeAttribute, consistentRead);
  }

  public EntityQuery<T> sortKeyGreaterThan(String value) {
    return with(SortKeyCondition.gt(sk(), value), filter, typeAttribute, consistentRead);
  }

  public EntityQuery<T> sortKeyAtLeast(String value) {
    return with(SortKeyCondition.ge(sk(), value), filter, typeAttribute, consistentRead);
  }

  /**
   * A filter on non-key attributes, applied after the key condition (it does not reduce reads; pages stay
   * full). A null condition leaves the query as it is, so an optional filter can be passed as is.
   */
  public EntityQuery<T> filter(Condition condition) {
    if (condition == null) {
      return this;
    }
    return with(sortKey, filter == null ? condition : filter.and(condition), typeAttribute, consistentRead);
  }

  /** Keeps only items whose {@code attribute} holds this schema's type name. */
  public EntityQuery<T> onlyType(String attribute) {
    return with(sortKey, filter, attribute, consistentRead);
  }

  /**
   * The same query reading only {@code projection}'s attributes. Results are {@link Item} views of the
   * projected attributes, never entities: an entity built from some of its attributes would carry nulls
   * and zeros that are not in the table. Filters and the type check still see the whole item. The sort
   * key attribute is added when a {@code before} bound needs it.
   */
  public EntityQuery<Item> project(dev.keyway.expr.Projection projection) {
    dev.keyway.expr.Projection p = projection;
    if (excludedSortKey != null) {
      p = p.and(Paths.string(skName));
    }
    return new EntityQuery<>(backend, table, index, new ItemView(schema.typeName()), pkName, pkValue, skName, sortKey,
        filter, typeAttribute, consistentRead, excludedSortKey, p, attributeKey);
  }

  /** Identity "schema" for projected reads: items stay {@link Item}s. */
  record ItemView(String typeName) implements EntitySchema<Item> {
    @Override
    public Class<Item> entityType() {
      return Item.class;
    }

    @Override
    public Map<String, AttributeValue> toItem(Item entity) {
      return entity.attributes();
    }

    @Override
    public Item fromItem(Map<String, AttributeValue> item) {
      return Item.of(item);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Item entity) {
      throw new UnsupportedOperationException("a projected item has no schema");
    }
  }

  public EntityQuery<T> consistentRead() {
    return with(sortKey, filter, typeAttribute, true);
  }

  private KeyCondition keyCondition() {
    if (attributeKey != null) {
      return new KeyCondition.MultiAttribute(
          attributeKey.keySet().stream().map(dev.keyway.expr.AttributePath::of).toList(),
          List.copyOf(attributeKey.values()), sortKey);
    }
    KeyCondition.PartitionOnly pk = KeyCondition.partitionKey(Paths.string(pkName), pkValue);
    return sortKey == null ? pk : pk.and(sortKey);
  }

  private QueryRequest.Builder request(boolean ascending, Integer limit, Cursor cursor) {
    ExpressionSet.Builder ex = ExpressionSet.builder().keyCondition(keyCondition());
    if (projection != null) {
      ex.projection(projection);
    }
    Condition f = filter;
    if (typeAttribute != null) {
      Condition type = Paths.string(typeAttribute).eq(schema.typeName());
      f = f == null ? type : f.and(type);
    }
    if (f != null) {
      ex.filter(f);
    }
    ExpressionSet rendered = ex.build();
    QueryRequest.Builder b = QueryRequest.builder().tableName(table).indexName(index)
        .keyConditionExpression(rendered.keyConditionExpression().orElseThrow())
        .scanIndexForward(ascending).limit(limit);
    rendered.filterExpression().ifPresent(b::filterExpression);
    rendered.projectionExpression().ifPresent(b::projectionExpression);
    EntityRepository.names(rendered, b::expressionAttributeNames);
    EntityRepository.values(rendered, b::expressionAttributeValues);
    if (consistentRead) {
      b.consistentRead(true);
    }
    if (cursor != null) {
      b.exclusiveStartKey(cursor.lastEvaluatedKey());
    }
    return b;
  }

  /**
   * One full page: {@code limit} matching items in the requested order, fewer only on the last page. Items
   * the filter or the type check drop do not count, so this may send several requests (see {@link
   * PageFiller}); the cursor resumes right after the last item returned.
   */
  public Page<T> page(PageRequest page) {
    return PageFiller.fill(page, (limit, cursor) -> backend.query(request(page.ascending(), limit, cursor).build()),
        this::entityOrSkip);
  }

  private T entityOrSkip(Map<String, AttributeValue> item) {
    if (excludedSortKey != null && item.get(skName) instanceof AttributeValue.S s
        && s.value().equals(excludedSortKey)) {
      return null;
    }
    return schema.fromItem(item);
  }

  /** All matching items, reading every page, ascending by sort key. */
  public List<T> list() {
    return stream().toList();
  }

  public List<T> list(boolean ascending) {
    return stream(ascending).toList();
  }

  /** All matching items, pages read lazily as the stream is consumed. */
  public Stream<T> stream() {
    return stream(true);
  }

  public Stream<T> stream(boolean ascending) {
    return PagedStream.of(this::page, ascending);
  }

  /**
   * The number of matching items (Select COUNT over all pages). With a {@code before} bound ({@link
   * #sortKeyFromBefore}) it counts the BETWEEN range and subtracts a COUNT on {@code sk = high} (at most
   * one item), so no item is transferred.
   */
  public long count() {
    if (excludedSortKey != null) {
      EntityQuery<T> range = new EntityQuery<>(backend, table, index, schema, pkName, pkValue, skName, sortKey,
          filter, typeAttribute, consistentRead, null, projection, attributeKey);
      EntityQuery<T> bound = new EntityQuery<>(backend, table, index, schema, pkName, pkValue, skName,
          SortKeyCondition.eq(sk(), excludedSortKey), filter, typeAttribute, consistentRead, null, projection,
          attributeKey);
      return range.count() - bound.count();
    }
    long total = 0;
    Cursor cursor = null;
    do {
      QueryResponse r = backend.query(request(true, null, cursor).select(Select.COUNT).build());
      total += r.count() == null ? 0 : r.count();
      Map<String, AttributeValue> last = r.lastEvaluatedKey();
      cursor = last == null || last.isEmpty() ? null : Cursor.of(last);
    } while (cursor != null);
    return total;
  }

  /** The first matching item, if any. */
  public java.util.Optional<T> first() {
    return stream().findFirst();
  }
}
