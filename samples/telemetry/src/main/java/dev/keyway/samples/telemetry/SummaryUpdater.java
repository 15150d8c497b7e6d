package dev.keyway.samples.telemetry;

import dev.keyway.api.EntityChange;
import dev.keyway.api.EntityChanges;
import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.ChangeSubscription;
import java.math.BigDecimal;
import java.util.List;

/**
 * The stream consumer: folds every change of a reading into its device's {@link DeviceSummary}. A new reading
 * (INSERT) is added, a corrected one (MODIFY) is taken out with its old value and added with the new, a deleted
 * one (REMOVE) is taken out, whether a user or time to live deleted it (the record says which). Records of other
 * items, such as the summaries it writes itself, decode to nothing and are skipped.
 *
 * <p>Run one updater per table: a summary is read, changed and written back without a condition.
 */
public final class SummaryUpdater {
  private static final int BATCH = 100;

  private final Telemetry telemetry;
  private final TelemetryService service;
  private final ChangeSubscription changes;
  private final EntityChanges<Reading> readings;

  /** Reads {@code changes}, a subscription to the table's stream from its first record (trim horizon). */
  public SummaryUpdater(Telemetry telemetry, TelemetryService service, ChangeSubscription changes) {
    this.telemetry = telemetry;
    this.service = service;
    this.changes = changes;
    this.readings = telemetry.changes(Reading.class);
  }

  /** Applies every record not read yet; returns how many reading changes were applied. */
  public int catchUp() {
    int applied = 0;
    for (List<ChangeRecord> batch = changes.poll(BATCH); !batch.isEmpty(); batch = changes.poll(BATCH)) {
      for (ChangeRecord r : batch) {
        var change = readings.decode(r.eventName(), r.keys(), r.oldImage(), r.newImage());
        if (change.isPresent()) {
          apply(change.get(), r.expiry());
          applied++;
        }
      }
    }
    return applied;
  }

  private void apply(EntityChange<Reading> change, boolean byTtl) {
    String deviceId = change.entity().deviceId();
    DeviceSummary summary = service.summary(deviceId);
    DeviceSummary next = switch (change.eventName()) {
      case INSERT -> summary.plus(change.newEntity().value());
      case MODIFY -> without(summary, change.oldEntity().value(), false).plus(change.newEntity().value());
      case REMOVE -> without(summary, change.oldEntity().value(), byTtl);
    };
    telemetry.deviceSummaries().put(next);
  }

  /** Takes a value out; when it was the minimum or maximum, the readings left in the table give the new ones. */
  private DeviceSummary without(DeviceSummary summary, BigDecimal value, boolean byTtl) {
    DeviceSummary next = summary.minus(value, byTtl);
    if (next.count() > 0 && summary.isExtreme(value)) {
      DeviceSummary stored = service.summarize(summary.deviceId());
      next = next.withRange(stored.min(), stored.max());
    }
    return next;
  }
}
