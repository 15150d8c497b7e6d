package dev.keyway.engine.op;

import dev.keyway.engine.backup.PitrHistory;
import dev.keyway.engine.backup.PitrWindow;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.op.check.BackupConstraints;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.InvalidRestoreTimeException;
import dev.keyway.error.PointInTimeRecoveryUnavailableException;
import dev.keyway.error.SourceTableNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.RestoreSummary;
import dev.keyway.ops.RestoreTableFromBackupRequest;
import dev.keyway.ops.RestoreTableFromBackupResponse;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import dev.keyway.ops.RestoreTableToPointInTimeResponse;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TableStatus;
import java.time.Clock;
import java.time.Instant;

/**
 * RestoreTableFromBackup and RestoreTableToPointInTime: a new table, made in one commit with its
 * items and indexes, so it is ACTIVE and complete as soon as the call returns.
 */
public final class RestoreOp {
  private final Catalog catalog;
  private final Committer committer;
  private final PitrHistory history;
  private final BackupOp backups;
  private final Clock clock;

  public RestoreOp(Catalog catalog, Committer committer, PitrHistory history, BackupOp backups,
      Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.history = history;
    this.backups = backups;
    this.clock = clock;
  }

  public RestoreTableFromBackupResponse fromBackup(RestoreTableFromBackupRequest r) {
    BackupConstraints.restoreTableFromBackup(Errors.start(), r).throwIfAny();
    Backup backup = backups.find(r.backupArn());
    RestoredTable target = new RestoredTable(r.billingModeOverride(),
        r.provisionedThroughputOverride(), r.onDemandThroughputOverride(),
        r.globalSecondaryIndexOverride(),
        r.localSecondaryIndexOverride());
    Table table = committer.restoreTable(r.targetTableName(), () -> new SchemaChange.RestoreTable(
        target.meta(backup.source(), r.targetTableName(), clock.instant(),
            new RestoreSummary(backup.arn(), backup.source().arn(), backup.created(), false)),
        backup.items()));
    return new RestoreTableFromBackupResponse(describe(table));
  }

  public RestoreTableToPointInTimeResponse toPointInTime(RestoreTableToPointInTimeRequest r) {
    BackupConstraints.restoreTableToPointInTime(Errors.start(), r).throwIfAny();
    String sourceName = sourceName(r);
    boolean latest = Boolean.TRUE.equals(r.useLatestRestorableTime());
    if (latest == (r.restoreDateTime() != null)) {
      throw new ValidationException(latest
          ? "Only one of RestoreDateTime or UseLatestRestorableTime can be specified"
          : "Either RestoreDateTime or UseLatestRestorableTime must be specified");
    }
    Table source = catalog.find(sourceName);
    if (source == null) {
      throw new SourceTableNotFoundException("Source table not found: " + sourceName);
    }
    PitrWindow window = history.window(source);
    if (window == null) {
      throw new PointInTimeRecoveryUnavailableException(
          "Point in time recovery is not enabled for table '" + sourceName + "'");
    }
    Instant time = latest ? window.latest() : r.restoreDateTime();
    if (!window.contains(time)) {
      throw new InvalidRestoreTimeException(
          "RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime");
    }
    RestoredTable target = new RestoredTable(r.billingModeOverride(),
        r.provisionedThroughputOverride(), r.onDemandThroughputOverride(),
        r.globalSecondaryIndexOverride(),
        r.localSecondaryIndexOverride());
    Table table = committer.restoreTable(r.targetTableName(), () -> new SchemaChange.RestoreTable(
        target.meta(source.meta(), r.targetTableName(), clock.instant(),
            new RestoreSummary(null, source.meta().arn(), time, false)),
        history.itemsAt(source, time)));
    return new RestoreTableToPointInTimeResponse(describe(table));
  }

  /** SourceTableName, or the table named by SourceTableArn; one of them is required. */
  private static String sourceName(RestoreTableToPointInTimeRequest r) {
    if (r.sourceTableName() != null) {
      return r.sourceTableName();
    }
    String arn = r.sourceTableArn();
    if (arn == null) {
      throw new ValidationException("Either SourceTableArn or SourceTableName must be specified");
    }
    int slash = arn.lastIndexOf(":table/");
    return slash < 0 ? arn : arn.substring(slash + ":table/".length());
  }

  private static TableDescription describe(Table table) {
    return TableDescriber.describe(table, TableStatus.ACTIVE);
  }
}
