package dev.keyway.engine.backup;

import dev.keyway.engine.commit.ChangeRecorder;
import dev.keyway.engine.commit.ItemChange;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The item histories behind point-in-time recovery, one per table that has it on, fed by the
 * committer as changes are applied and timed by the engine's clock (so tests choose the seconds).
 * Histories live in memory; a durable engine saves them in its checkpoints and logs each commit's
 * time, so recovery rebuilds them exactly ({@link #image}, {@link #recover}, and the committer's
 * calls replayed from the log). Writes to tables without point-in-time recovery cost one field
 * read.
 */
public final class PitrHistory implements ChangeRecorder {
  private final Clock clock;
  private final Map<Table, TableHistory> histories = new ConcurrentHashMap<>();

  public PitrHistory(Clock clock) {
    this.clock = clock;
  }

  /**
   * Starts recording, from now on, a table whose setting was recovered without its history (a
   * data directory written before histories were saved); a recovered history is kept.
   */
  public void resume(Table table) {
    histories.computeIfAbsent(table, t -> new TableHistory(t, clock.instant()));
  }

  /**
   * Continues the history a checkpoint saved for {@code table} (recovery, before any write); a
   * large history arrives in parts, each with the same start.
   */
  public void recover(Table table, HistoryImage part) {
    histories.computeIfAbsent(table, t -> new TableHistory(part.since())).restore(part.keys());
  }

  /**
   * The table's history for a checkpoint, or null when it has none. The caller holds the
   * committer's sequencer, so the image matches the tables captured with it.
   */
  public HistoryImage image(Table table) {
    TableHistory history = histories.get(table);
    return history == null ? null : history.image();
  }

  /** The window a restore of {@code table} may choose from now, or null when PITR is off. */
  public PitrWindow window(Table table) {
    PitrSetting setting = table.pointInTimeRecovery();
    TableHistory history = histories.get(table);
    if (setting == null || history == null) {
      return null;
    }
    return PitrWindow.of(history.since(), setting.recoveryPeriodDays(), clock.instant());
  }

  /** The table's items as they were at {@code time}, which the caller checked is in its window. */
  public List<StoredItem> itemsAt(Table table, Instant time) {
    return histories.get(table).itemsAt(time);
  }

  @Override
  public void item(ItemChange change) {
    Table table = change.table();
    PitrSetting setting = table.pointInTimeRecovery();
    if (setting != null) {
      record(table, setting, change, clock.instant());
    }
  }

  @Override
  public void commit(List<ItemChange> items, List<SchemaChange> schema, long millis) {
    Instant now = null;
    for (int i = 0; i < items.size(); i++) {
      ItemChange change = items.get(i);
      PitrSetting setting = change.table().pointInTimeRecovery();
      if (setting != null) {
        now = now == null ? Instant.ofEpochMilli(millis) : now; // one time for every change of a commit
        record(change.table(), setting, change, now);
      }
    }
    for (SchemaChange change : schema) {
      if (change instanceof SchemaChange.PointInTimeRecovery p) {
        if (p.setting() == null) {
          histories.remove(p.table());
        } else if (!histories.containsKey(p.table())) {
          histories.put(p.table(), new TableHistory(p.table(), p.setting().enabledAt()));
        }
      } else if (change instanceof SchemaChange.DeleteTable d) {
        histories.remove(d.table());
      }
    }
  }

  private void record(Table table, PitrSetting setting, ItemChange change, Instant now) {
    TableHistory history = histories.get(table);
    if (history != null) {
      Instant keepAfter = now.minus(Duration.ofDays(setting.recoveryPeriodDays()));
      history.record(change.key(), change.newImage(), now, keepAfter);
    }
  }
}
