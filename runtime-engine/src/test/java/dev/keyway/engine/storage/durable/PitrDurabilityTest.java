package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DeleteItemRequest;
import dev.keyway.ops.DescribeContinuousBackupsRequest;
import dev.keyway.ops.PointInTimeRecoveryDescription;
import dev.keyway.ops.PointInTimeRecoverySpecification;
import dev.keyway.ops.Put;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.UpdateContinuousBackupsRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Point-in-time recovery's history survives restarts: through a checkpoint, through the log alone
 * (a crash), and through both mixed; the window keeps its start and every second in it restores
 * what it held before the restart.
 */
class PitrDurabilityTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(T0);

  private Engine open(Path data, long checkpointBytes) {
    return Engine.builder().clock(clock).durable(data, DurableOptions.defaults()
        .withDurability(Durability.NONE).withCheckpointBytes(checkpointBytes)).build();
  }

  /**
   * a=v0 before recovery is enabled at T0; a=v1 at T0+10 s; at T0+20 s a is deleted and b and c
   * written in one transaction; c=v1 at T0+30 s. Then an hour passes.
   */
  private void writeHistory(Engine engine) {
    engine.createTable(pkSk("Shop"));
    engine.createTable(pkSk("Plain")); // no recovery: no history, nothing saved for it
    put(engine, "Plain", item("PK", "x", "SK", "1"));
    put(engine, "Shop", item("PK", "a", "SK", "1", "v", "v0"));
    engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Shop",
        new PointInTimeRecoverySpecification(true, 7)));
    clock.advance(Duration.ofSeconds(10));
    put(engine, "Shop", item("PK", "a", "SK", "1", "v", "v1"));
    clock.advance(Duration.ofSeconds(10));
    engine.deleteItem(DeleteItemRequest.builder().tableName("Shop").key(item("PK", "a", "SK", "1")).build());
    engine.transactWriteItems(new TransactWriteItemsRequest(List.of(
        TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(item("PK", "b", "SK", "1")).build()).build(),
        TransactWriteItem.builder().put(Put.builder().tableName("Shop").item(item("PK", "c", "SK", "1", "v", "v0")).build()).build()),
        null, null, null));
    clock.advance(Duration.ofSeconds(10));
    put(engine, "Shop", item("PK", "c", "SK", "1", "v", "v1"));
    clock.advance(Duration.ofHours(1));
  }

  private static void put(Engine engine, String table, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  private void assertHistory(Engine engine) {
    PointInTimeRecoveryDescription pitr = engine.describeContinuousBackups(
        new DescribeContinuousBackupsRequest("Shop")).continuousBackupsDescription()
        .pointInTimeRecoveryDescription();
    assertThat(pitr.earliestRestorableDateTime()).isEqualTo(T0);
    assertThat(restore(engine, "At0", T0)).containsExactly(item("PK", "a", "SK", "1", "v", "v0"));
    assertThat(restore(engine, "At15", T0.plusSeconds(15))).containsExactly(item("PK", "a", "SK", "1", "v", "v1"));
    assertThat(restore(engine, "At25", T0.plusSeconds(25))).containsExactlyInAnyOrder(
        item("PK", "b", "SK", "1"), item("PK", "c", "SK", "1", "v", "v0"));
    assertThat(restore(engine, "At35", T0.plusSeconds(35))).containsExactlyInAnyOrder(
        item("PK", "b", "SK", "1"), item("PK", "c", "SK", "1", "v", "v1"));
  }

  private static List<Map<String, AttributeValue>> restore(Engine engine, String target, Instant time) {
    engine.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
        .sourceTableName("Shop").targetTableName(target).restoreDateTime(time).build());
    return engine.scan(ScanRequest.builder().tableName(target).build()).items();
  }

  @Test
  void survivesCloseAndReopenThroughACheckpoint() {
    Engine engine = open(dir, 64L << 20);
    writeHistory(engine);
    engine.close();
    clock.advance(Duration.ofHours(1));

    Engine reopened = open(dir, 64L << 20);
    assertHistory(reopened);
    reopened.close();
  }

  @Test
  void survivesACrashThroughTheLog() {
    Engine engine = open(dir, 64L << 20);
    writeHistory(engine);
    Path copy = dir.resolveSibling(dir.getFileName() + "-crash");
    BackupDurabilityTest.copy(dir, copy); // no closing checkpoint: the log alone
    engine.close();

    Engine recovered = open(copy, 64L << 20);
    assertHistory(recovered);
    recovered.close();
  }

  @Test
  void survivesCheckpointsTakenBetweenTheChanges() {
    Engine engine = open(dir, 1); // a checkpoint before every commit
    writeHistory(engine);
    Path copy = dir.resolveSibling(dir.getFileName() + "-crash");
    BackupDurabilityTest.copy(dir, copy);
    engine.close();

    Engine recovered = open(copy, 1);
    assertHistory(recovered);
    recovered.close();
  }

  @Test
  void writesAfterARestartContinueTheHistoryAcrossASecondRestart() {
    Engine engine = open(dir, 64L << 20);
    writeHistory(engine);
    engine.close();

    Engine second = open(dir, 64L << 20);
    Instant beforeWrite = clock.instant();
    clock.advance(Duration.ofSeconds(1));
    put(second, "Shop", item("PK", "d", "SK", "1"));
    clock.advance(Duration.ofMinutes(10));
    second.close();

    Engine third = open(dir, 64L << 20);
    assertHistory(third);
    assertThat(restore(third, "Before", beforeWrite)).hasSize(2);
    assertThat(restore(third, "After", beforeWrite.plusSeconds(1))).hasSize(3);
    third.close();
  }

  @Test
  void disablingBeforeTheRestartLeavesNoHistory() {
    Engine engine = open(dir, 64L << 20);
    writeHistory(engine);
    engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Shop",
        new PointInTimeRecoverySpecification(false, null)));
    engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Shop",
        new PointInTimeRecoverySpecification(true, null)));
    Instant reenabled = clock.instant();
    engine.close();
    clock.advance(Duration.ofHours(1));

    Engine reopened = open(dir, 64L << 20);
    assertThat(reopened.describeContinuousBackups(new DescribeContinuousBackupsRequest("Shop"))
        .continuousBackupsDescription().pointInTimeRecoveryDescription().earliestRestorableDateTime())
        .isEqualTo(reenabled);
    reopened.close();
  }
}
