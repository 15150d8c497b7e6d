package dev.keyway.engine.storage;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.StreamSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The immutable definition of a table; replaced as a whole by UpdateTable. */
public record TableMeta(
    String name,
    String arn,
    String id,
    Instant created,
    List<AttributeDefinition> attributeDefinitions,
    KeySpec key,
    List<IndexSpec> localIndexes,
    List<IndexSpec> globalIndexes,
    BillingMode billingMode,
    ProvisionedThroughput throughput,
    StreamSpecification stream,
    boolean deletionProtection) {

  public TableMeta {
    attributeDefinitions = List.copyOf(attributeDefinitions);
    localIndexes = List.copyOf(localIndexes);
    globalIndexes = List.copyOf(globalIndexes);
  }

  public IndexSpec index(String indexName) {
    for (IndexSpec spec : localIndexes) {
      if (spec.name().equals(indexName)) {
        return spec;
      }
    }
    for (IndexSpec spec : globalIndexes) {
      if (spec.name().equals(indexName)) {
        return spec;
      }
    }
    return null;
  }

  public List<IndexSpec> allIndexes() {
    List<IndexSpec> all = new ArrayList<>(localIndexes);
    all.addAll(globalIndexes);
    return all;
  }

  public TableMeta withGlobalIndexes(
      List<IndexSpec> gsis, List<AttributeDefinition> definitions) {
    return new TableMeta(name, arn, id, created, definitions, key, localIndexes, gsis,
        billingMode, throughput, stream, deletionProtection);
  }

  public TableMeta withBilling(BillingMode mode, ProvisionedThroughput provisioned) {
    return new TableMeta(name, arn, id, created, attributeDefinitions, key, localIndexes,
        globalIndexes, mode, provisioned, stream, deletionProtection);
  }

  public TableMeta withStream(StreamSpecification spec) {
    return new TableMeta(name, arn, id, created, attributeDefinitions, key, localIndexes,
        globalIndexes, billingMode, throughput, spec, deletionProtection);
  }

  public TableMeta withDeletionProtection(boolean enabled) {
    return new TableMeta(name, arn, id, created, attributeDefinitions, key, localIndexes,
        globalIndexes, billingMode, throughput, stream, enabled);
  }
}
