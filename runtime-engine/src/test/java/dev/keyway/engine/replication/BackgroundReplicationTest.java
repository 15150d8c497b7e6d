package dev.keyway.engine.replication;

import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.replication.Regions.EU;
import static dev.keyway.engine.replication.Regions.US;
import static dev.keyway.engine.replication.Regions.addReplica;
import static dev.keyway.engine.replication.Regions.get;
import static dev.keyway.engine.replication.Regions.put;
import static dev.keyway.engine.replication.Regions.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A network delivering on its own thread, and the latency it records in Micrometer. */
class BackgroundReplicationTest {
  @Test
  void changesArriveWithoutBeingAskedForAndTheirLatencyIsMeasured() throws InterruptedException {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (ReplicaNetwork network = ReplicaNetwork.create();
        Engine us = Engine.builder().region(US).clock(clock).metrics(registry).replicas(network).build();
        Engine eu = Engine.builder().region(EU).replicas(network).build()) {
      us.createTable(table("Shop"));
      us.updateTable(addReplica("Shop", EU));

      put(us, "Shop", "PK", "a", "SK", "1", "v", "one");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (get(eu, "Shop", "a", "1") == null && System.nanoTime() < deadline) {
        Thread.sleep(5); // the background thread delivers within milliseconds
      }
      assertThat(get(eu, "Shop", "a", "1")).containsEntry("v", s("one"));
      assertThat(network.pending(US, EU)).isZero();
      Timer latency = registry.find("dynamodb.replication.latency")
          .tags("table", "Shop", "receiving.region", EU).timer();
      assertThat(latency).isNotNull();
      assertThat(latency.count()).isEqualTo(1);
      assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isZero(); // the engine's clock stood still
      assertThat(network.replicationLatency(US, EU)).isEqualTo(Duration.ZERO);
    }
  }
}
