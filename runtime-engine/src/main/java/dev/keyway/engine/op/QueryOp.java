package dev.keyway.engine.op;

import static dev.keyway.engine.op.check.ParameterRules.p;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.RequestConstraints;
import dev.keyway.engine.op.check.KeyPathRules;
import dev.keyway.engine.op.check.ParameterRules;
import dev.keyway.engine.op.check.ReadCheck;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.request.KeyCondition;
import dev.keyway.engine.request.LegacyConditions;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.consistency.ReadView;
import dev.keyway.engine.consistency.StaleReads;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.QueryResponse;
import dev.keyway.ops.Select;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;

/** Query on a table, a GSI or an LSI. */
public final class QueryOp {
  private final Catalog catalog;
  private final Throughput throughput;
  private final StaleReads stale; // null: every read sees the latest write

  public QueryOp(Catalog catalog, Throughput throughput, StaleReads stale) {
    this.catalog = catalog;
    this.throughput = throughput;
    this.stale = stale;
  }

  public QueryResponse execute(QueryRequest r) {
    RequestConstraints.query(Errors.start(), r).throwIfAny();
    // DynamoDB lets legacy KeyConditions go with FilterExpression and ProjectionExpression; only
    // KeyConditionExpression excludes it
    Object keyConditions = r.keyConditionExpression() == null ? null : r.keyConditions();
    ParameterRules.mix(
        List.of(p("AttributesToGet", r.attributesToGet()), p("KeyConditions", keyConditions),
            p("QueryFilter", r.queryFilter()), p("ConditionalOperator", r.conditionalOperator())),
        List.of(p("ProjectionExpression", r.projectionExpression()),
            p("FilterExpression", r.filterExpression()),
            p("KeyConditionExpression", r.keyConditionExpression())),
        r.expressionAttributeNames(), r.expressionAttributeValues());
    if (r.keyConditionExpression() == null && r.keyConditions() == null) {
      throw new ValidationException("Either the KeyConditions or KeyConditionExpression parameter "
          + "must be specified in the request.");
    }
    ExpressionContext ctx =
        ExpressionContext.of(r.expressionAttributeNames(), r.expressionAttributeValues());
    ItemProjection projection =
        Conditions.projection(ctx, r.projectionExpression(), r.attributesToGet());
    ItemCondition filter = r.filterExpression() != null ? ctx.filter(r.filterExpression())
        : r.queryFilter() != null ? LegacyConditions.filter(r.queryFilter(), r.conditionalOperator())
        : null;
    var keyExpression = r.keyConditionExpression() == null ? null
        : ctx.keyConditionExpression(r.keyConditionExpression());
    ctx.finish();
    Table table = catalog.require(r.tableName());
    IndexData index = ReadCheck.index(table, r.indexName());
    KeySpec key = index == null ? table.key() : index.spec().key();
    KeyCondition kc = keyExpression != null
        ? ExpressionContext.keyCondition(keyExpression, key)
        : LegacyKeyConditions.of(r.keyConditions(), key);
    ReadCheck.filterOnKey(filter, key,
        r.filterExpression() != null ? "Filter Expression" : "QueryFilter");
    KeyPathRules.reads(table.meta(), filter, projection);
    ReadCheck.select(r.select(), r.projectionExpression() != null ? "ProjectionExpression"
        : r.attributesToGet() != null ? "AttributesToGet" : null, index, r.indexName());
    ReadCheck.consistentRead(index, r.consistentRead());
    ReadCheck.projected(index, table.key(), projection, filter);
    ReadCheck.startKey(table, index, r.exclusiveStartKey());

    throughput.admitRead(table.meta(), index == null ? null : index.spec(), kc.hashValue());
    boolean consistent = Boolean.TRUE.equals(r.consistentRead());
    ReadView view = consistent || stale == null
        ? ReadView.live(table, index) : stale.view(table, index);
    boolean multiRange = key.range().size() > 1;
    NavigableMap<EntryKey, ? extends ItemRef> range = multiRange
        ? multiAttributeRange(view.entries(), kc)
        : range(view.entries(), kc);
    boolean forward = r.scanIndexForward() == null || r.scanIndexForward();
    if (r.exclusiveStartKey() != null) {
      AttributeValue startHash = key.hashOf(r.exclusiveStartKey());
      if (!startHash.equals(kc.hashValue()) || !kc.matches(key.rangeOf(r.exclusiveStartKey()))) {
        throw outsideRange();
      }
      EntryKey start = startKey(table, index, r.exclusiveStartKey());
      range = after(range, start, forward);
    }
    if (!forward) {
      range = range.descendingMap();
    }
    Predicate<EntryKey> skip = null;
    Predicate<EntryKey> stop = null;
    if (kc.op() == KeyCondition.SortOp.BEGINS_WITH || (multiRange && kc.hasRange())) {
      // The entries that match are contiguous: skip to the first, stop after the last.
      Predicate<EntryKey> outside = k -> !kc.matches(k.rangeKey());
      if (forward && !multiRange) {
        stop = outside;
      } else {
        skip = outside;
        stop = outside;
      }
    }
    boolean fetch = index != null && !index.spec().global()
        && index.spec().projectionType() != ProjectionType.ALL
        && (r.select() == Select.ALL_ATTRIBUTES || projection != null);
    Pager.Page page = Pager.read(table, index, view.items(), range.entrySet().iterator(), r.limit(), filter,
        projection, r.select() == Select.COUNT, skip, stop, fetch);
    throughput.read(table.meta(), index == null ? null : index.spec(), kc.hashValue(),
        Units.read(page.bytesRead(), consistent));
    return new QueryResponse(
        r.select() == Select.COUNT ? null : page.items(), page.count(), page.scanned(),
        page.lastEvaluatedKey(),
        Units.report(r.returnConsumedCapacity(), table.meta(),
            index == null ? Units.read(page.bytesRead(), consistent) : 0,
            index == null ? Map.of() : Map.of(index.spec().name(),
                Units.read(page.bytesRead(), consistent)), false));
  }

