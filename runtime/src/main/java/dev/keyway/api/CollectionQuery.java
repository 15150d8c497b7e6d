package dev.keyway.api;

import dev.keyway.expr.Condition;
import dev.keyway.expr.ExpressionSet;
import dev.keyway.expr.KeyCondition;
import dev.keyway.expr.Paths;
import dev.keyway.expr.SortKeyCondition;
import dev.keyway.expr.StringPath;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.QueryRequest;
import dev.keyway.spi.Backend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Query over a partition that holds several entity types (a collection): each item becomes the
 * member entity its type attribute (or, without one, its sort key prefix) names, in sort key order.
 * Items of no member type are a {@link ForeignItemException}, never dropped. Generated code builds it.
 */
public final class CollectionQuery<T> {
  /** A member type: its schema and the literal text its sort key starts with on the collection's key. */
  public record Member<T>(EntitySchema<? extends T> schema, String sortKeyPrefix) {}

  private final Backend backend;
  private final String table;
  private final String index;
  private final String pkName;
  private final String pkValue;
  private final String skName;
  private final String typeAttribute;
  private final Class<T> collection;
  private final List<Member<T>> members;
  private final SortKeyCondition sortKey;
  private final Condition filter;
  private final Map<String, Member<T>> byType = new LinkedHashMap<>();

  /**
   * {@code index} is null for the table; {@code typeAttribute} null when the table has none (members are
   * then told apart by {@code sortKeyPrefix}, which the processor checked to be distinct).
   */
  public CollectionQuery(Backend backend, String table, String index, String pkName, String pkValue, String skName,
      String typeAttribute, Class<T> collection, List<Member<T>> members) {
    this(backend, table, index, pkName, pkValue, skName, typeAttribute, collection, members, null, null);
  }

  private CollectionQuery(Backend backend, String table, String index, String pkName, String pkValue, String skName,
      String typeAttribute, Class<T> collection, List<Member<T>> members, SortKeyCondition sortKey,
      Condition filter) {
    this.sortKey = sortKey;
    this.filter = filter;
    this.backend = backend;
    this.table = table;
    this.index = index;
    this.pkName = pkName;
    this.pkValue = pkValue;
    this.skName = skName;
    this.typeAttribute = typeAttribute;
    this.collection = collection;
    this.members = List.copyOf(members);
    this.members.forEach(m -> byType.put(m.schema().typeName(), m));
  }

  private CollectionQuery<T> with(SortKeyCondition sortKey, Condition filter) {
    return new CollectionQuery<>(backend, table, index, pkName, pkValue, skName, typeAttribute, collection, members,
        sortKey, filter);
  }

  /** Only items whose raw sort key is between {@code low} and {@code high}, both inclusive. */
  public CollectionQuery<T> sortKeyBetween(String low, String high) {
    return with(SortKeyCondition.between(sk(), low, high), filter);
  }

  public CollectionQuery<T> sortKeyAtLeast(String value) {
    return with(SortKeyCondition.ge(sk(), value), filter);
  }

  public CollectionQuery<T> sortKeyAtMost(String value) {
    return with(SortKeyCondition.le(sk(), value), filter);
  }

  public CollectionQuery<T> sortKeyGreaterThan(String value) {
    return with(SortKeyCondition.gt(sk(), value), filter);
  }

  public CollectionQuery<T> sortKeyLessThan(String value) {
    return with(SortKeyCondition.lt(sk(), value), filter);
  }

  /**
   * A filter on non-key attributes the members share, applied after the key condition (it does not reduce
   * reads; pages stay full). A null condition leaves the query as it is.
   */
  public CollectionQuery<T> filter(Condition condition) {
    return condition == null ? this : with(sortKey, filter == null ? condition : filter.and(condition));
  }

  private StringPath sk() {
    if (skName == null) {
      throw new IllegalStateException("the key of collection " + collection.getSimpleName() + " has no sort key");
    }
    return Paths.string(skName);
  }

  /** One full page of mixed items; the cursor resumes right after the last one. */
  public Page<T> page(PageRequest page) {
    return PageFiller.fill(page, (limit, cursor) -> backend.query(request(page.ascending(), limit, cursor)),
        this::member);
  }

  /** Every item of the partition, ascending by sort key. */
  public List<T> list() {
    return stream().toList();
  }

  /** Every item of the partition, pages read as the stream is consumed. */
  public Stream<T> stream() {
    return PagedStream.of(this::page, true);
  }

  private QueryRequest request(boolean ascending, int limit, Cursor cursor) {
    KeyCondition.PartitionOnly pk = KeyCondition.partitionKey(Paths.string(pkName), pkValue);
    ExpressionSet.Builder ex = ExpressionSet.builder().keyCondition(sortKey == null ? pk : pk.and(sortKey));
    if (filter != null) {
      ex.filter(filter);
    }
    ExpressionSet rendered = ex.build();
    QueryRequest.Builder b = QueryRequest.builder().tableName(table).indexName(index)
        .keyConditionExpression(rendered.keyConditionExpression().orElseThrow())
        .scanIndexForward(ascending).limit(limit);
    rendered.filterExpression().ifPresent(b::filterExpression);
    EntityRepository.names(rendered, b::expressionAttributeNames);
    EntityRepository.values(rendered, b::expressionAttributeValues);
    if (cursor != null) {
      b.exclusiveStartKey(cursor.lastEvaluatedKey());
    }
    return b.build();
  }

  private T member(Map<String, AttributeValue> item) {
    Member<T> m = typeAttribute != null ? byType.get(text(item.get(typeAttribute))) : byPrefix(text(item.get(skName)));
    if (m == null) {
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      key.put(pkName, item.get(pkName));
      if (skName != null && item.get(skName) != null) {
        key.put(skName, item.get(skName));
      }
      throw new ForeignItemException(collection.getSimpleName(), key,
          typeAttribute == null ? null : text(item.get(typeAttribute)));
    }
    return m.schema().fromItem(item);
  }

  private Member<T> byPrefix(String sortKey) {
    Member<T> best = null;
    for (Member<T> m : members) {
      if (sortKey != null && sortKey.startsWith(m.sortKeyPrefix())
          && (best == null || m.sortKeyPrefix().length() > best.sortKeyPrefix().length())) {
        best = m;
      }
    }
    return best;
  }

  private static String text(AttributeValue v) {
    return v instanceof AttributeValue.S s ? s.value() : null;
  }
}
