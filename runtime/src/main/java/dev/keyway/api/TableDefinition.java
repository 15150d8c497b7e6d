package dev.keyway.api;

import dev.keyway.error.ResourceInUseException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TimeToLiveDescription;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table as its {@code @Table} declares it; generated facades hold one. Template key attributes are
 * strings; the attributes of a multi-attribute index key keep their entity fields' types. {@code sortKey},
 * {@code ttlAttribute} and {@code streamViewType} (a {@link StreamViewType} name) are null when absent.
 */
public record TableDefinition(
    String name,
    String partitionKey,
    String sortKey,
    List<Index> globalIndexes,
    List<Index> localIndexes,
    String ttlAttribute,
    boolean provisioned,
    long readCapacity,
    long writeCapacity,
    String streamViewType) {

  public TableDefinition {
    globalIndexes = List.copyOf(globalIndexes);
    localIndexes = List.copyOf(localIndexes);
    if (streamViewType != null) {
      StreamViewType.valueOf(streamViewType); // rejects a name DynamoDB does not know
    }
  }

  /** A table without a stream. */
  public TableDefinition(String name, String partitionKey, String sortKey, List<Index> globalIndexes,
      List<Index> localIndexes, String ttlAttribute, boolean provisioned, long readCapacity, long writeCapacity) {
    this(name, partitionKey, sortKey, globalIndexes, localIndexes, ttlAttribute, provisioned, readCapacity,
        writeCapacity, null);
  }

  /**
   * A secondary index; {@code projection} is ALL, KEYS_ONLY or INCLUDE. A global index with a multi-attribute
   * key has {@code partitionKeys} (1-4) and {@code sortKeys} (0-4) in key schema order, and null {@code
   * partitionKey} and {@code sortKey}.
   */
  public record Index(String name, String partitionKey, String sortKey, String projection, List<String> attributes,
      List<KeyAttribute> partitionKeys, List<KeyAttribute> sortKeys) {
    public Index {
      attributes = List.copyOf(attributes);
      partitionKeys = List.copyOf(partitionKeys);
      sortKeys = List.copyOf(sortKeys);
    }

    /** An index keyed by string attributes (or, for a local index, by the table's partition key and sortKey). */
    public Index(String name, String partitionKey, String sortKey, String projection, List<String> attributes) {
      this(name, partitionKey, sortKey, projection, attributes, List.of(), List.of());
    }

    public boolean multiAttribute() {
      return !partitionKeys.isEmpty();
    }

    /** The key schema; {@code tablePartitionKey} stands in for a local index's partition key. */
    public List<KeySchemaElement> keySchema(String tablePartitionKey) {
      if (!multiAttribute()) {
        return TableDefinition.keySchema(partitionKey == null ? tablePartitionKey : partitionKey, sortKey);
      }
      List<KeySchemaElement> out = new ArrayList<>();
      partitionKeys.forEach(k -> out.add(new KeySchemaElement(k.name(), KeyType.HASH)));
      sortKeys.forEach(k -> out.add(new KeySchemaElement(k.name(), KeyType.RANGE)));
      return out;
    }
  }

  /** One attribute of a multi-attribute index key and its scalar type. */
  public record KeyAttribute(String name, ScalarAttributeType type) {}

  /** The CreateTable request for this definition. */
  public CreateTableRequest toCreateTableRequest() {
    List<GlobalSecondaryIndex> gsis = new ArrayList<>();
    for (Index i : globalIndexes) {
      gsis.add(new GlobalSecondaryIndex(i.name(), i.keySchema(partitionKey), projection(i),
          provisioned ? new ProvisionedThroughput(readCapacity, writeCapacity) : null, null));
    }
    List<LocalSecondaryIndex> lsis = new ArrayList<>();
    for (Index i : localIndexes) {
      lsis.add(new LocalSecondaryIndex(i.name(), i.keySchema(partitionKey), projection(i)));
    }
    CreateTableRequest.Builder b = CreateTableRequest.builder()
        .tableName(name)
        .attributeDefinitions(keyAttributeTypes().entrySet().stream()
            .map(a -> new AttributeDefinition(a.getKey(), a.getValue())).toList())
        .keySchema(keySchema(partitionKey, sortKey))
        .billingMode(provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST);
    if (!gsis.isEmpty()) {
      b.globalSecondaryIndexes(gsis);
    }
    if (!lsis.isEmpty()) {
      b.localSecondaryIndexes(lsis);
    }
    if (provisioned) {
      b.provisionedThroughput(new ProvisionedThroughput(readCapacity, writeCapacity));
    }
    if (streamViewType != null) {
      b.streamSpecification(new StreamSpecification(true, StreamViewType.valueOf(streamViewType)));
    }
    return b.build();
  }

  /**
   * Creates the table unless it exists, waits up to {@link TableWait#standard()} until it and its indexes are
   * ACTIVE, then enables time to live; true when it was created. An existing table is verified instead.
   */
  public boolean createIfAbsent(Backend backend) {
    return createIfAbsent(backend, TableWait.standard());
  }

  /**
   * Creates the table unless it exists and waits within {@code wait} until the table and its global secondary
   * indexes are ACTIVE (a {@link TableNotActiveException} otherwise) before enabling time to live; true when it was
   * created. An existing table (or one another process created meanwhile) is waited for the same way and then
   * compared with this definition: a {@link TableMismatchException} lists every difference.
   */
  public boolean createIfAbsent(Backend backend, TableWait wait) {
    boolean created = false;
    if (!exists(backend)) {
      try {
        backend.createTable(toCreateTableRequest());
        created = true;
      } catch (ResourceInUseException raced) {
        created = false;
      }
    }
    TableDescription table = new TableReadiness(backend, name, wait).await();
    if (created) {
      if (ttlAttribute != null) {
        backend.updateTimeToLive(new UpdateTimeToLiveRequest(name, new TimeToLiveSpecification(true, ttlAttribute)));
      }
      return true;
    }
    throwIfDifferent(TableComparison.differences(this, table, timeToLive(backend)));
    return false;
  }

  /**
   * Every difference between the table as DynamoDB describes it and this definition: key schema, key attribute
   * types, indexes and their projections, time to live, the declared stream. A missing table is one difference.
   */
  public List<String> differences(Backend backend) {
    TableDescription table;
    try {
      table = backend.describeTable(DescribeTableRequest.builder().tableName(name).build()).table();
    } catch (ResourceNotFoundException e) {
      return List.of("the table does not exist; create it with createTableIfAbsent() or the exported templates");
    }
    return TableComparison.differences(this, table, timeToLive(backend));
  }

  /** Throws a {@link TableMismatchException} listing every difference when the table differs from this definition. */
  public void verify(Backend backend) {
    throwIfDifferent(differences(backend));
  }

  public boolean exists(Backend backend) {
    try {
      backend.describeTable(DescribeTableRequest.builder().tableName(name).build());
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  /** The table's key attributes and those of its indexes, in declaration order. */
  public Set<String> keyAttributes() {
    return keyAttributeTypes().keySet();
  }

  /** Each key attribute of the table and its indexes, in declaration order, with its type. */
  public Map<String, ScalarAttributeType> keyAttributeTypes() {
    Map<String, ScalarAttributeType> attributes = new LinkedHashMap<>();
    attributes.put(partitionKey, ScalarAttributeType.S);
    if (sortKey != null) {
      attributes.put(sortKey, ScalarAttributeType.S);
    }
    for (Index i : globalIndexes) {
      if (i.multiAttribute()) {
        i.partitionKeys().forEach(k -> attributes.putIfAbsent(k.name(), k.type()));
        i.sortKeys().forEach(k -> attributes.putIfAbsent(k.name(), k.type()));
        continue;
      }
      attributes.putIfAbsent(i.partitionKey(), ScalarAttributeType.S);
      if (i.sortKey() != null) {
        attributes.putIfAbsent(i.sortKey(), ScalarAttributeType.S);
      }
    }
    for (Index i : localIndexes) {
      attributes.putIfAbsent(i.sortKey(), ScalarAttributeType.S);
    }
    return java.util.Collections.unmodifiableMap(attributes);
  }

  private void throwIfDifferent(List<String> differences) {
    if (!differences.isEmpty()) {
      throw new TableMismatchException(name, differences);
    }
  }

  private TimeToLiveDescription timeToLive(Backend backend) {
    return backend.describeTimeToLive(DescribeTimeToLiveRequest.builder().tableName(name).build())
        .timeToLiveDescription();
  }

  static List<KeySchemaElement> keySchema(String pk, String sk) {
    List<KeySchemaElement> out = new ArrayList<>();
    out.add(new KeySchemaElement(pk, KeyType.HASH));
    if (sk != null) {
      out.add(new KeySchemaElement(sk, KeyType.RANGE));
    }
    return out;
  }

  private static Projection projection(Index i) {
    return new Projection(ProjectionType.valueOf(i.projection()), i.attributes().isEmpty() ? null : i.attributes());
  }
}