  private static ValidationException outsideRange() {
    return new ValidationException(
        "The provided starting key does not match the range key predicate");
  }

  /** The part of a key range after (in reading order) an ExclusiveStartKey. */
  private static NavigableMap<EntryKey, ? extends ItemRef> after(
      NavigableMap<EntryKey, ? extends ItemRef> range, EntryKey start, boolean forward) {
    try {
      return forward ? range.tailMap(start, false) : range.headMap(start, false);
    } catch (IllegalArgumentException outsideRange) {
      throw outsideRange(); // not reached: startKey checks the key against the condition first
    }
  }

  static NavigableMap<EntryKey, ? extends ItemRef> range(
      NavigableMap<EntryKey, ? extends ItemRef> entries, KeyCondition kc) {
    EntryKey lo = EntryKey.partitionBound(kc.hashValue(), -1);
    EntryKey hi = EntryKey.partitionBound(kc.hashValue(), 1);
    if (kc.op() != null) {
      var a = kc.values().get(0);
      switch (kc.op()) {
        case EQ:
          lo = EntryKey.rangeBound(kc.hashValue(), a, -1);
          hi = EntryKey.rangeBound(kc.hashValue(), a, 1);
          break;
        case LT:
          hi = EntryKey.rangeBound(kc.hashValue(), a, -1);
          break;
        case LE:
          hi = EntryKey.rangeBound(kc.hashValue(), a, 1);
          break;
        case GT:
          lo = EntryKey.rangeBound(kc.hashValue(), a, 1);
          break;
        case GE:
        case BEGINS_WITH:
          lo = EntryKey.rangeBound(kc.hashValue(), a, -1);
          break;
        case BETWEEN:
          lo = EntryKey.rangeBound(kc.hashValue(), a, -1);
          hi = EntryKey.rangeBound(kc.hashValue(), kc.values().get(1), 1);
          if (EntryKey.ORDER.compare(lo, hi) > 0) {
            return entries.subMap(lo, true, lo, true);
          }
          break;
        default:
          throw new AssertionError(kc.op());
      }
    }
    return entries.subMap(lo, true, hi, true);
  }

  /**
   * The entries of a partition between the first and the last that can match a condition on a
   * multi-attribute range key. Low: its equality prefix and, for a lower-bounded operator, the operand
   * after it (a shorter composite sorts before the ones it begins). High: past every composite that
   * begins with the prefix and, for an upper-bounded operator, the operand ({@link #pastAll}), or
   * before the operand for {@code <}; so a reverse read starts at the last match instead of the end of
   * the partition. The reader still skips and stops by the condition itself.
   */
  private static NavigableMap<EntryKey, ? extends ItemRef> multiAttributeRange(
      NavigableMap<EntryKey, ? extends ItemRef> entries, KeyCondition kc) {
    EntryKey hi = multiAttributeHigh(kc);
    List<AttributeValue> start = new java.util.ArrayList<>(kc.prefix());
    if (kc.op() == KeyCondition.SortOp.EQ || kc.op() == KeyCondition.SortOp.GE
        || kc.op() == KeyCondition.SortOp.BETWEEN || kc.op() == KeyCondition.SortOp.BEGINS_WITH) {
      start.add(kc.values().get(0));
    }
    EntryKey lo = start.isEmpty() ? EntryKey.partitionBound(kc.hashValue(), -1)
        : EntryKey.rangeBound(kc.hashValue(), new AttributeValue.L(start), -1);
    if (EntryKey.ORDER.compare(lo, hi) > 0) {
      return entries.subMap(lo, true, lo, true); // an empty BETWEEN (low above high)
    }
    return entries.subMap(lo, true, hi, true);
  }

  /** The upper end of {@link #multiAttributeRange}. */
  private static EntryKey multiAttributeHigh(KeyCondition kc) {
    List<AttributeValue> end = new java.util.ArrayList<>(kc.prefix());
    KeyCondition.SortOp op = kc.op();
    if (op == KeyCondition.SortOp.LT) {
      end.add(kc.values().get(0));
      return EntryKey.rangeBound(kc.hashValue(), new AttributeValue.L(end), -1);
    }
    if (op == KeyCondition.SortOp.EQ || op == KeyCondition.SortOp.LE) {
      end.add(kc.values().get(0));
    } else if (op == KeyCondition.SortOp.BETWEEN) {
      end.add(kc.values().get(1));
    }
    return end.isEmpty() ? EntryKey.partitionBound(kc.hashValue(), 1)
        : EntryKey.rangeBound(kc.hashValue(), pastAll(end), 1);
  }

  /**
   * A composite after every composite that begins with {@code prefix}: the prefix and then a value of a
   * non-key type, which sorts after every S, N and B value (KeyOrder orders different types by type).
   */
  private static AttributeValue pastAll(List<AttributeValue> prefix) {
    List<AttributeValue> past = new java.util.ArrayList<>(prefix);
    past.add(AttributeValue.bool(true));
    return new AttributeValue.L(past);
  }

  static EntryKey startKey(Table table, IndexData index, Map<String, dev.keyway.model.AttributeValue> start) {
    if (index == null) {
      return table.key().entryKey(start);
    }
    KeySpec ik = index.spec().key();
    return EntryKey.of(ik.hashOf(start), ik.rangeOf(start), table.key().hashOf(start),
        table.key().rangeOf(start));
  }
}
