package dev.keyway.engine.op;

import dev.keyway.engine.backup.PitrHistory;
import dev.keyway.engine.backup.PitrWindow;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.TableNotFoundException;
import dev.keyway.ops.ContinuousBackupsDescription;
import dev.keyway.ops.ContinuousBackupsStatus;
import dev.keyway.ops.DescribeContinuousBackupsRequest;
import dev.keyway.ops.DescribeContinuousBackupsResponse;
import dev.keyway.ops.PointInTimeRecoveryDescription;
import dev.keyway.ops.PointInTimeRecoverySpecification;
import dev.keyway.ops.PointInTimeRecoveryStatus;
import dev.keyway.ops.UpdateContinuousBackupsRequest;
import dev.keyway.ops.UpdateContinuousBackupsResponse;
import java.time.Clock;
import java.util.List;

/**
 * UpdateContinuousBackups and DescribeContinuousBackups: point-in-time recovery on or off, and
 * its window. Continuous backups themselves are always on, as in DynamoDB.
 */
public final class ContinuousBackupsOp {
  private final Catalog catalog;
  private final Committer committer;
  private final PitrHistory history;
  private final Clock clock;

  public ContinuousBackupsOp(Catalog catalog, Committer committer, PitrHistory history, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.history = history;
    this.clock = clock;
  }

  public UpdateContinuousBackupsResponse update(UpdateContinuousBackupsRequest r) {
    PointInTimeRecoverySpecification spec = r.pointInTimeRecoverySpecification();
    Errors errors = Errors.start().tableName(r.tableName(), "tableName")
        .notNull(spec, "pointInTimeRecoverySpecification");
    if (spec != null) {
      errors.notNull(spec.pointInTimeRecoveryEnabled(),
              "pointInTimeRecoverySpecification.pointInTimeRecoveryEnabled")
          .minimum(spec.recoveryPeriodInDays(), 1, "pointInTimeRecoverySpecification.recoveryPeriodInDays")
          .maximum(spec.recoveryPeriodInDays(), PitrSetting.DEFAULT_PERIOD_DAYS,
              "pointInTimeRecoverySpecification.recoveryPeriodInDays");
    }
    errors.throwIfAny();
    Table table = require(r.tableName());
    committer.changeTable(table, () -> {
      PitrSetting current = table.pointInTimeRecovery();
      PitrSetting next = null;
      if (spec.pointInTimeRecoveryEnabled()) {
        int days = spec.recoveryPeriodInDays() != null ? spec.recoveryPeriodInDays()
            : current != null ? current.recoveryPeriodDays() : PitrSetting.DEFAULT_PERIOD_DAYS;
        next = new PitrSetting(current != null ? current.enabledAt() : clock.instant(), days);
      }
      return List.of(new SchemaChange.PointInTimeRecovery(table, next));
    });
    return new UpdateContinuousBackupsResponse(describe(table));
  }

  public DescribeContinuousBackupsResponse describe(DescribeContinuousBackupsRequest r) {
    Errors.start().tableName(r.tableName(), "tableName").throwIfAny();
    return new DescribeContinuousBackupsResponse(describe(require(r.tableName())));
  }

  private ContinuousBackupsDescription describe(Table table) {
    PitrSetting setting = table.pointInTimeRecovery();
    PitrWindow window = history.window(table);
    PointInTimeRecoveryDescription pitr = setting == null || window == null
        ? new PointInTimeRecoveryDescription(PointInTimeRecoveryStatus.DISABLED, null, null, null)
        : new PointInTimeRecoveryDescription(PointInTimeRecoveryStatus.ENABLED,
            setting.recoveryPeriodDays(), window.earliest(), window.latest());
    return new ContinuousBackupsDescription(ContinuousBackupsStatus.ENABLED, pitr);
  }

  private Table require(String name) {
    Table table = catalog.find(name);
    if (table == null) {
      throw new TableNotFoundException("Table not found: " + name);
    }
    return table;
  }
}
