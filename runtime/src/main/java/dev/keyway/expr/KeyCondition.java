package dev.keyway.expr;

import dev.keyway.model.AttributeValue;
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
 */
public sealed interface KeyCondition
    permits KeyCondition.PartitionOnly, KeyCondition.WithSortKey {

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
}
