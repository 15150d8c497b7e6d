package dev.keyway.engine.op;

import dev.keyway.engine.capacity.Throughput;
import dev.keyway.engine.consistency.ReadView;
import dev.keyway.engine.consistency.StaleReads;
import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ProjectionExpression;
import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.op.check.ReadCheck;
import dev.keyway.engine.partiql.PartiqlErrors;
import dev.keyway.engine.partiql.Statement;
import dev.keyway.engine.partiql.WhereKeys;
import dev.keyway.engine.request.ExpressionContext;
import dev.keyway.engine.request.ItemCondition;
import dev.keyway.engine.request.ItemProjection;
import dev.keyway.engine.request.KeyCondition;
import dev.keyway.engine.storage.EntryKey;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.KeySpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ProjectionType;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;

/**
 * Runs a PartiQL SELECT as DynamoDB plans it: a WHERE clause pinning the partition key of the
 * table or index reads that partition only (a Query, narrowed by a sort-key condition), anything
 * else reads everything (a Scan). The whole WHERE clause is then the filter; pages follow Query's
 * and Scan's rules (Limit items evaluated, 1 MB read), and so do throttling, metering and lagging
 * eventually consistent reads.
 */
final class PartiqlReader {
  /** One page of a SELECT, and what it read. */
  record Result(Pager.Page page, IndexData index, double units) {}

  private PartiqlReader() {}

  static Result select(Table table, Statement.Select s, Integer limit,
      Map<String, AttributeValue> startKey, Boolean consistentRead, Throughput throughput,
      StaleReads stale) {
    IndexData index = ReadCheck.index(table, s.index());
    if (index != null && index.spec().key().multiAttribute()) {
      throw PartiqlErrors.multiAttributeIndex();
    }
    if (index != null && index.spec().global() && Boolean.TRUE.equals(consistentRead)) {
      throw PartiqlErrors.consistentReadOnGsi();
    }
    KeySpec key = index == null ? table.key() : index.spec().key();
    KeyCondition kc = WhereKeys.keyCondition(s.where(), key);
    boolean forward = forward(s, kc, key);
    ItemCondition filter = filter(s.where());
    ItemProjection projection = projection(s);
    ReadCheck.projected(index, table.key(), projection, filter);
    ReadCheck.startKey(table, index, startKey);

    IndexSpec spec = index == null ? null : index.spec();
    AttributeValue partition = kc == null ? null : kc.hashValue();
    throughput.admitRead(table.meta(), spec, partition);
    boolean consistent = Boolean.TRUE.equals(consistentRead);
    ReadView view = consistent || stale == null
        ? ReadView.live(table, index) : stale.view(table, index);
    NavigableMap<EntryKey, ? extends ItemRef> range = view.entries();
    if (kc != null) {
      range = QueryOp.range(range, kc);
    }
    if (startKey != null) {
      EntryKey start = QueryOp.startKey(table, index, startKey);
      range = forward ? range.tailMap(start, false) : range.headMap(start, false);
    }
    if (!forward) {
      range = range.descendingMap();
    }
    Predicate<EntryKey> outside = null;
    if (kc != null && kc.op() == KeyCondition.SortOp.BEGINS_WITH) {
      outside = k -> !kc.matches(k.rangeKey());
    }
    boolean fetch = index != null && !index.spec().global()
        && index.spec().projectionType() != ProjectionType.ALL;
    Pager.Page page = Pager.read(table, index, view.items(), range.entrySet().iterator(), limit,
        filter, projection, false, forward ? null : outside, outside, fetch);
    double units = Units.read(page.bytesRead(), consistent);
    throughput.read(table.meta(), spec, partition, units);
    return new Result(page, index, units);
  }

  /** ORDER BY: only on a key attribute, and only when the partition key is pinned. */
  private static boolean forward(Statement.Select s, KeyCondition kc, KeySpec key) {
    if (s.orderBy() == null) {
      return true;
    }
    if (s.where() == null) {
      throw PartiqlErrors.orderByWithoutWhere();
    }
    if (kc == null) {
      throw PartiqlErrors.orderByWithoutHashKey();
    }
    var path = s.orderBy().path();
    if (!WhereKeys.isTopLevel(path) || !key.isKeyAttribute(path.topLevelName())) {
      throw PartiqlErrors.orderByNotKey(path.toString());
    }
    return !s.orderBy().descending();
  }

  static ItemCondition filter(Condition where) {
    return where == null ? null : ExpressionContext.compiledFilter(where);
  }

  static ItemProjection projection(Statement.Select s) {
    return s.projection().isEmpty() ? null
        : ExpressionContext.compiledProjection(new ProjectionExpression(s.projection()));
  }
}
