package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static dev.keyway.engine.Fixtures.withIndexes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.ops.CreateBackupRequest;
import dev.keyway.ops.DeleteBackupRequest;
import dev.keyway.ops.DescribeContinuousBackupsRequest;
import dev.keyway.ops.ListBackupsRequest;
import dev.keyway.ops.PointInTimeRecoveryDescription;
import dev.keyway.ops.PointInTimeRecoverySpecification;
import dev.keyway.ops.PointInTimeRecoveryStatus;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.RestoreTableFromBackupRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.UpdateContinuousBackupsRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restored tables and point-in-time recovery settings survive a restart and a crash. */
class BackupDurabilityTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  @TempDir Path dir;
  private final ManualClock clock = new ManualClock(T0);

  private Engine open(Path data, long checkpointBytes) {
    return Engine.builder().clock(clock).durable(data, DurableOptions.defaults()
        .withDurability(Durability.NONE).withCheckpointBytes(checkpointBytes)).build();
  }

  /** Two backups (one deleted), a restored table, PITR on one table; returns the kept backup. */
  private String writeBackups(Engine engine) {
    engine.createTable(withIndexes("Shop"));
    engine.createTable(pkSk("Other"));
    for (int i = 0; i < 50; i++) {
      engine.putItem(PutItemRequest.builder().tableName("Shop").item(item("PK", "p" + i, "SK", "s",
          "GSI1PK", "g", "GSI1SK", "k" + i, "LSK", i)).build());
    }
    String kept = engine.createBackup(new CreateBackupRequest("Shop", "kept")).backupDetails().backupArn();
    String dropped = engine.createBackup(new CreateBackupRequest("Shop", "dropped")).backupDetails().backupArn();
    engine.deleteBackup(new DeleteBackupRequest(dropped));
    engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
        .targetTableName("Restored").backupArn(kept).build());
    engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Other",
        new PointInTimeRecoverySpecification(true, 7)));
    return kept;
  }

  private void assertRecovered(Engine engine, String kept) {
    assertThat(engine.listBackups(ListBackupsRequest.builder().build()).backupSummaries())
        .extracting(s -> s.backupArn()).containsExactly(kept);
    assertThat(engine.scan(ScanRequest.builder().tableName("Restored").build()).count()).isEqualTo(50);
    engine.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
        .targetTableName("Again").backupArn(kept).build());
    assertThat(EngineState.of(engine)).contains("Again");
    assertThat(engine.scan(ScanRequest.builder().tableName("Again").build()).items())
        .isEqualTo(engine.scan(ScanRequest.builder().tableName("Restored").build()).items());
    PointInTimeRecoveryDescription pitr = engine.describeContinuousBackups(
        new DescribeContinuousBackupsRequest("Other")).continuousBackupsDescription()
        .pointInTimeRecoveryDescription();
    assertThat(pitr.pointInTimeRecoveryStatus()).isEqualTo(PointInTimeRecoveryStatus.ENABLED);
    assertThat(pitr.recoveryPeriodInDays()).isEqualTo(7);
    // the history is saved too: the window still opens when recovery was enabled
    assertThat(pitr.earliestRestorableDateTime()).isEqualTo(T0);
  }

  @Test
  void survivesCloseAndReopenThroughASnapshot() {
    Engine engine = open(dir, 64L << 20);
    String kept = writeBackups(engine);
    String before = EngineState.of(engine);
    engine.close();
    clock.advance(Duration.ofHours(1));

    Engine reopened = open(dir, 64L << 20);
    assertThat(EngineState.of(reopened)).isEqualTo(before);
    assertRecovered(reopened, kept);
    reopened.close();
  }

  @Test
  void survivesACrashThroughTheLog() {
    Engine engine = open(dir, 64L << 20);
    String kept = writeBackups(engine);
    String before = EngineState.of(engine);
    Path copy = dir.resolveSibling(dir.getFileName() + "-crash");
    copy(dir, copy); // as a crash leaves it: no closing checkpoint, only the log
    engine.close();

    Engine recovered = open(copy, 64L << 20);
    assertThat(EngineState.of(recovered)).isEqualTo(before);
    assertRecovered(recovered, kept);
    recovered.close();
  }

  @Test
  void survivesCheckpointsTakenBetweenTheChanges() {
    Engine engine = open(dir, 1); // a checkpoint before every commit
    String kept = writeBackups(engine);
    String before = EngineState.of(engine);
    engine.close();

    Engine reopened = open(dir, 1);
    assertThat(EngineState.of(reopened)).isEqualTo(before);
    assertRecovered(reopened, kept);
    reopened.close();
  }

  /** Copies a data directory as a crash leaves it (without its LOCK). */
  static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("LOCK")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
