package dev.keyway.engine.stream;

import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.stream.StreamTables.put;
import static dev.keyway.engine.stream.StreamTables.set;
import static dev.keyway.engine.stream.StreamTables.stream;
import static dev.keyway.engine.stream.StreamTables.withStream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.DescribeStreamRequest;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.ops.streams.StreamStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A durable engine's streams survive a restart, within their 24-hour retention. */
class DurableStreamsTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-07-01T00:00:00Z"));
  @TempDir Path dir;

  private Engine open() {
    return Engine.builder().clock(clock).durable(dir, DurableOptions.defaults()).build();
  }

  private static List<ChangeRecord> all(Engine engine, String table) {
    return engine.streams().subscribe(table, StartingPosition.trimHorizon()).poll(1000);
  }

  @Test
  void recordsAndClosedStreamsSurviveARestartAndSequenceNumbersKeepGrowing() {
    List<ChangeRecord> before;
    String closedArn;
    try (Engine engine = open()) {
      engine.createTable(withStream("Orders", StreamViewType.NEW_AND_OLD_IMAGES));
      put(engine, "Orders", "PK", "a", "SK", "1", "v", "x");
      closedArn = engine.describeTable(new DescribeTableRequest("Orders")).table().latestStreamArn();
      engine.updateTable(stream("Orders", false, null));
      clock.advance(Duration.ofSeconds(1));
      engine.updateTable(stream("Orders", true, StreamViewType.KEYS_ONLY));
      set(engine, "Orders", "a", "1", "v", "y");
      before = all(engine, "Orders");
    }
    try (Engine engine = open()) {
      assertThat(all(engine, "Orders")).isEqualTo(before);
      assertThat(engine.listStreams(new ListStreamsRequest("Orders", null, null)).streams()).hasSize(2);
      assertThat(engine.describeStream(new DescribeStreamRequest(closedArn, null, null))
          .streamDescription().streamStatus()).isEqualTo(StreamStatus.DISABLED);
      set(engine, "Orders", "a", "1", "v", "z");
      List<ChangeRecord> after = all(engine, "Orders");
      assertThat(after).hasSize(2);
      assertThat(after.get(1).sequenceNumber()).isGreaterThan(before.get(0).sequenceNumber());
      assertThat(after.get(1).keys().get("PK")).isEqualTo(s("a"));
    }
  }

  @Test
  void recordsOlderThanTheRetentionAreGoneAfterARestart() {
    try (Engine engine = open()) {
      engine.createTable(withStream("Orders", StreamViewType.KEYS_ONLY));
      put(engine, "Orders", "PK", "old", "SK", "1");
      clock.advance(Duration.ofHours(23));
      put(engine, "Orders", "PK", "new", "SK", "1");
    }
    clock.advance(Duration.ofHours(2));
    try (Engine engine = open()) {
      assertThat(all(engine, "Orders")).extracting(r -> r.keys().get("PK")).containsExactly(s("new"));
    }
  }

  @Test
  void theFileIsCompactedWhileRunningOnceItGrowsPastTheThreshold() throws Exception {
    DurableOptions small = DurableOptions.defaults().withCheckpointBytes(64 * 1024);
    Path log = dir.resolve("streams.log");
    long largest = 0;
    try (Engine engine = Engine.builder().clock(clock).durable(dir, small).build()) {
      engine.createTable(withStream("Orders", StreamViewType.NEW_IMAGE));
      for (int i = 0; i < 400; i++) { // about 1 KB a record, an hour apart: 24 kept at most
        put(engine, "Orders", "PK", "p" + i, "SK", "1", "v", "x".repeat(1000));
        clock.advance(Duration.ofHours(1));
        largest = Math.max(largest, java.nio.file.Files.size(log));
      }
      assertThat(largest).isLessThan(2 * 64 * 1024 + 2048); // 400 KB without compaction
      assertThat(all(engine, "Orders")).hasSize(24);
    }
    try (Engine engine = Engine.builder().clock(clock).durable(dir, small).build()) {
      assertThat(all(engine, "Orders")).extracting(r -> r.keys().get("PK"))
          .hasSize(24).endsWith(s("p399"));
    }
  }

  @Test
  void recordsSurviveARestartInEveryDurabilityMode() {
    for (var mode : dev.keyway.engine.storage.durable.Durability.values()) {
      Path modeDir = dir.resolve(mode.name());
      DurableOptions options = DurableOptions.defaults().withDurability(mode);
      try (Engine engine = Engine.builder().clock(clock).durable(modeDir, options).build()) {
        engine.createTable(withStream("Orders", StreamViewType.KEYS_ONLY));
        put(engine, "Orders", "PK", "a", "SK", "1");
        put(engine, "Orders", "PK", "b", "SK", "1");
      }
      try (Engine engine = Engine.builder().clock(clock).durable(modeDir, options).build()) {
        assertThat(all(engine, "Orders")).as(mode.name()).extracting(r -> r.keys().get("PK"))
            .containsExactly(s("a"), s("b"));
      }
    }
  }
}
