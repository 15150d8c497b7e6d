package dev.keyway.engine.op;

import dev.keyway.engine.index.IndexData;
import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.BillingModeSummary;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.IndexStatus;
import dev.keyway.ops.LocalSecondaryIndexDescription;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ProvisionedThroughputDescription;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TableStatus;
import java.util.ArrayList;
import java.util.List;

/** Builds the TableDescription that Create/Describe/Update/DeleteTable return. */
final class TableDescriber {
  private TableDescriber() {}

  static TableDescription describe(Table table, TableStatus status) {
    TableMeta meta = table.meta();
    List<LocalSecondaryIndexDescription> lsis = null;
    if (!meta.localIndexes().isEmpty()) {
      lsis = new ArrayList<>();
      for (IndexSpec spec : meta.localIndexes()) {
        IndexData data = table.index(spec.name());
        lsis.add(new LocalSecondaryIndexDescription(spec.name(), spec.key().toSchema(),
            spec.projection(), data == null ? 0L : data.sizeBytes(),
            data == null ? 0L : data.itemCount(), meta.arn() + "/index/" + spec.name()));
      }
    }
    List<GlobalSecondaryIndexDescription> gsis = null;
    if (!meta.globalIndexes().isEmpty()) {
      gsis = new ArrayList<>();
      for (IndexSpec spec : meta.globalIndexes()) {
        IndexData data = table.index(spec.name());
        IndexStatus indexStatus = data == null ? IndexStatus.CREATING : data.status();
        gsis.add(new GlobalSecondaryIndexDescription(spec.name(), spec.key().toSchema(),
            spec.projection(), indexStatus,
            indexStatus == IndexStatus.CREATING ? Boolean.FALSE : null,
            throughput(spec.throughput(), meta.billingMode()),
            maximum(spec.onDemand(), meta.billingMode()),
            data == null ? 0L : data.sizeBytes(), data == null ? 0L : data.itemCount(),
            meta.arn() + "/index/" + spec.name()));
      }
    }
    BillingModeSummary billing = meta.billingMode() == BillingMode.PAY_PER_REQUEST
        ? new BillingModeSummary(BillingMode.PAY_PER_REQUEST, meta.created())
        : null;
    return new TableDescription(
        meta.attributeDefinitions(),
        meta.name(),
        meta.key().toSchema(),
        status,
        meta.created(),
        throughput(meta.throughput(), meta.billingMode()),
        maximum(meta.onDemand(), meta.billingMode()),
        table.sizeBytes(),
        table.itemCount(),
        meta.arn(),
        meta.id(),
        billing,
        lsis,
        gsis,
        meta.streamEnabled() ? meta.stream() : null,
        meta.streamLabel(),
        meta.streamArn(),
        meta.deletionProtection(),
        meta.restoredFrom(),
        null,
        null);
  }

  /** An on-demand table's or GSI's maximum, with the members it sets; none for PROVISIONED. */
  private static OnDemandThroughput maximum(OnDemandThroughput t, BillingMode mode) {
    return mode == BillingMode.PAY_PER_REQUEST ? t : null;
  }

  private static ProvisionedThroughputDescription throughput(ProvisionedThroughput t, BillingMode mode) {
    long read = t == null || mode == BillingMode.PAY_PER_REQUEST ? 0L : t.readCapacityUnits();
    long write = t == null || mode == BillingMode.PAY_PER_REQUEST ? 0L : t.writeCapacityUnits();
    return new ProvisionedThroughputDescription(null, null, 0L, read, write);
  }
}
