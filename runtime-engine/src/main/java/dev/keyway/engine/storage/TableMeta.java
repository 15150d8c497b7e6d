package dev.keyway.engine.storage;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.RestoreSummary;
import dev.keyway.ops.StreamSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable definition of a table; replaced as a whole by UpdateTable. {@code streamLabel} is
 * the label of the table's latest stream (the time it was enabled), kept after the stream is
 * disabled, null when the table never had one. {@code restoredFrom}
 * says where a table made by a restore came from (null for other tables). {@code onDemand} holds the maximum request units
 * of a PAY_PER_REQUEST table (a null member: no maximum), null when it has none.
 */
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
    OnDemandThroughput onDemand,
    StreamSpecification stream,
    String streamLabel,
    boolean deletionProtection,
    RestoreSummary restoredFrom) {

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
        billingMode, throughput, onDemand, stream, streamLabel, deletionProtection, restoredFrom);
  }

  /**
   * A new billing mode with its capacity: the provisioned units of a PROVISIONED table, the
   * maximum request units (null: no maximum) of a PAY_PER_REQUEST one.
   */
  public TableMeta withBilling(BillingMode mode, ProvisionedThroughput provisioned,
      OnDemandThroughput maximum) {
    return new TableMeta(name, arn, id, created, attributeDefinitions, key, localIndexes,
        globalIndexes, mode, provisioned, maximum, stream, streamLabel, deletionProtection, restoredFrom);
  }

  /** A new stream setting; {@code label} is the latest stream's, new when a stream is enabled. */
  public TableMeta withStream(StreamSpecification spec, String label) {
    return new TableMeta(name, arn, id, created, attributeDefinitions, key, localIndexes,
        globalIndexes, billingMode, throughput, onDemand, spec, label, deletionProtection, restoredFrom);
  }

  /** Whether the table writes change records to a stream now. */
  public boolean streamEnabled() {
    return stream != null && Boolean.TRUE.equals(stream.streamEnabled());
  }

  /** The latest stream's ARN, or null when the table never had a stream. */
  public String streamArn() {
    return streamLabel == null ? null : arn + "/stream/" + streamLabel;
  }

  public TableMeta withDeletionProtection(boolean enabled) {
    return new TableMeta(name, arn, id, created, attributeDefinitions, key, localIndexes,
        globalIndexes, billingMode, throughput, onDemand, stream, streamLabel, enabled, restoredFrom);
  }
}
