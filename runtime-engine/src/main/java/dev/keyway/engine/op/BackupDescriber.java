package dev.keyway.engine.op;

import dev.keyway.engine.index.IndexSpec;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.ops.BackupDescription;
import dev.keyway.ops.BackupDetails;
import dev.keyway.ops.BackupStatus;
import dev.keyway.ops.BackupSummary;
import dev.keyway.ops.BackupType;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.GlobalSecondaryIndexInfo;
import dev.keyway.ops.LocalSecondaryIndexInfo;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.SourceTableDetails;
import dev.keyway.ops.SourceTableFeatureDetails;
import dev.keyway.ops.TimeToLiveDescription;
import dev.keyway.ops.TimeToLiveStatus;
import java.util.ArrayList;
import java.util.List;

/** Builds what CreateBackup, DescribeBackup, DeleteBackup and ListBackups say about a backup. */
final class BackupDescriber {
  private BackupDescriber() {}

  static BackupDetails details(Backup b, BackupStatus status) {
    return new BackupDetails(b.arn(), b.name(), b.sizeBytes(), status, BackupType.USER,
        b.created(), null);
  }

  static BackupSummary summary(Backup b) {
    TableMeta t = b.source();
    return new BackupSummary(t.name(), t.id(), t.arn(), b.arn(), b.name(), b.created(), null,
        BackupStatus.AVAILABLE, BackupType.USER, b.sizeBytes());
  }

  static BackupDescription describe(Backup b, BackupStatus status) {
    TableMeta t = b.source();
    SourceTableDetails table = new SourceTableDetails(t.name(), t.id(), t.arn(), b.sizeBytes(),
        t.key().toSchema(), t.created(), throughput(t.throughput(), t.billingMode()),
        (long) b.items().size(), t.billingMode());
    List<LocalSecondaryIndexInfo> lsis = null;
    if (!t.localIndexes().isEmpty()) {
      lsis = new ArrayList<>();
      for (IndexSpec s : t.localIndexes()) {
        lsis.add(new LocalSecondaryIndexInfo(s.name(), s.key().toSchema(), s.projection()));
      }
    }
    List<GlobalSecondaryIndexInfo> gsis = null;
    if (!t.globalIndexes().isEmpty()) {
      gsis = new ArrayList<>();
      for (IndexSpec s : t.globalIndexes()) {
        gsis.add(new GlobalSecondaryIndexInfo(s.name(), s.key().toSchema(), s.projection(),
            throughput(s.throughput(), t.billingMode())));
      }
    }
    TimeToLiveDescription ttl = b.ttlAttribute() == null
        ? null
        : new TimeToLiveDescription(TimeToLiveStatus.ENABLED, b.ttlAttribute());
    boolean stream = t.stream() != null && Boolean.TRUE.equals(t.stream().streamEnabled());
    SourceTableFeatureDetails features = new SourceTableFeatureDetails(lsis, gsis,
        stream ? t.stream() : null, ttl);
    return new BackupDescription(details(b, status), table, features);
  }

  private static ProvisionedThroughput throughput(ProvisionedThroughput t, BillingMode mode) {
    if (t == null || mode == BillingMode.PAY_PER_REQUEST) {
      return new ProvisionedThroughput(0L, 0L);
    }
    return t;
  }
}
