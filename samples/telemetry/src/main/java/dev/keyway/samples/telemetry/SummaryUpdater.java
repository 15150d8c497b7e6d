package dev.keyway.samples.telemetry;

import dev.keyway.api.EntityChange;
import dev.keyway.api.EntityChanges;
import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.ChangeSubscription;
import dev.keyway.ops.streams.Record;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The stream consumer: folds every change of a reading into its device's {@link DeviceSummary}. A new reading
 * (INSERT) is added, a corrected one (MODIFY) is taken out with its old value and added with the new, a deleted
 * one (REMOVE) is taken out, whether a user or time to live deleted it ({@link EntityChange#expiredByTtl()}, from
 * the record's user identity, says which). Records of other items, such as the summaries it writes itself, decode
 * to nothing and are skipped.
 *
 * <p>Run one updater per table: a summary is read, changed and written back without a condition.
 */
public final class SummaryUpdater {
  private static final int BATCH = 100;
  /** The region the records name; it only labels them. */
  private static final String REGION = "us-east-1";

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
        applied += apply(r.toWire(REGION)) ? 1 : 0;
      }
    }
    return applied;
  }

  /**
   * Folds one record, in the shape the Streams API's GetRecords returns, into its device's summary; false when
   * the record is not a reading's.
   */
  public boolean apply(Record record) {
    Optional<EntityChange<Reading>> change = readings.decode(record);
    change.ifPresent(this::apply);
    return change.isPresent();
  }

  private void apply(EntityChange<Reading> change) {
    String deviceId = change.entity().deviceId();
    DeviceSummary summary = service.summary(deviceId);
    DeviceSummary next = switch (change.eventName()) {
      case INSERT -> summary.plus(change.newEntity().value());
      case MODIFY -> without(summary, change.oldEntity().value(), false).plus(change.newEntity().value());
      case REMOVE -> without(summary, change.oldEntity().value(), change.expiredByTtl());
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
