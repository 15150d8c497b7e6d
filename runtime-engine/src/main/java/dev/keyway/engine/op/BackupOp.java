package dev.keyway.engine.op;

import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.op.check.BackupConstraints;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.ItemRef;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.BackupNotFoundException;
import dev.keyway.error.TableNotFoundException;
import dev.keyway.ops.BackupStatus;
import dev.keyway.ops.BackupSummary;
import dev.keyway.ops.BackupTypeFilter;
import dev.keyway.ops.CreateBackupRequest;
import dev.keyway.ops.CreateBackupResponse;
import dev.keyway.ops.DeleteBackupRequest;
import dev.keyway.ops.DeleteBackupResponse;
import dev.keyway.ops.DescribeBackupRequest;
import dev.keyway.ops.DescribeBackupResponse;
import dev.keyway.ops.ListBackupsRequest;
import dev.keyway.ops.ListBackupsResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** CreateBackup, DescribeBackup, ListBackups and DeleteBackup: on-demand backups, taken at once. */
public final class BackupOp {
  private static final Comparator<Backup> BY_CREATION =
      Comparator.comparing(Backup::created).thenComparing(Backup::arn);

  private final Catalog catalog;
  private final Committer committer;
  private final Clock clock;

  public BackupOp(Catalog catalog, Committer committer, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.clock = clock;
  }

  public CreateBackupResponse create(CreateBackupRequest r) {
    Errors.start().tableName(r.tableName(), "tableName")
        .tableName(r.backupName(), "backupName").throwIfAny();
    Table table = catalog.find(r.tableName());
    if (table == null) {
      throw new TableNotFoundException("Table not found: " + r.tableName());
    }
    Backup[] taken = new Backup[1];
    committer.changeTable(table, () -> {
      Instant now = clock.instant();
      List<StoredItem> items = new ArrayList<>((int) table.itemCount());
      for (ItemRef ref : table.items().values()) {
        items.add(ref.item());
      }
      taken[0] = new Backup(Backup.arnOf(table.name(), now, ThreadLocalRandom.current().nextInt()),
          r.backupName(), now, table.meta(), table.ttlAttribute(), table.sizeBytes(), items);
      return List.of(new SchemaChange.CreateBackup(taken[0]));
    });
    return new CreateBackupResponse(BackupDescriber.details(taken[0], BackupStatus.AVAILABLE));
  }

  public DescribeBackupResponse describe(DescribeBackupRequest r) {
    Backup backup = find(r.backupArn());
    return new DescribeBackupResponse(BackupDescriber.describe(backup, BackupStatus.AVAILABLE));
  }

  public DeleteBackupResponse delete(DeleteBackupRequest r) {
    Errors.start().notNull(r.backupArn(), "backupArn").throwIfAny();
    Backup backup = committer.deleteBackup(r.backupArn());
    return new DeleteBackupResponse(BackupDescriber.describe(backup, BackupStatus.DELETED));
  }

  public ListBackupsResponse list(ListBackupsRequest r) {
    BackupConstraints.listBackups(Errors.start(), r).throwIfAny();
    BackupTypeFilter type = r.backupType() == null ? BackupTypeFilter.USER : r.backupType();
    List<Backup> matching = new ArrayList<>();
    if (type == BackupTypeFilter.USER || type == BackupTypeFilter.ALL) {
      for (Backup b : catalog.backups().values()) {
        if ((r.tableName() == null || b.source().name().equals(r.tableName()))
            && (r.timeRangeLowerBound() == null || !b.created().isBefore(r.timeRangeLowerBound()))
            && (r.timeRangeUpperBound() == null || b.created().isBefore(r.timeRangeUpperBound()))) {
          matching.add(b);
        }
      }
    }
    matching.sort(BY_CREATION);
    int from = 0;
    if (r.exclusiveStartBackupArn() != null) {
      Backup start = catalog.backups().get(r.exclusiveStartBackupArn());
      from = start == null ? matching.size() : afterIndex(matching, start);
    }
    int limit = r.limit() == null ? Integer.MAX_VALUE : r.limit();
    List<BackupSummary> page = new ArrayList<>();
    int i = from;
    for (; i < matching.size() && page.size() < limit; i++) {
      page.add(BackupDescriber.summary(matching.get(i)));
    }
    String last = i < matching.size() ? matching.get(i - 1).arn() : null;
    return new ListBackupsResponse(page, last);
  }

  /** The position after {@code start} in creation order, even when it is not in the list. */
  private static int afterIndex(List<Backup> sorted, Backup start) {
    int i = 0;
    while (i < sorted.size() && BY_CREATION.compare(sorted.get(i), start) <= 0) {
      i++;
    }
    return i;
  }

  Backup find(String arn) {
    Errors.start().notNull(arn, "backupArn").throwIfAny();
    Backup backup = catalog.backups().get(arn);
    if (backup == null) {
      throw new BackupNotFoundException("Backup not found: " + arn);
    }
    return backup;
  }
}
