package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.ops.PutItemRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery from what a crash leaves: a torn or corrupt tail is cut off, a corrupt record with valid
 * ones after it stops the open naming file and offset, and a directory has one owner.
 */
class LogRecoveryTest {
  @TempDir Path root;
  private byte[] segment;
  private String beforeLastWrite;
  private String afterLastWrite;
  private List<Integer> recordStarts;

  /** Five puts after a CreateTable; the log as a crash right after the last put leaves it. */
  @BeforeEach
  void writeLog() throws IOException {
    Path dir = root.resolve("source");
    Engine engine = Engine.builder().durable(dir, DurableOptions.defaults().withDurability(Durability.NONE)).build();
    engine.createTable(pkSk("Shop"));
    for (int i = 0; i < 4; i++) {
      put(engine, "p" + i);
    }
    beforeLastWrite = EngineState.of(engine);
    put(engine, "last");
    afterLastWrite = EngineState.of(engine);
    List<Path> segments = DataFiles.segments(dir);
    assertThat(segments).hasSize(1);
    segment = Files.readAllBytes(segments.get(0)); // read before close, which checkpoints
    engine.close();
    recordStarts = recordStarts(segment);
    assertThat(recordStarts).hasSize(6);
  }

  @Test
  void aWholeLogReplaysEverything() throws IOException {
    Engine engine = openWith(segment, "whole");
    assertThat(EngineState.of(engine)).isEqualTo(afterLastWrite);
    engine.close();
  }

  @Test
  void aTornLastRecordIsCutOffAtEveryByte() throws IOException {
    int last = recordStarts.get(recordStarts.size() - 1);
    for (int cut = last; cut < segment.length; cut++) {
      byte[] torn = java.util.Arrays.copyOf(segment, cut);
      Path dir = write(torn, "torn-" + cut);
      Engine engine = Engine.builder().durable(dir, DurableOptions.defaults()).build();
      assertThat(EngineState.of(engine)).as("cut at %d", cut).isEqualTo(beforeLastWrite);
      assertThat(Files.size(DataFiles.segments(dir).get(0))).isEqualTo(last);
      put(engine, "after");
      engine.close();
      Engine reopened = Engine.builder().durable(dir, DurableOptions.defaults()).build();
      assertThat(EngineState.of(reopened)).contains("p3").contains("after").doesNotContain("value=last");
      reopened.close();
    }
  }

  @Test
  void aBadChecksumOnTheLastRecordIsCutOff() throws IOException {
    byte[] corrupt = segment.clone();
    corrupt[corrupt.length - 3] ^= 0x40;
    Engine engine = openWith(corrupt, "bad-tail");
    assertThat(EngineState.of(engine)).isEqualTo(beforeLastWrite);
    engine.close();
  }

  @Test
  void aCorruptRecordInTheMiddleStopsTheOpen() throws IOException {
    int second = recordStarts.get(2);
    for (int flip : new int[] {second + 20, second + 6, second + 1}) { // payload, lsn, length
      byte[] corrupt = segment.clone();
      corrupt[flip] ^= 0x10;
      Path dir = write(corrupt, "middle-" + flip);
      Path file = DataFiles.segments(dir).get(0);
      assertThatThrownBy(() -> Engine.builder().durable(dir, DurableOptions.defaults()).build())
          .isInstanceOf(DurableStorageException.class)
          .hasMessageStartingWith("Corrupt write-ahead log " + file + " at byte offset " + second + ":");
      assertThat(Files.readAllBytes(file)).isEqualTo(corrupt); // nothing was cut
    }
  }

  @Test
  void aCorruptSnapshotStopsTheOpen() throws IOException {
    Path dir = root.resolve("snap");
    Engine engine = Engine.open(dir);
    engine.createTable(pkSk("Shop"));
    put(engine, "a");
    engine.close();
    Path snapshot = DataFiles.snapshots(dir).get(0);
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[30] ^= 1;
    Files.write(snapshot, bytes);
    assertThatThrownBy(() -> Engine.open(dir))
        .isInstanceOf(DurableStorageException.class)
        .hasMessageStartingWith("Corrupt snapshot " + snapshot + " at byte offset 16: checksum mismatch");
  }

  @Test
  void aSecondOpenerIsRefusedUntilTheFirstCloses() {
    Path dir = root.resolve("owned");
    Engine first = Engine.open(dir);
    assertThatThrownBy(() -> Engine.open(dir))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage("Data directory " + dir
            + " is in use by another engine (in this or another process); only one may open it at a time");
    first.close();
    Engine.open(dir).close();
  }

  private Engine openWith(byte[] log, String name) throws IOException {
    return Engine.builder().durable(write(log, name), DurableOptions.defaults()).build();
  }

  private Path write(byte[] log, String name) throws IOException {
    Path dir = Files.createDirectories(root.resolve(name));
    Files.write(DataFiles.segment(dir, 1), log);
    return dir;
  }

  private static List<Integer> recordStarts(byte[] log) {
    List<Integer> starts = new ArrayList<>();
    int at = LogFormat.SEGMENT_HEADER;
    while (at < log.length) {
      starts.add(at);
      at += LogFormat.FRAME_HEADER + Decoder.getInt(log, at);
    }
    return starts;
  }

  private static void put(Engine engine, String pk) {
    engine.putItem(PutItemRequest.builder().tableName("Shop").item(item("PK", pk, "SK", "s", "v", pk)).build());
  }
}
