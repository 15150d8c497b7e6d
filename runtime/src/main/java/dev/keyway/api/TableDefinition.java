package dev.keyway.api;

import dev.keyway.error.ResourceInUseException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as its {@code @Table} declares it (all key attributes are strings); generated facades hold
 * one. {@code sortKey} and {@code ttlAttribute} are null when absent.
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
    long writeCapacity) {

  public TableDefinition {
    globalIndexes = List.copyOf(globalIndexes);
    localIndexes = List.copyOf(localIndexes);
  }

  /** A secondary index; {@code projection} is ALL, KEYS_ONLY or INCLUDE. */
  public record Index(String name, String partitionKey, String sortKey, String projection, List<String> attributes) {
    public Index {
      attributes = List.copyOf(attributes);
    }
  }

  /** The CreateTable request for this definition. */
  public CreateTableRequest toCreateTableRequest() {
    Set<String> attributes = new LinkedHashSet<>();
    attributes.add(partitionKey);
    if (sortKey != null) {
      attributes.add(sortKey);
    }
    List<GlobalSecondaryIndex> gsis = new ArrayList<>();
    for (Index i : globalIndexes) {
      attributes.add(i.partitionKey());
      if (i.sortKey() != null) {
        attributes.add(i.sortKey());
      }
      gsis.add(new GlobalSecondaryIndex(i.name(), keySchema(i.partitionKey(), i.sortKey()), projection(i),
          provisioned ? new ProvisionedThroughput(readCapacity, writeCapacity) : null));
    }
    List<LocalSecondaryIndex> lsis = new ArrayList<>();
    for (Index i : localIndexes) {
      attributes.add(i.sortKey());
      lsis.add(new LocalSecondaryIndex(i.name(), keySchema(partitionKey, i.sortKey()), projection(i)));
    }
    CreateTableRequest.Builder b = CreateTableRequest.builder()
        .tableName(name)
        .attributeDefinitions(attributes.stream()
            .map(a -> new AttributeDefinition(a, ScalarAttributeType.S)).toList())
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
    return b.build();
  }

  /** Creates the table (and enables TTL) unless it exists; true when it was created. */
  public boolean createIfAbsent(Backend backend) {
    if (exists(backend)) {
      return false;
    }
    try {
      backend.createTable(toCreateTableRequest());
    } catch (ResourceInUseException raced) {
      return false;
    }
    if (ttlAttribute != null) {
      backend.updateTimeToLive(new UpdateTimeToLiveRequest(name, new TimeToLiveSpecification(true, ttlAttribute)));
    }
    return true;
  }

  public boolean exists(Backend backend) {
    try {
      backend.describeTable(DescribeTableRequest.builder().tableName(name).build());
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    }
  }

  private static List<KeySchemaElement> keySchema(String pk, String sk) {
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
