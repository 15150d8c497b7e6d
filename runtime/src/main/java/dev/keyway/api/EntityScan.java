package dev.keyway.api;

import dev.keyway.expr.Condition;
import dev.keyway.expr.ExpressionSet;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.Select;
import dev.keyway.spi.Backend;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A scan of the whole table (or an index) for one entity type: every item is read (and paid for),
 * then items of other types are dropped by a filter the generated repository sets (the type
 * attribute, or the literal prefixes of the key templates). Optional filter, parallel segment,
 * paging with a cursor. Immutable.
 */
public final class EntityScan<T> {
  private final Backend backend;
  private final String table;
  private final String index;
  private final EntitySchema<T> schema;
  private final Condition typeFilter;
  private final Condition filter;
  private final boolean consistentRead;
  private final Integer segment;
  private final Integer totalSegments;

  EntityScan(Backend backend, String table, String index, EntitySchema<T> schema, Condition typeFilter) {
    this(backend, table, index, schema, typeFilter, null, false, null, null);
  }

  private EntityScan(Backend backend, String table, String index, EntitySchema<T> schema, Condition typeFilter,
      Condition filter, boolean consistentRead, Integer segment, Integer totalSegments) {
    this.backend = backend;
    this.table = table;
    this.index = index;
    this.schema = schema;
    this.typeFilter = typeFilter;
    this.filter = filter;
    this.consistentRead = consistentRead;
    this.segment = segment;
    this.totalSegments = totalSegments;
  }

  /** Keeps only items matching {@code condition} (ANDed with earlier filters; it does not reduce reads). */
  public EntityScan<T> filter(Condition condition) {
    return new EntityScan<>(backend, table, index, schema, typeFilter,
        filter == null ? condition : filter.and(condition), consistentRead, segment, totalSegments);
  }

  public EntityScan<T> consistentRead() {
    return new EntityScan<>(backend, table, index, schema, typeFilter, filter, true, segment, totalSegments);
  }

  /** One segment of a parallel scan: {@code segment} in [0, totalSegments). */
  public EntityScan<T> segment(int segment, int totalSegments) {
    if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
      throw new IllegalArgumentException("segment " + segment + " of " + totalSegments);
    }
    return new EntityScan<>(backend, table, index, schema, typeFilter, filter, consistentRead, segment,
        totalSegments);
  }

  private ScanRequest.Builder request(Integer limit, Cursor cursor) {
    ScanRequest.Builder b = ScanRequest.builder().tableName(table).indexName(index).limit(limit)
        .segment(segment).totalSegments(totalSegments);
    Condition f = typeFilter == null ? filter : filter == null ? typeFilter : typeFilter.and(filter);
    if (f != null) {
      ExpressionSet ex = ExpressionSet.builder().filter(f).build();
      b.filterExpression(ex.filterExpression().orElseThrow());
      EntityRepository.names(ex, b::expressionAttributeNames);
      EntityRepository.values(ex, b::expressionAttributeValues);
    }
    if (consistentRead) {
      b.consistentRead(true);
    }
    if (cursor != null) {
      b.exclusiveStartKey(cursor.lastEvaluatedKey());
    }
    return b;
  }

  /**
   * One full page of {@code page.limit()} matching items (only the last page holds fewer); order is
   * the table's. The filters run after Limit, so this reads on from LastEvaluatedKey, asking each
   * time for the items still missing (see {@link PageFiller}); the cursor resumes right after the
   * last item returned.
   */
  public Page<T> page(PageRequest page) {
    return PageFiller.fillScan(page, (limit, cursor) -> backend.scan(request(limit, cursor).build()),
        schema::fromItem);
  }

  public List<T> list() {
    return stream().toList();
  }

  /** All matching items; pages are read lazily. */
  public Stream<T> stream() {
    return PagedStream.of(this::page, true);
  }

  /** The number of matching items (Select COUNT over all pages). */
  public long count() {
    long total = 0;
    Cursor cursor = null;
    do {
      ScanResponse r = backend.scan(request(null, cursor).select(Select.COUNT).build());
      total += r.count() == null ? 0 : r.count();
      Map<String, AttributeValue> last = r.lastEvaluatedKey();
      cursor = last == null || last.isEmpty() ? null : Cursor.of(last);
    } while (cursor != null);
    return total;
  }
}
