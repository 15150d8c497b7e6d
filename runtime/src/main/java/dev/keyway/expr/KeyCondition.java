package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query's key condition: equality on the partition key, and at most one {@link
 * SortKeyCondition}. The two shapes are two types, so a second sort key condition, an OR, or a
 * non-equality on the partition key cannot be written.
 *
 * <pre>{@code
 * KeyCondition.partitionKey(PK, "USER#1").and(SortKeyCondition.beginsWith(SK, "ORDER#"))
 * }</pre>
 *
 * <p>A global secondary index with a multi-attribute key takes a {@link MultiAttribute} condition instead:
 * equality on every partition key attribute and on a prefix of the sort key attributes, then at most
 * one condition on the next sort key attribute.
 */
public sealed interface KeyCondition
    permits KeyCondition.PartitionOnly, KeyCondition.WithSortKey, KeyCondition.MultiAttribute {

  /** The partition key attribute (a top-level name). */
  AttributePath partitionKeyPath();

  AttributeValue partitionKeyValue();

  Optional<SortKeyCondition> sortKey();

  /** {@code pk = :value}. */
  static <V> PartitionOnly partitionKey(KeyPath<V> path, V value) {
    return new PartitionOnly(path.attributePath(), path.toAttributeValue(value));
  }

  /** A key condition on the partition key alone; {@link #and} adds the sort key condition. */
  record PartitionOnly(AttributePath partitionKeyPath, AttributeValue partitionKeyValue)
      implements KeyCondition {
    public PartitionOnly {
      Objects.requireNonNull(partitionKeyPath, "partitionKeyPath");
      Objects.requireNonNull(partitionKeyValue, "partitionKeyValue");
    }

    @Override
    public Optional<SortKeyCondition> sortKey() {
      return Optional.empty();
    }

    /** {@code pk = :value AND <sort key condition>}. */
    public WithSortKey and(SortKeyCondition sortKey) {
      return new WithSortKey(this, sortKey);
    }
  }

  /** Partition key equality and one sort key condition. */
  record WithSortKey(PartitionOnly partition, SortKeyCondition sortKeyCondition)
      implements KeyCondition {
    public WithSortKey {
      Objects.requireNonNull(partition, "partition");
      Objects.requireNonNull(sortKeyCondition, "sortKeyCondition");
      if (sortKeyCondition.path().equals(partition.partitionKeyPath())) {
        throw new IllegalArgumentException(
            "The sort key condition names the partition key " + partition.partitionKeyPath());
      }
    }

    @Override
    public AttributePath partitionKeyPath() {
      return partition.partitionKeyPath();
    }

    @Override
    public AttributeValue partitionKeyValue() {
      return partition.partitionKeyValue();
    }

    @Override
    public Optional<SortKeyCondition> sortKey() {
      return Optional.of(sortKeyCondition);
    }
  }

  /**
   * A key condition on a multi-attribute key: {@code equalities} (every partition key attribute, then a
   * prefix of the sort key attributes, in key schema order) and an optional {@code last} condition on the
   * next sort key attribute (null for none). The first equality is the {@link #partitionKeyPath()}.
   */
  record MultiAttribute(List<AttributePath> paths, List<AttributeValue> values, SortKeyCondition last)
      implements KeyCondition {
    public MultiAttribute {
      paths = List.copyOf(paths);
      values = List.copyOf(values);
      if (paths.isEmpty() || paths.size() != values.size()) {
        throw new IllegalArgumentException("a multi-attribute key condition needs one value per attribute, "
            + "at least one: " + paths + " = " + values);
      }
    }

    @Override
    public AttributePath partitionKeyPath() {
      return paths.get(0);
    }

    @Override
    public AttributeValue partitionKeyValue() {
      return values.get(0);
    }

    @Override
    public Optional<SortKeyCondition> sortKey() {
      return Optional.ofNullable(last);
    }
  }
}
